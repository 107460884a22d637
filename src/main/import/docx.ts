/**
 * A Word document (.docx) to HTML with mammoth: headings, lists, bold, italic, underline,
 * links and images (embedded as data URIs, stored later). mammoth reads only the entries this
 * module has already unpacked within limits, never the file as it came.
 */
import mammoth from 'mammoth';
import { repack, unzipWithinLimits, ZipRejected, type ZipLimits } from './zip-limits';

export const DOCX_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 80 * 1024 * 1024 };

/** Besides mammoth's default map: underline, which it drops unless told. */
const STYLE_MAP = ['u => u'];

export async function docxToHtml(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<string> {
  const entries = unzipWithinLimits(bytes, limits);
  if (!entries['word/document.xml']) throw new ZipRejected('damaged', 'not a Word document');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(repack(entries)) },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.dataUri, externalFileAccess: false },
    );
    return result.value;
  } catch {
    throw new ZipRejected('damaged', 'the Word document cannot be read');
  }
}

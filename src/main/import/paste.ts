/**
 * import.html: what the editor receives when HTML is pasted (from Word, LibreOffice, Google
 * Docs or a web page) goes through the same sanitiser and conversion as an imported file, and
 * comes back as body content for the editor to insert.
 */
import { tiptapDocSchema } from '@shared/domain';
import type { PastedContent } from '@shared/drafting-api';
import { putAsset } from '../assets/asset-store';
import { AppError } from '../errors';
import { storeEmbeddedImages } from './embedded-images';
import { htmlToDoc } from './html-to-doc';
import { sanitizeImportedHtml } from './sanitize';

export async function convertPaste(libraryDir: string, html: string): Promise<PastedContent> {
  const { doc, droppedImages } = htmlToDoc(sanitizeImportedHtml(html));
  // Checked before any picture is stored: a paste the document cannot take changes nothing.
  if (!tiptapDocSchema.safeParse(doc).success) {
    throw new AppError('too-large', 'the pasted content is too long for one release');
  }
  const stored = await storeEmbeddedImages(doc, (bytes) => putAsset(libraryDir, bytes));
  return { doc: stored, droppedImages };
}

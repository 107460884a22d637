/**
 * Writing imports: each file becomes one release (a .docx or .html document) or several (a
 * plain-text archive). A file is imported whole or not at all: everything is converted and
 * checked before the first picture or release is written. Import jobs (import-job.ts) convert
 * in a worker and write here, on main, which owns the library.
 */
import type { ImportedRelease, ImportOutcome } from '@shared/drafting-api';
import type { TiptapDoc } from '@shared/domain';
import type { ArchiveItemInput } from '@shared/import-api';
import type { Lang } from '@shared/languages';
import { putAsset } from '../assets/asset-store';
import type { LibraryApi, ReleaseStart } from '../library/library-api';
import { convertFile, plainBody, type ConvertedFile } from './convert-file';
import { storeEmbeddedImages } from './embedded-images';

/** Writes a converted file's releases (and their pictures) to the library. */
export async function writeConverted(
  library: LibraryApi,
  name: string,
  converted: ConvertedFile,
): Promise<ImportOutcome> {
  if (!converted.ok) return { name, ok: false, problem: converted.problem, detail: converted.detail };
  const releases: ImportedRelease[] = [];
  for (const draft of converted.drafts) {
    const body = await storeEmbeddedImages(draft.body, (bytes) => putAsset(library.dir, bytes));
    const release = await library.createRelease({
      kind: draft.kind,
      sourceLang: draft.lang,
      title: draft.title,
      ...(draft.date ? { date: draft.date } : {}),
      start: importedStart(body, draft),
    });
    releases.push({ id: release.id, title: draft.title, date: release.date, kind: draft.kind, lang: draft.lang });
  }
  return { name, ok: true, releases, droppedImages: converted.droppedImages };
}

/**
 * What an imported release starts with besides its title: the text, the dateline's place and,
 * release-level, the issuer taken from the signature block.
 */
function importedStart(body: TiptapDoc, { issuer, datelinePlace }: { issuer: string; datelinePlace: string }): ReleaseStart {
  return { body, issuer, datelinePlace };
}

/**
 * The items of a previewed archive as the user confirmed them (import.createArchive): every
 * item carries the date the user saw or chose. Pictures cannot occur in plain text.
 */
export async function writeArchiveItems(
  library: LibraryApi,
  name: string,
  items: readonly ArchiveItemInput[],
): Promise<ImportOutcome> {
  const releases: ImportedRelease[] = [];
  for (const item of items) {
    const release = await library.createRelease({
      kind: item.kind,
      sourceLang: item.lang,
      title: item.title,
      date: item.date,
      start: importedStart(plainBody(item.paragraphs), item),
    });
    releases.push({ id: release.id, title: item.title, date: release.date, kind: item.kind, lang: item.lang });
  }
  return { name, ok: true, releases, droppedImages: 0 };
}

/** Converts on the calling thread and writes: for callers that wait for the result anyway. */
export async function importFile(
  library: LibraryApi,
  file: { name: string; bytes: Uint8Array },
  lang: Lang | undefined,
): Promise<ImportOutcome> {
  const converted = await convertFile(file.name, file.bytes, lang, library.getSettings().uiLanguage);
  return writeConverted(library, file.name, converted);
}

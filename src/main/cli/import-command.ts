import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { MAX_IMPORT_FILE_BYTES } from '@shared/drafting-api';
import type { Lang } from '@shared/languages';
import { convertFile, type ConvertedFile } from '../import/convert-file';
import { writeConverted } from '../import/import-files';
import type { LibraryApi } from '../library/library-api';

interface ImportOptions {
  files: string[];
  lang: Lang | undefined;
  dateForUndated: string | undefined;
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const isArchive = (path: string) => ['.txt', '.text'].includes(extname(path).toLowerCase());

/**
 * The archive items that name no date, as the app's import preview marks them: the CLI cannot
 * ask, so it dates them only with --date-for-undated (and says so) and otherwise refuses the file.
 * Returns the drafts to write, or null when the file is refused.
 */
function dateUndated(path: string, converted: ConvertedFile, dateForUndated: string | undefined, io: Io): ConvertedFile | null {
  if (!converted.ok || !isArchive(path)) return converted;
  const undated = converted.drafts.flatMap((draft, index) => (draft.date === null ? [`item ${index + 1} "${draft.title}"`] : []));
  if (undated.length === 0) return converted;
  if (dateForUndated === undefined) {
    io.err(
      `${path}: ${undated.length} of ${converted.drafts.length} items have no date (${undated.join(', ')}), not imported; ` +
        'give them one with --date-for-undated YYYY-MM-DD',
    );
    return null;
  }
  for (const item of undated) io.err(`${path}: ${item} has no date, dated ${dateForUndated} (--date-for-undated)`);
  return { ...converted, drafts: converted.drafts.map((draft) => ({ ...draft, date: draft.date ?? dateForUndated })) };
}

/**
 * Imports each file the way the app's Import dialog does and prints the id of every release
 * it created, one per line; a file that cannot be imported is reported on stderr and leaves
 * the library unchanged. Returns whether every file was imported.
 */
export async function runImport(library: LibraryApi, options: ImportOptions, io: Io): Promise<boolean> {
  let ok = true;
  for (const path of options.files) {
    const name = basename(path);
    const size = (await stat(path)).size;
    if (size > MAX_IMPORT_FILE_BYTES) {
      io.err(`${path}: larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB, not imported`);
      ok = false;
      continue;
    }
    const converted = await convertFile(name, await readFile(path), options.lang, library.getSettings().uiLanguage);
    const dated = dateUndated(path, converted, options.dateForUndated, io);
    if (dated === null) {
      ok = false;
      continue;
    }
    const outcome = await writeConverted(library, name, dated);
    if (outcome.ok) {
      for (const release of outcome.releases) io.out(release.id);
    } else {
      io.err(`${path}: ${outcome.problem} (${outcome.detail}), not imported`);
      ok = false;
    }
  }
  return ok;
}

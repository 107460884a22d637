import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_FILE_BYTES } from '@shared/drafting-api';
import type { Lang } from '@shared/languages';
import { importFile } from '../import/import-files';
import type { LibraryApi } from '../library/library-api';

/**
 * Imports each file the way the app's Import dialog does and prints the id of every release
 * it created, one per line; a file that cannot be imported is reported on stderr and leaves
 * the library unchanged. Returns whether every file was imported.
 */
export async function runImport(
  library: LibraryApi,
  files: string[],
  lang: Lang | undefined,
  io: { out: (line: string) => void; err: (line: string) => void },
): Promise<boolean> {
  let ok = true;
  for (const path of files) {
    const name = basename(path);
    const size = (await stat(path)).size;
    if (size > MAX_IMPORT_FILE_BYTES) {
      io.err(`${path}: larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB, not imported`);
      ok = false;
      continue;
    }
    const outcome = await importFile(library, { name, bytes: await readFile(path) }, lang);
    if (outcome.ok) {
      for (const release of outcome.releases) io.out(release.id);
    } else {
      io.err(`${path}: ${outcome.problem} (${outcome.detail}), not imported`);
      ok = false;
    }
  }
  return ok;
}

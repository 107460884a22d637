import { access, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Library } from '../library/library';

export class CliError extends Error {
  override name = 'CliError';
}

function notALibrary(path: string): CliError {
  return new CliError(`${path} is not a Press Office library (no library.json)`);
}

/** Opens an existing library; `list` and `export` never create one where there is none. */
export async function openExistingLibrary(dir: string): Promise<Library> {
  const path = resolve(dir);
  await access(join(path, 'library.json')).catch(() => {
    throw notALibrary(path);
  });
  return Library.open(path);
}

/**
 * Opens the library `import` writes to. A folder that does not exist yet, or is empty, becomes
 * a new library, as the app makes one of an empty folder it opens (without demo releases, which
 * only the app's default library gets). Any other folder without library.json is refused:
 * a mistyped path must not turn a folder of unrelated files into a library.
 */
export async function openLibraryForImport(
  dir: string,
  notice: (line: string) => void,
): Promise<Library> {
  const path = resolve(dir);
  if (
    await access(join(path, 'library.json')).then(
      () => true,
      () => false,
    )
  ) {
    return Library.open(path);
  }
  const entries = await readdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new CliError(
      `${path}: ${error.code === 'ENOTDIR' ? 'not a folder' : String(error.code ?? error)}`,
    );
  });
  if (entries.length > 0) {
    throw new CliError(
      `${notALibrary(path).message} and not empty: import creates a library only in a new or empty folder`,
    );
  }
  const library = await Library.open(path);
  notice(`press-office: created a new library in ${path}`);
  return library;
}

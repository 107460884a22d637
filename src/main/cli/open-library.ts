import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Library } from '../library/library';

export class CliError extends Error {
  override name = 'CliError';
}

/** Opens an existing library; unlike the app, the CLI never creates one where there is none. */
export async function openExistingLibrary(dir: string): Promise<Library> {
  const path = resolve(dir);
  await access(join(path, 'library.json')).catch(() => {
    throw new CliError(`${path} is not a Press Office library (no library.json)`);
  });
  return Library.open(path);
}

/**
 * The library folder itself: its sub-folders made on open, and the temp files that writes cut
 * off by a crash leave behind (see durable-write.ts) cleared away.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors';
import { TEMP_SUFFIX } from './durable-write';

/** Makes the folder and its sub-folders; a folder that cannot be made is library-unavailable. */
export async function prepareLibraryFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    for (const sub of ['releases', 'revisions', 'index']) await mkdir(join(dir, sub), { recursive: true });
  } catch (error) {
    throw new AppError('library-unavailable', `${dir}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
  await removeLeftoverTempFiles(dir);
}

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/** Removes `path` if it was last written before `than` (a temp file of a save in flight is not). */
export async function removeIfOlder(path: string, than: number): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info && info.mtimeMs < than) await rm(path, { force: true });
}

/** releases/ is left to the background file check, which lists it anyway, so a large library opens at once. */
async function removeLeftoverTempFiles(dir: string): Promise<void> {
  for (const sub of ['', 'index']) {
    const folder = join(dir, sub);
    for (const name of await readdir(folder)) {
      if (isTempFile(name)) await rm(join(folder, name), { force: true });
    }
  }
}

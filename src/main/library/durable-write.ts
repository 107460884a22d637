import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.tmp';

/** Temp files live beside their target so the rename stays on one file system (atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/**
 * fsync a directory so that a rename inside it survives power loss. Windows cannot open a
 * directory as a file (EISDIR) and NTFS journals the rename itself, so there it is skipped.
 */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `target` with `data` so that a reader (or a crash at any moment) sees either the
 * old bytes or the new ones, never a mix: write a temp file, fsync it, rename it over the
 * target, fsync the directory. lowdb's own writer (steno) renames without fsync, which a
 * power cut can turn into an empty file.
 */
export async function writeFileDurably(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.datasync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
}

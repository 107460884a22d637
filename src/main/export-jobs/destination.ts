/**
 * The folder an export writes into. The renderer may name one (the browser has no native
 * dialog), so main checks it: an absolute path, a folder if it exists, and not among the
 * library's own files, where a package could be mistaken for, or replace, library data.
 * The library's exports/ folder is the default and the one exception. The check compares real
 * paths too, so a symlink (to the folder or to one of its parents) cannot lead back inside.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../errors';

export const EXPORTS_FOLDER = 'exports';

export function defaultDestination(libraryDir: string): string {
  return join(libraryDir, EXPORTS_FOLDER);
}

function isWithin(parent: string, path: string): boolean {
  const rel = relative(parent, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** `path` with its nearest existing ancestor's symlinks resolved; the missing rest appended. */
async function realPathOf(path: string): Promise<string> {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      missing.push(basename(current));
      current = parent;
    }
  }
}

/** Whether `path` names the library's own files (not its exports/ folder). */
function isLibraryFile(libraryDir: string, path: string): boolean {
  return isWithin(libraryDir, path) && !isWithin(defaultDestination(libraryDir), path);
}

/** The destination to write into: `requested` checked, or the default when there is none. */
export async function resolveDestination(
  requested: string | undefined,
  libraryDir: string,
): Promise<string> {
  if (requested === undefined) return defaultDestination(libraryDir);
  if (!isAbsolute(requested)) {
    throw new AppError('invalid-input', 'destination: must be an absolute path');
  }
  const path = resolve(requested);
  const choose = `choose another folder or ${defaultDestination(libraryDir)}`;
  if (isLibraryFile(libraryDir, path)) {
    throw new AppError('invalid-input', `destination: ${path} is inside the library folder; ${choose}`);
  }
  const realPath = await realPathOf(path);
  if (isLibraryFile(await realPathOf(libraryDir), realPath)) {
    throw new AppError(
      'invalid-input',
      `destination: ${path} leads inside the library folder through a symlink (to ${realPath}); ${choose}`,
    );
  }
  const info = await stat(path).catch(() => null);
  if (info && !info.isDirectory()) {
    throw new AppError('invalid-input', `destination: ${path} is a file, not a folder`);
  }
  return path;
}

/**
 * The folder an export writes into. The renderer may name one (the browser has no native
 * dialog), so main checks it: an absolute path, a folder if it exists, and not among the
 * library's own files, where a package could be mistaken for, or replace, library data.
 * The library's exports/ folder is the default and the one exception.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../errors';

export const EXPORTS_FOLDER = 'exports';

export function defaultDestination(libraryDir: string): string {
  return join(libraryDir, EXPORTS_FOLDER);
}

function isWithin(parent: string, path: string): boolean {
  const rel = relative(parent, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
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
  if (isWithin(libraryDir, path) && !isWithin(defaultDestination(libraryDir), path)) {
    throw new AppError(
      'invalid-input',
      `destination: ${path} is inside the library folder; choose another folder or ${defaultDestination(libraryDir)}`,
    );
  }
  const info = await stat(path).catch(() => null);
  if (info && !info.isDirectory()) {
    throw new AppError('invalid-input', `destination: ${path} is a file, not a folder`);
  }
  return path;
}

/**
 * Which library opens, and with what: the default library (in userData) is seeded with demo
 * content the first time so that a new user sees what the app does; a folder the user chose
 * never is.
 */
import { resolve } from 'node:path';
import type { LibraryInfo } from '@shared/contract';
import type { ApiError } from '@shared/errors';
import { toApiError } from '../errors';

export interface LibraryOpener {
  open(dir: string, options: { seedDemo: boolean }): Promise<LibraryInfo>;
}

export function isSameDir(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

export function openLibrary(
  session: LibraryOpener,
  dir: string,
  defaultDir: string,
): Promise<LibraryInfo> {
  return session.open(dir, { seedDemo: isSameDir(dir, defaultDir) });
}

export type StartupOutcome =
  | { kind: 'opened'; info: LibraryInfo }
  /** The remembered library failed (a drive unplugged, say) and the default one opened instead. */
  | { kind: 'fell-back'; info: LibraryInfo; failedPath: string; error: ApiError }
  /** Nothing could be opened; the window still opens and offers File › Open library folder. */
  | { kind: 'failed'; error: ApiError };

export async function openStartupLibrary(
  session: LibraryOpener,
  rememberedDir: string,
  defaultDir: string,
): Promise<StartupOutcome> {
  let firstError: ApiError;
  try {
    return { kind: 'opened', info: await openLibrary(session, rememberedDir, defaultDir) };
  } catch (error) {
    firstError = toApiError(error);
    if (isSameDir(rememberedDir, defaultDir)) return { kind: 'failed', error: firstError };
  }
  try {
    const info = await openLibrary(session, defaultDir, defaultDir);
    return { kind: 'fell-back', info, failedPath: rememberedDir, error: firstError };
  } catch (error) {
    return { kind: 'failed', error: toApiError(error) };
  }
}

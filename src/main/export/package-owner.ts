/**
 * Who holds a package name in the output folder: nothing, a Press Office package of some
 * release (a folder or a zip with our manifest), or anything else. Packages are named by date
 * and title, so two releases can want the same name; the manifest's release id tells them apart.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
// The browser build, as in package-zip.ts: the same pure code without a top-level `require`.
import { unzipSync } from 'fflate/browser';
import { AppError } from '../errors';
import { MANIFEST_FORMAT, MANIFEST_PATH } from './manifest';

export type PackageOwner =
  | { kind: 'free' }
  | { kind: 'package'; releaseId: string }
  | { kind: 'other' };

function ownerOf(manifestText: string): PackageOwner {
  try {
    const manifest = JSON.parse(manifestText) as { format?: unknown; release?: { id?: unknown } };
    return manifest.format === MANIFEST_FORMAT && typeof manifest.release?.id === 'string'
      ? { kind: 'package', releaseId: manifest.release.id }
      : { kind: 'other' };
  } catch {
    return { kind: 'other' };
  }
}

export async function packageOwner(target: string): Promise<PackageOwner> {
  const info = await stat(target).catch(() => null);
  if (!info) return { kind: 'free' };
  if (info.isDirectory()) {
    const manifest = await readFile(join(target, MANIFEST_PATH), 'utf8').catch(() => null);
    return manifest === null ? { kind: 'other' } : ownerOf(manifest);
  }
  if (!info.isFile() || !target.endsWith('.zip')) return { kind: 'other' };
  try {
    const entries = unzipSync(new Uint8Array(await readFile(target)), {
      filter: (entry) => entry.name === MANIFEST_PATH,
    });
    const manifest = entries[MANIFEST_PATH];
    return manifest ? ownerOf(new TextDecoder().decode(manifest)) : { kind: 'other' };
  } catch {
    return { kind: 'other' };
  }
}

/** Clears `target` for a new package of `releaseId`: only that release's own earlier package goes. */
export async function clearOwnPackage(target: string, releaseId: string): Promise<void> {
  const owner = await packageOwner(target);
  if (owner.kind === 'free') return;
  if (owner.kind === 'package' && owner.releaseId === releaseId) {
    await rm(target, { recursive: true, force: true });
    return;
  }
  throw new AppError('conflict', `${target} exists and is not a package of ${releaseId}`);
}

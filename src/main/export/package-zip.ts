/**
 * A package as one .zip (fflate, synchronous: a package is a few megabytes at most).
 * Files that are compressed already (fonts, PDFs, images) are stored, the rest deflated;
 * every entry carries the export time, so the same export gives the same archive.
 */
// The browser build: the Node one declares a top-level `require`, which collides with the
// one the main-process bundle defines. zipSync is the same pure code in both.
import { zipSync, type Zippable } from 'fflate/browser';
import type { PackageFile } from './package-file';

const STORED = /\.(woff2|pdf|png|jpe?g|gif|webp)$/i;

export function zipPackage(files: readonly PackageFile[], mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    entries[file.path] = [file.bytes, { level: STORED.test(file.path) ? 0 : 6, mtime }];
  }
  return zipSync(entries);
}

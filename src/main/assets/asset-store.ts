/**
 * Pictures of a library, content-addressed: assets/<sha256>.<ext>. The same picture used in
 * many releases is stored once, and a stored file never changes, so it is written once and
 * never rewritten.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ASSET_MIME_TYPES,
  isAssetSrc,
  MAX_ASSET_BYTES,
  type AssetExtension,
} from '@shared/body-image';
import type { StoredAsset } from '@shared/drafting-api';
import { AppError } from '../errors';
import { writeFileDurably } from '../library/durable-write';
import { sniffImageType } from './image-type';

/** Checks a picture without storing it: its format by magic bytes, and its size. */
export function checkImage(bytes: Uint8Array): AssetExtension {
  if (bytes.length > MAX_ASSET_BYTES) {
    throw new AppError('too-large', `picture: over ${MAX_ASSET_BYTES / 1024 / 1024} MB`);
  }
  const extension = sniffImageType(bytes);
  if (!extension) throw new AppError('invalid-input', 'picture: not a PNG, JPEG, GIF or WebP image');
  return extension;
}

export async function putAsset(libraryDir: string, bytes: Uint8Array): Promise<StoredAsset> {
  const extension = checkImage(bytes);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const src = `assets/${hash}.${extension}`;
  const path = join(libraryDir, src);
  const known = await stat(path).catch(() => null);
  if (known?.size !== bytes.length) {
    await mkdir(join(libraryDir, 'assets'), { recursive: true });
    await writeFileDurably(path, bytes);
  }
  return { src, mime: ASSET_MIME_TYPES[extension], bytes: bytes.length };
}

export async function readAsset(
  libraryDir: string,
  src: string,
): Promise<{ mime: string; bytes: Buffer }> {
  if (!isAssetSrc(src)) throw new AppError('invalid-input', 'src: not a library picture');
  const extension = src.slice(src.lastIndexOf('.') + 1) as AssetExtension;
  try {
    return { mime: ASSET_MIME_TYPES[extension], bytes: await readFile(join(libraryDir, src)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not-found', src);
    throw error;
  }
}

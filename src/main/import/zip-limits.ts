/**
 * Unpacks a ZIP archive (a .docx) without trusting what it says about itself. The sizes in its
 * directory are checked first; then every entry is inflated as a stream, counting the bytes
 * that really come out and stopping as soon as they pass the limit, so a zip bomb costs at
 * most one small chunk's worth of memory beyond it, whatever its headers claim.
 */
import { Unzip, UnzipInflate, unzipSync, zipSync } from 'fflate';

export interface ZipLimits {
  maxEntries: number;
  /** Bytes of all entries together, unpacked. */
  maxTotalBytes: number;
}

export class ZipRejected extends Error {
  constructor(
    readonly reason: 'damaged' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'ZipRejected';
  }
}

/** Compressed bytes handed to the inflater at a time; one chunk inflates to at most ~1000×. */
const CHUNK_BYTES = 16 * 1024;

function checkDirectory(bytes: Uint8Array, limits: ZipLimits): void {
  let entries = 0;
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        declared += file.originalSize;
        return false;
      },
    });
  } catch {
    throw new ZipRejected('damaged', 'not a ZIP archive');
  }
  if (entries === 0) throw new ZipRejected('damaged', 'the archive is empty');
  if (entries > limits.maxEntries) {
    throw new ZipRejected('too-large', `the archive holds over ${limits.maxEntries} files`);
  }
  if (declared > limits.maxTotalBytes) {
    throw new ZipRejected('too-large', `the archive unpacks to over ${megabytes(limits.maxTotalBytes)}`);
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export function unzipWithinLimits(bytes: Uint8Array, limits: ZipLimits): Record<string, Uint8Array> {
  checkDirectory(bytes, limits);
  const chunks = new Map<string, Uint8Array[]>();
  let total = 0;
  let rejection: ZipRejected | null = null;
  const unzip = new Unzip((file) => {
    if (chunks.size >= limits.maxEntries) {
      rejection ??= new ZipRejected('too-large', `the archive holds over ${limits.maxEntries} files`);
      return;
    }
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, data) => {
      if (rejection) return;
      if (error) {
        rejection = new ZipRejected('damaged', `${file.name} cannot be unpacked`);
        return;
      }
      total += data.length;
      if (total > limits.maxTotalBytes) {
        rejection = new ZipRejected('too-large', `the archive unpacks to over ${megabytes(limits.maxTotalBytes)}`);
        file.terminate();
        return;
      }
      parts.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !rejection; at += CHUNK_BYTES) {
      unzip.push(bytes.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= bytes.length);
    }
  } catch {
    rejection ??= new ZipRejected('damaged', 'the archive cannot be unpacked');
  }
  if (rejection) throw rejection;
  const files: Record<string, Uint8Array> = {};
  for (const [name, parts] of chunks) files[name] = concat(parts);
  return files;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Packs checked entries again, stored uncompressed, for a reader that unzips by itself. */
export function repack(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 0 });
}

/** A file of a publication package: its path inside the package and its bytes. */
export interface PackageFile {
  /** Relative, forward slashes, e.g. fonts/noto-sans-latin-400-normal.woff2. */
  path: string;
  bytes: Uint8Array;
}

const utf8 = new TextEncoder();

export function textFile(path: string, text: string): PackageFile {
  return { path, bytes: utf8.encode(text) };
}

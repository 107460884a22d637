import type { AssetExtension } from '@shared/body-image';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

const ASCII = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The picture format, read from the file's first bytes rather than from its name or a declared
 * type, which anyone can make up. SVG is not accepted: it can carry script.
 */
export function sniffImageType(bytes: Uint8Array): AssetExtension | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, ASCII('GIF87a')) || startsWith(bytes, ASCII('GIF89a'))) return 'gif';
  if (startsWith(bytes, ASCII('RIFF')) && startsWith(bytes, ASCII('WEBP'), 8)) return 'webp';
  return null;
}

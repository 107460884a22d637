/**
 * Pictures that arrive inside imported markup as `data:` URIs: checked while converting (so a
 * bad one is simply left out), stored in the library's assets only once the whole import has
 * been converted, so that a rejected import leaves nothing behind.
 */
import type { StoredAsset } from '@shared/drafting-api';
import type { TiptapDoc, TiptapNode } from '@shared/domain';
import { checkImage } from '../assets/asset-store';

const DATA_URI = /^data:image\/[a-z0-9.+-]+;base64,([a-z0-9+/]+={0,2})$/i;

/** The picture a data URI holds, or null when it holds no picture the library accepts. */
export function readEmbeddedImage(src: string): Uint8Array | null {
  const base64 = DATA_URI.exec(src.replace(/\s+/g, ''))?.[1];
  if (!base64) return null;
  const bytes = Buffer.from(base64, 'base64');
  try {
    checkImage(bytes);
    return bytes;
  } catch {
    return null;
  }
}

function mapImages(node: TiptapNode, map: (src: string) => string): TiptapNode {
  if (node.type === 'image' && typeof node.attrs?.src === 'string') {
    return { ...node, attrs: { ...node.attrs, src: map(node.attrs.src) } };
  }
  return node.content ? { ...node, content: node.content.map((child) => mapImages(child, map)) } : node;
}

function embeddedSources(node: TiptapNode, found: Set<string>): Set<string> {
  const src = node.attrs?.src;
  if (node.type === 'image' && typeof src === 'string' && src.startsWith('data:')) found.add(src);
  node.content?.forEach((child) => embeddedSources(child, found));
  return found;
}

/** Stores every embedded picture of `doc` and points its image nodes at the stored files. */
export async function storeEmbeddedImages(
  doc: TiptapDoc,
  store: (bytes: Uint8Array) => Promise<StoredAsset>,
): Promise<TiptapDoc> {
  const stored = new Map<string, string>();
  for (const src of embeddedSources(doc as TiptapNode, new Set())) {
    const bytes = readEmbeddedImage(src);
    if (bytes) stored.set(src, (await store(bytes)).src);
  }
  return mapImages(doc as TiptapNode, (src) => stored.get(src) ?? src) as TiptapDoc;
}

/**
 * Fingerprints of paragraph text, for change detection (Variant.sourceBase). cyrb53 is a fast
 * 53-bit non-cryptographic hash: collisions between two edits of one paragraph are not a
 * practical concern, and nothing here needs to resist a forger.
 *
 * A fingerprint is taken of normaliseText(text), so it ignores whitespace runs, invisible
 * characters and Unicode composition. It is NOT stable across changes to that normalisation
 * or to this hash: changing either makes every stored sourceBase read as "outdated", so such
 * a change needs a migration that re-fingerprints the recorded bases (from their source
 * revisions) in the same release.
 */
import type { TiptapDoc } from '../domain';
import { normaliseText } from './normalise';
import { paragraphsOf } from './paragraphs';

export function fingerprint(text: string): string {
  return cyrb53(normaliseText(text)).toString(16).padStart(14, '0');
}

export function paragraphFingerprints(doc: TiptapDoc): string[] {
  return paragraphsOf(doc).map((paragraph) => fingerprint(paragraph.text));
}

/** cyrb53 by bryc (public domain), over UTF-16 code units. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Which paragraph of a translation renders which paragraph of the source. With equal counts
 * they pair by position. Otherwise they are aligned (align.ts) on what a translation keeps:
 * length in proportion to the whole text, the numbers, and the vocabulary names, so a
 * dropped or an added paragraph is found and the paragraphs around it still pair correctly.
 */
import { alignSequences, type Pairing } from './align';

export interface PairingFeatures {
  /** Letters and digits. */
  size: number;
  /** Canonical values of the numbers and dates it mentions. */
  numbers: readonly string[];
  /** Vocabulary entries: named in a source paragraph, present in a translated one. */
  entries: readonly string[];
}

/** Leaving a paragraph unpaired costs as much as a pair whose lengths differ by a factor e. */
const GAP_COST = 1;
/** Smooths the length ratio of short paragraphs, where a few words change it a lot. */
const LENGTH_SMOOTHING = 20;

export function pairByPosition(count: number): Pairing[] {
  return Array.from({ length: count }, (_, i) => ({ a: i, b: i }));
}

export function pairParagraphs(
  source: readonly PairingFeatures[],
  target: readonly PairingFeatures[],
): Pairing[] {
  if (source.length === target.length) return pairByPosition(source.length);
  const ratio = sum(target) / Math.max(1, sum(source));
  const targetEntries = target.map((t) => new Set(t.entries));
  const cost = (a: number, b: number): number => {
    const s = source[a]!;
    const t = target[b]!;
    const length = Math.abs(
      Math.log((t.size + LENGTH_SMOOTHING) / (s.size * ratio + LENGTH_SMOOTHING)),
    );
    const entries = targetEntries[b]!;
    const lost =
      s.entries.length === 0
        ? 0
        : s.entries.filter((e) => !entries.has(e)).length / s.entries.length;
    return length + numberDistance(s.numbers, t.numbers) + lost;
  };
  return alignSequences(source.length, target.length, cost, GAP_COST);
}

function sum(features: readonly PairingFeatures[]): number {
  return features.reduce((total, f) => total + f.size, 0);
}

/** Share of the numbers on either side that the other side lacks (0 when neither has any). */
function numberDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const inA = new Set(a);
  const inB = new Set(b);
  const union = new Set([...a, ...b]);
  let differing = 0;
  for (const value of union) if (!inA.has(value) || !inB.has(value)) differing += 1;
  return differing / union.size;
}

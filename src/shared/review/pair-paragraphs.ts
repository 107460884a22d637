/**
 * Which paragraph of a translation renders which paragraph of the source. With equal counts
 * they pair by position. Otherwise they are aligned (align.ts) Gale–Church style: the length
 * of a translated paragraph is expected to be the source's times the ratio of the two texts,
 * with a spread that grows with the length, and shared anchors — numbers and dates,
 * vocabulary names, cognates (cognates.ts) — make a pair likelier. So a dropped or an added
 * paragraph is found where it really is, and the paragraphs around it still pair correctly.
 */
import { alignSequences, type Pairing } from './align';

export interface PairingFeatures {
  /** Letters and digits. */
  size: number;
  /** Canonical values of the numbers and dates it mentions. */
  numbers: readonly string[];
  /** Vocabulary entries: named in a source paragraph, present in a translated one. */
  entries: readonly string[];
  /** Latin prefixes of its longer words (cognates.ts). */
  cognates: readonly string[];
}

/** Variance of a translation's length per source character (Gale & Church measured 6.8). */
const LENGTH_VARIANCE = 6.8;
/** Leaving a paragraph unpaired costs as much as a pair whose lengths differ by ~2.5σ. */
const GAP_COST = 3;
const NUMBER_WEIGHT = 2;
const ENTRY_WEIGHT = 2;
const COGNATE_WEIGHT = 2;

export function pairByPosition(count: number): Pairing[] {
  return Array.from({ length: count }, (_, i) => ({ a: i, b: i }));
}

export function pairParagraphs(
  source: readonly PairingFeatures[],
  target: readonly PairingFeatures[],
): Pairing[] {
  if (source.length === target.length) return pairByPosition(source.length);
  // Only anchors both texts have somewhere can tell pairs apart: a name the vocabulary lacks
  // in the target language, or a number the translator wrote out, says nothing about where.
  const src = source.map((s) => anchorSets(s));
  const tgt = target.map((t) => anchorSets(t));
  const inTarget = unionOf(tgt);
  const inSource = unionOf(src);
  const kept = (sets: AnchorSets[], other: AnchorSets): AnchorSets[] =>
    sets.map((a) => ({
      numbers: intersect(a.numbers, other.numbers),
      entries: intersect(a.entries, other.entries),
      cognates: intersect(a.cognates, other.cognates),
    }));
  const s = kept(src, inTarget);
  const t = kept(tgt, inSource);
  // Shared anchors lower a pair's cost, so a paragraph rich in anchors is not the one left out.
  const anchors = (a: number, b: number): number =>
    -(
      NUMBER_WEIGHT * dice(s[a]!.numbers, t[b]!.numbers) +
      ENTRY_WEIGHT * dice(s[a]!.entries, t[b]!.entries) +
      COGNATE_WEIGHT * dice(s[a]!.cognates, t[b]!.cognates)
    );
  const align = (ratio: number): Pairing[] =>
    alignSequences(
      source.length,
      target.length,
      (a, b) => lengthCost(source[a]!.size, target[b]!.size, ratio) + anchors(a, b),
      GAP_COST,
    );
  // The ratio of the whole texts is skewed by the very paragraphs that are missing, so it is
  // measured again over the paragraphs the first pass paired, and the alignment redone.
  const first = align(sum(target) / Math.max(1, sum(source)));
  return align(pairedRatio(source, target, first));
}

/** Gale–Church: the squared deviation of the target's length from the expected, in σ. */
function lengthCost(sourceSize: number, targetSize: number, ratio: number): number {
  const expected = sourceSize * ratio;
  const spread = Math.sqrt(((expected + targetSize) / 2) * LENGTH_VARIANCE + 1);
  const delta = (targetSize - expected) / spread;
  return (delta * delta) / 2;
}

function pairedRatio(
  source: readonly PairingFeatures[],
  target: readonly PairingFeatures[],
  pairs: readonly Pairing[],
): number {
  let s = 0;
  let t = 0;
  for (const { a, b } of pairs) {
    if (a === null || b === null) continue;
    s += source[a]!.size;
    t += target[b]!.size;
  }
  return s === 0 ? sum(target) / Math.max(1, sum(source)) : t / s;
}

function sum(features: readonly PairingFeatures[]): number {
  return features.reduce((total, f) => total + f.size, 0);
}

interface AnchorSets {
  numbers: Set<string>;
  entries: Set<string>;
  cognates: Set<string>;
}

function anchorSets(f: PairingFeatures): AnchorSets {
  return {
    numbers: new Set(f.numbers),
    entries: new Set(f.entries),
    cognates: new Set(f.cognates),
  };
}

function unionOf(sets: readonly AnchorSets[]): AnchorSets {
  const all: AnchorSets = { numbers: new Set(), entries: new Set(), cognates: new Set() };
  for (const s of sets) {
    for (const v of s.numbers) all.numbers.add(v);
    for (const v of s.entries) all.entries.add(v);
    for (const v of s.cognates) all.cognates.add(v);
  }
  return all;
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((v) => b.has(v)));
}

/** Share of the anchors the two sides have in common (Dice); 0 when either has none. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const v of a) if (b.has(v)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * How the paragraphs of one text changed between two moments: jsdiff's array diff over the
 * paragraph fingerprints finds what stayed; within each stretch that did not, removed and
 * added paragraphs that are rewrites of each other pair up as "changed" (by shared words when
 * both texts are known, otherwise by position).
 */
import { diffArrays } from 'diff';
import { alignSequences, type Pairing } from './align';
import { foldWord, words } from './normalise';
import { wordDiff, type WordSegment } from './word-diff';

export type ParagraphChange =
  | { kind: 'equal'; before: number; after: number }
  | {
      kind: 'changed';
      before: number;
      after: number;
      /** From the earlier text to the later one; null when the earlier text is not known. */
      diff: WordSegment[] | null;
    }
  | { kind: 'added'; after: number; diff: WordSegment[] }
  | { kind: 'removed'; before: number; diff: WordSegment[] | null };

export interface ParagraphsAt {
  fingerprints: readonly string[];
  /** The paragraphs' text, when known. */
  texts: readonly string[] | null;
}

/** A removed and an added paragraph sharing less than this share of words are not one rewritten. */
const MIN_SIMILARITY = 0.3;

export function paragraphChanges(
  before: ParagraphsAt,
  after: ParagraphsAt & { texts: readonly string[] },
): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  let b = 0;
  let a = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    changes.push(...pairStretch(removed, added, before.texts, after.texts));
    removed = [];
    added = [];
  };
  for (const part of diffArrays([...before.fingerprints], [...after.fingerprints])) {
    const count = part.value.length;
    if (part.removed) {
      for (let k = 0; k < count; k += 1) removed.push(b++);
    } else if (part.added) {
      for (let k = 0; k < count; k += 1) added.push(a++);
    } else {
      flush();
      for (let k = 0; k < count; k += 1) changes.push({ kind: 'equal', before: b++, after: a++ });
    }
  }
  flush();
  return changes;
}

function pairStretch(
  removed: number[],
  added: number[],
  beforeTexts: readonly string[] | null,
  afterTexts: readonly string[],
): ParagraphChange[] {
  let pairs: Pairing[];
  if (beforeTexts) {
    const removedWords = removed.map((i) => wordSet(beforeTexts[i]!));
    const addedWords = added.map((i) => wordSet(afterTexts[i]!));
    pairs = alignSequences(
      removed.length,
      added.length,
      (r, n) => 1 - similarity(removedWords[r]!, addedWords[n]!),
      (1 - MIN_SIMILARITY) / 2,
    );
  } else {
    pairs = byPosition(removed.length, added.length);
  }
  return pairs.map(({ a: r, b: n }): ParagraphChange => {
    const before = r === null ? null : removed[r]!;
    const after = n === null ? null : added[n]!;
    const oldText = before === null || !beforeTexts ? null : beforeTexts[before]!;
    if (before === null)
      return { kind: 'added', after: after!, diff: [{ op: 'added', text: afterTexts[after!]! }] };
    if (after === null)
      return {
        kind: 'removed',
        before,
        diff: oldText === null ? null : [{ op: 'removed', text: oldText }],
      };
    return {
      kind: 'changed',
      before,
      after,
      diff: oldText === null ? null : wordDiff(oldText, afterTexts[after]!),
    };
  });
}

function byPosition(removed: number, added: number): Pairing[] {
  return Array.from({ length: Math.max(removed, added) }, (_, i) => ({
    a: i < removed ? i : null,
    b: i < added ? i : null,
  }));
}

function wordSet(text: string): Set<string> {
  return new Set(words(text).map(foldWord));
}

/** Dice coefficient of two sets of words. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

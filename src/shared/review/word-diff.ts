/**
 * Word-level differences for display. jsdiff's own word tokeniser only knows Latin letters and
 * would diff Cyrillic and Armenian letter by letter (diffWordsWithSpace included), so words
 * are cut by Intl.Segmenter, which follows Unicode word boundaries in every script.
 */
import { diffWords } from 'diff';

export type WordOp = 'equal' | 'added' | 'removed';

export interface WordSegment {
  op: WordOp;
  text: string;
}

// Word boundaries in Latin, Cyrillic and Armenian do not depend on the locale.
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** How `before` became `after`; differences in whitespace alone are not reported. */
export function wordDiff(before: string, after: string): WordSegment[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((change) => ({
    op: change.added ? 'added' : change.removed ? 'removed' : 'equal',
    text: change.value,
  }));
}

export function isUnchanged(segments: readonly WordSegment[]): boolean {
  return segments.every((segment) => segment.op === 'equal');
}

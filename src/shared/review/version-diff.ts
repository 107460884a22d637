/** What changed between two states of one language version, word by word, for the history view. */
import type { Variant } from '../domain';
import { fingerprint } from './fingerprint';
import { paragraphChanges, type ParagraphChange } from './paragraph-changes';
import { paragraphsOf } from './paragraphs';
import { wordDiff, type WordSegment } from './word-diff';

export interface VersionDiff {
  title: WordSegment[];
  lead: WordSegment[];
  datelinePlace: WordSegment[];
  /** Every paragraph of either state, in order, unchanged ones included. */
  body: ParagraphChange[];
}

export function diffVersions(before: Variant, after: Variant): VersionDiff {
  const beforeTexts = paragraphsOf(before.body).map((p) => p.text);
  const afterTexts = paragraphsOf(after.body).map((p) => p.text);
  return {
    title: wordDiff(before.title, after.title),
    lead: wordDiff(before.lead, after.lead),
    datelinePlace: wordDiff(before.datelinePlace, after.datelinePlace),
    body: paragraphChanges(
      { fingerprints: beforeTexts.map(fingerprint), texts: beforeTexts },
      { fingerprints: afterTexts.map(fingerprint), texts: afterTexts },
    ),
  };
}

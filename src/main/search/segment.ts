/**
 * A segment: an inverted index over a batch of releases, in memory (the releases saved since
 * the last flush) or in a file (see segment-file.ts). Documents are language versions,
 * numbered from 0 in the segment; postings list, per term, the documents holding it in
 * ascending order with the term's weight in each. Terms are addressed by ordinal, their
 * position in the segment's sorted term list.
 */
import {
  RELEASE_KINDS,
  VARIANT_STATUSES,
  type ReleaseKind,
  type VariantStatus,
} from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import type { VersionText } from '@shared/text/doc-text';

export interface SegmentRelease {
  id: string;
  rev: number;
  kind: ReleaseKind;
  date: string;
  tags: string[];
}

export interface Segment {
  readonly releases: readonly SegmentRelease[];
  /** Releases deleted when this segment was written: they hide older segments' copies. */
  readonly tombstones: readonly string[];
  /** Per release, 1 once a newer copy or a deletion supersedes it. */
  readonly dead: { [release: number]: number };
  readonly docCount: number;
  readonly docRelease: ArrayLike<number>;
  readonly docLang: ArrayLike<number>;
  readonly docStatus: ArrayLike<number>;
  readonly docLength: ArrayLike<number>;
  /** Per release, its kind code and its date as a number (yyyymmdd), for filters. */
  readonly releaseKind: ArrayLike<number>;
  readonly releaseDate: ArrayLike<number>;
  readonly termCount: number;
  /** Ordinal of `term`, or -1. */
  lookup(term: string): number;
  /** Ordinals of the terms starting with `prefix`, in order. */
  prefixRange(prefix: string): [from: number, to: number];
  termAt(ordinal: number): string;
  docFrequency(ordinal: number): number;
  /** Decodes a term's postings into `into`; returns their number. */
  readPostings(ordinal: number, into: Postings): number;
  readText(doc: number): Promise<VersionText>;
}

/** Reusable arrays that postings are decoded into: no allocation per term in a query's inner loop. */
export class Postings {
  docs = new Int32Array(1024);
  weights = new Uint8Array(1024);

  reserve(count: number): void {
    if (count <= this.docs.length) return;
    let size = this.docs.length;
    while (size < count) size *= 2;
    this.docs = new Int32Array(size);
    this.weights = new Uint8Array(size);
  }
}

export const langCode = (lang: Lang): number => LANGS.indexOf(lang);
export const codeLang = (code: number): Lang => LANGS[code] ?? 'en';
export const statusCode = (status: VariantStatus): number => VARIANT_STATUSES.indexOf(status);
export const kindCode = (kind: ReleaseKind): number => RELEASE_KINDS.indexOf(kind);
/** 2023-09-01 → 20230901: dates compare as numbers in a filter's inner loop. */
export const dateCode = (date: string): number => Number(date.replace(/-/g, ''));

/** Lower bound of `key` in the sorted terms of a segment. */
export function lowerBound(segment: Pick<Segment, 'termAt' | 'termCount'>, key: string): number {
  let low = 0;
  let high = segment.termCount;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (segment.termAt(mid) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function prefixRangeOf(
  segment: Pick<Segment, 'termAt' | 'termCount'>,
  prefix: string,
): [number, number] {
  const from = lowerBound(segment, prefix);
  let to = from;
  while (to < segment.termCount && segment.termAt(to).startsWith(prefix)) to += 1;
  return [from, to];
}

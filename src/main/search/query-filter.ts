/**
 * The filters of a query, compiled per segment into bit masks and bounds that the scoring loop
 * checks inline on typed arrays: a filtered-out version costs a few array reads, no call.
 */
import type { SearchQuery } from '@shared/search/query';
import { tagTerm } from './analyze';
import { dateCode, kindCode, langCode, Postings, statusCode, type Segment } from './segment';

export interface DocFilter {
  /** False when the query filters nothing. */
  active: boolean;
  /** Bit per code that passes. */
  langs: number;
  statuses: number;
  kinds: number;
  /** Release dates as yyyymmdd, inclusive. */
  from: number;
  to: number;
  /** Per document, how many of the required tags it carries; null when no tag is required. */
  tagCounts: Uint8Array | null;
  tagsRequired: number;
}

const ALL = 0x7fffffff;

function mask<T>(values: readonly T[] | undefined, code: (value: T) => number): number {
  return values?.length ? values.reduce((bits, value) => bits | (1 << code(value)), 0) : ALL;
}

export function compileFilter(segment: Segment, query: SearchQuery, postings: Postings): DocFilter {
  const filter: DocFilter = {
    active: false,
    langs: mask(query.langs, langCode),
    statuses: mask(query.statuses, statusCode),
    kinds: mask(query.kinds, kindCode),
    from: query.from ? dateCode(query.from) : 0,
    to: query.to ? dateCode(query.to) : ALL,
    tagCounts: null,
    tagsRequired: query.tags?.length ?? 0,
  };
  filter.active =
    filter.langs !== ALL ||
    filter.statuses !== ALL ||
    filter.kinds !== ALL ||
    filter.from !== 0 ||
    filter.to !== ALL ||
    filter.tagsRequired > 0;
  if (filter.tagsRequired > 0) {
    // A tag is a term of every version of a tagged release: count, per document, the tags it has.
    const counts = new Uint8Array(segment.docCount);
    for (const tag of query.tags ?? []) {
      const ordinal = segment.lookup(tagTerm(tag));
      const count = ordinal >= 0 ? segment.readPostings(ordinal, postings) : 0;
      for (let i = 0; i < count; i += 1) counts[postings.docs[i]!]! += 1;
    }
    filter.tagCounts = counts;
  }
  return filter;
}

/** Whether document `doc` of `segment` passes (for callers outside the scoring loop, which inlines the same checks). */
export function passes(segment: Segment, filter: DocFilter, doc: number): boolean {
  if (!filter.active) return true;
  const release = segment.docRelease[doc]!;
  const date = segment.releaseDate[release]!;
  return (
    ((filter.langs >> segment.docLang[doc]!) & 1) === 1 &&
    ((filter.statuses >> segment.docStatus[doc]!) & 1) === 1 &&
    ((filter.kinds >> segment.releaseKind[release]!) & 1) === 1 &&
    date >= filter.from &&
    date <= filter.to &&
    (filter.tagCounts === null || filter.tagCounts[doc] === filter.tagsRequired)
  );
}

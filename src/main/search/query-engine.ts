/**
 * Runs a planned query over the segments: resolves each clause to indexed terms (prefixes
 * expanded per segment), scores documents with BM25 over the weighted term counts, keeps the
 * documents that meet every clause and pass the filters, and ranks releases by their best
 * version. Segments are independent: a live release has its documents in exactly one.
 */
import type { SearchQuery } from '@shared/search/query';
import { tagTerm } from './analyze';
import type { Clause } from './query-plan';
import { compileFilter, passes, type DocFilter } from './query-filter';
import { Postings, type Segment } from './segment';

const postings = new Postings();

/** BM25 parameters, the usual ones. */
const K1 = 1.2;
const B = 0.75;
/** A word met only as a prefix of a longer one scores this much of a full match. */
const PREFIX_FACTOR = 0.5;
/**
 * A tag that a word names adds this much of its score to the word's best match in the text, so
 * a version that has the word ranks above one that only carries the tag.
 */
const TAG_FACTOR = 0.5;
/** Most terms one prefix expands to in one segment (the most frequent are kept). */
const MAX_EXPANSION = 64;

export interface CorpusStats {
  /** Live documents (versions) in the index. */
  docs: number;
  /** Sum of their lengths in words. */
  totalLength: number;
}

export interface ReleaseMatch {
  segment: Segment;
  release: number;
  /** Its best-scoring document. */
  doc: number;
  score: number;
  /** Bit per language code of the documents that matched. */
  langMask: number;
}

export interface QueryOutcome {
  /** The best `offset + limit` matches, best first. */
  top: ReleaseMatch[];
  total: number;
}

interface TermUse {
  term: string;
  ordinal: number;
  factor: number;
  isTag: boolean;
}

/** Per segment and clause, the terms that meet it there. */
function resolve(
  segments: readonly Segment[],
  clauses: readonly Clause[],
): { uses: TermUse[][][]; df: Map<string, number> } {
  const df = new Map<string, number>();
  const uses = segments.map((segment) =>
    clauses.map((clause) => {
      const found = new Map<string, TermUse>();
      for (const term of clause.exact) {
        const ordinal = segment.lookup(term);
        if (ordinal >= 0) found.set(term, { term, ordinal, factor: 1, isTag: false });
      }
      for (const term of clause.tags.map(tagTerm)) {
        const ordinal = segment.lookup(term);
        if (ordinal >= 0) found.set(term, { term, ordinal, factor: TAG_FACTOR, isTag: true });
      }
      if (clause.prefix !== null) {
        const [from, to] = segment.prefixRange(clause.prefix);
        for (const ordinal of mostFrequent(segment, from, to)) {
          const term = segment.termAt(ordinal);
          if (!found.has(term))
            found.set(term, { term, ordinal, factor: PREFIX_FACTOR, isTag: false });
        }
      }
      for (const use of found.values())
        df.set(use.term, (df.get(use.term) ?? 0) + segment.docFrequency(use.ordinal));
      return [...found.values()];
    }),
  );
  return { uses, df };
}

/** The MAX_EXPANSION most frequent terms among ordinals [from, to): one letter typed may start thousands. */
function mostFrequent(segment: Segment, from: number, to: number): number[] {
  if (to - from <= MAX_EXPANSION) return Array.from({ length: to - from }, (_, i) => from + i);
  const kept: number[] = [];
  for (let ordinal = from; ordinal < to; ordinal += 1) {
    const df = segment.docFrequency(ordinal);
    if (kept.length === MAX_EXPANSION && df <= segment.docFrequency(kept[kept.length - 1]!))
      continue;
    let at = kept.length;
    while (at > 0 && segment.docFrequency(kept[at - 1]!) < df) at -= 1;
    kept.splice(at, 0, ordinal);
    if (kept.length > MAX_EXPANSION) kept.pop();
  }
  return kept;
}

/**
 * Arrays indexed by document or release number, reused by every query (runQuery is
 * synchronous, so one query at a time uses them): allocating and zeroing them per segment
 * would cost more than scoring a rare word. Entries used are put back to zero after use.
 */
class Scratch {
  total = new Float32Array(0);
  best = new Float32Array(0);
  bestTag = new Float32Array(0);
  met = new Uint8Array(0);
  /** Documents met by the first clause, and by the latest one. */
  first = new Int32Array(0);
  latest = new Int32Array(0);
  bestDoc = new Int32Array(0);
  bestScore = new Float32Array(0);
  langMask = new Uint8Array(0);
  matched = new Int32Array(0);

  forDocs(n: number): this {
    if (this.total.length < n) {
      this.total = new Float32Array(n);
      this.best = new Float32Array(n);
      this.bestTag = new Float32Array(n);
      this.met = new Uint8Array(n);
      this.first = new Int32Array(n);
      this.latest = new Int32Array(n);
    }
    return this;
  }

  forReleases(n: number): this {
    if (this.bestDoc.length < n) {
      this.bestDoc = new Int32Array(n).fill(-1);
      this.bestScore = new Float32Array(n);
      this.langMask = new Uint8Array(n);
      this.matched = new Int32Array(n);
    }
    return this;
  }
}

const scratch = new Scratch();

/**
 * Scores the documents of one segment that meet every clause (and pass the filter), summing
 * their clause scores in scratch.total. Returns the list they are in and its length; the
 * caller clears the scratch with clearDocs when done.
 */
function scoreSegment(
  segment: Segment,
  uses: readonly TermUse[][],
  idf: ReadonlyMap<string, number>,
  avgLength: number,
  filter: DocFilter,
): { list: Int32Array; count: number; firstCount: number } {
  const { total, best, bestTag, met, first, latest } = scratch.forDocs(segment.docCount);
  const { dead, docRelease, docLength, docLang, docStatus, releaseKind, releaseDate } = segment;
  const { active, langs, statuses, kinds, from, to, tagCounts, tagsRequired } = filter;
  let firstCount = 0;
  let list = first;
  let count = 0;
  for (const [c, clauseUses] of uses.entries()) {
    // Clause 0 fills `first`; each later clause refills `latest` with the documents still in.
    list = c === 0 ? first : latest;
    count = 0;
    for (const use of clauseUses) {
      const weightOfTerm = (idf.get(use.term) ?? 0) * use.factor * (K1 + 1);
      const into = use.isTag ? bestTag : best;
      const postingCount = segment.readPostings(use.ordinal, postings);
      const { docs, weights } = postings;
      for (let i = 0; i < postingCount; i += 1) {
        const doc = docs[i]!;
        if (met[doc] !== c) continue;
        const release = docRelease[doc]!;
        if (dead[release]) continue;
        if (c === 0 && active) {
          const date = releaseDate[release]!;
          if (
            ((langs >> docLang[doc]!) & 1) === 0 ||
            ((statuses >> docStatus[doc]!) & 1) === 0 ||
            ((kinds >> releaseKind[release]!) & 1) === 0 ||
            date < from ||
            date > to ||
            (tagCounts !== null && tagCounts[doc] !== tagsRequired)
          ) {
            continue;
          }
        }
        const weight = weights[i]!;
        const score =
          (weightOfTerm * weight) / (weight + K1 * (1 - B + (B * docLength[doc]!) / avgLength));
        if (best[doc] === 0 && bestTag[doc] === 0) list[count++] = doc;
        if (score > into[doc]!) into[doc] = score;
      }
    }
    for (let k = 0; k < count; k += 1) {
      const doc = list[k]!;
      total[doc]! += best[doc]! + bestTag[doc]!;
      best[doc] = 0;
      bestTag[doc] = 0;
      met[doc] = c + 1;
    }
    if (c === 0) firstCount = count;
    if (count === 0) break;
  }
  return { list, count, firstCount };
}

/** Every document a query touched met the first clause: clearing those clears all. */
function clearDocs(count: number): void {
  const { total, met, first } = scratch;
  for (let k = 0; k < count; k += 1) {
    const doc = first[k]!;
    total[doc] = 0;
    met[doc] = 0;
  }
}

/** Keeps the best `size` matches seen, by score, then newer date. */
class TopMatches {
  private readonly items: ReleaseMatch[] = [];

  constructor(private readonly size: number) {}

  private static better(a: ReleaseMatch, b: ReleaseMatch): boolean {
    if (a.score !== b.score) return a.score > b.score;
    const da = a.segment.releases[a.release]!.date;
    const db = b.segment.releases[b.release]!.date;
    return da !== db
      ? da > db
      : a.segment.releases[a.release]!.id < b.segment.releases[b.release]!.id;
  }

  /** Whether a match of this score could enter: lets the caller skip building one that cannot. */
  admits(score: number): boolean {
    return this.items.length < this.size || score >= this.items[this.items.length - 1]!.score;
  }

  offer(match: ReleaseMatch): void {
    const items = this.items;
    if (items.length === this.size && !TopMatches.better(match, items[items.length - 1]!)) return;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (TopMatches.better(items[mid]!, match)) low = mid + 1;
      else high = mid;
    }
    items.splice(low, 0, match);
    if (items.length > this.size) items.pop();
  }

  sorted(): ReleaseMatch[] {
    return this.items;
  }
}

export function runQuery(
  segments: readonly Segment[],
  clauses: readonly Clause[],
  query: SearchQuery,
  stats: CorpusStats,
  size: number,
): QueryOutcome {
  const top = new TopMatches(size);
  let total = 0;
  const { uses, df } =
    clauses.length > 0 ? resolve(segments, clauses) : { uses: [], df: new Map<string, number>() };
  const n = Math.max(1, stats.docs);
  const idf = new Map(
    [...df].map(([term, count]) => [
      term,
      Math.log(1 + (n - Math.min(count, n) + 0.5) / (Math.min(count, n) + 0.5)),
    ]),
  );
  const avgLength = Math.max(1, stats.totalLength / n);
  // The cheapest clause first: later clauses then skip everything it did not match.
  const order = clauses.map((_, c) => c).sort((a, b) => cost(uses, a, df) - cost(uses, b, df));

  for (const [s, segment] of segments.entries()) {
    const filter = compileFilter(segment, query, postings);
    let list: Int32Array;
    let count: number;
    let firstCount = 0;
    if (clauses.length === 0) {
      ({ list, count } = allDocs(segment, filter));
    } else {
      ({ list, count, firstCount } = scoreSegment(
        segment,
        order.map((c) => uses[s]![c]!),
        idf,
        avgLength,
        filter,
      ));
    }
    const scores = scratch.total;
    const { bestDoc, bestScore, langMask, matched } = scratch.forReleases(segment.releases.length);
    const { docRelease, docLang } = segment;
    let matchedCount = 0;
    for (let k = 0; k < count; k += 1) {
      const doc = list[k]!;
      const release = docRelease[doc]!;
      const score = clauses.length > 0 ? scores[doc]! : 0;
      if (bestDoc[release] === -1) {
        matched[matchedCount++] = release;
        bestDoc[release] = doc;
        bestScore[release] = score;
      } else if (score > bestScore[release]!) {
        bestDoc[release] = doc;
        bestScore[release] = score;
      }
      langMask[release]! |= 1 << docLang[doc]!;
    }
    clearDocs(firstCount);
    total += matchedCount;
    for (let k = 0; k < matchedCount; k += 1) {
      const release = matched[k]!;
      const score = bestScore[release]!;
      if (top.admits(score))
        top.offer({
          segment,
          release,
          doc: bestDoc[release]!,
          score,
          langMask: langMask[release]!,
        });
      bestDoc[release] = -1;
      bestScore[release] = 0;
      langMask[release] = 0;
    }
  }
  return { top: top.sorted(), total };
}

function cost(uses: TermUse[][][], clause: number, df: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const segmentUses of uses)
    for (const use of segmentUses[clause] ?? []) sum += df.get(use.term) ?? 0;
  return sum;
}

/** With no words to match, every live document that passes the filter. */
function allDocs(segment: Segment, filter: DocFilter): { list: Int32Array; count: number } {
  const list = scratch.forDocs(segment.docCount).latest;
  let count = 0;
  for (let doc = 0; doc < segment.docCount; doc += 1) {
    if (!segment.dead[segment.docRelease[doc]!] && passes(segment, filter, doc))
      list[count++] = doc;
  }
  return { list, count };
}

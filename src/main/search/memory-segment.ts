/**
 * The segment that takes every update: releases saved since the last flush, held in plain
 * arrays and maps so that adding one costs only its own terms. Flushing writes it out as a
 * file segment (segment-file.ts) and starts a new one.
 */
import type { VersionText } from '@shared/text/doc-text';
import type { AnalyzedRelease } from './analyze';
import {
  dateCode,
  kindCode,
  langCode,
  lowerBound,
  prefixRangeOf,
  statusCode,
  type Postings,
  type Segment,
  type SegmentRelease,
} from './segment';

export class MemorySegment implements Segment {
  readonly releases: SegmentRelease[] = [];
  readonly dead: number[] = [];
  readonly docRelease: number[] = [];
  readonly docLang: number[] = [];
  readonly docStatus: number[] = [];
  readonly docLength: number[] = [];
  readonly releaseKind: number[] = [];
  readonly releaseDate: number[] = [];
  readonly texts: VersionText[] = [];
  private readonly deleted = new Set<string>();
  /** Per term, doc and weight interleaved. */
  private readonly postings = new Map<string, number[]>();
  private sorted: string[] | null = null;

  get tombstones(): string[] {
    return [...this.deleted];
  }

  get docCount(): number {
    return this.docRelease.length;
  }

  get termCount(): number {
    return this.sortedTerms().length;
  }

  /** Adds a release's documents; returns its index in this segment. */
  add(release: AnalyzedRelease): number {
    const index = this.releases.length;
    const { docs, ...row } = release;
    this.releases.push(row);
    this.releaseKind.push(kindCode(row.kind));
    this.releaseDate.push(dateCode(row.date));
    this.dead.push(0);
    this.deleted.delete(release.id);
    for (const doc of docs) {
      const number = this.docRelease.length;
      this.docRelease.push(index);
      this.docLang.push(langCode(doc.lang));
      this.docStatus.push(statusCode(doc.status));
      this.docLength.push(doc.length);
      this.texts.push(doc.text);
      for (const [term, weight] of doc.terms) {
        const list = this.postings.get(term);
        if (list) list.push(number, weight);
        else {
          this.postings.set(term, [number, weight]);
          this.sorted = null;
        }
      }
    }
    return index;
  }

  /** Records a deletion, to hide copies of the release in older segments. */
  addTombstone(id: string): void {
    this.deleted.add(id);
  }

  /** Whether anything would be written on flush. */
  get isEmpty(): boolean {
    return this.releases.length === 0 && this.deleted.size === 0;
  }

  lookup(term: string): number {
    if (!this.postings.has(term)) return -1;
    return lowerBound(this, term);
  }

  prefixRange(prefix: string): [number, number] {
    return prefixRangeOf(this, prefix);
  }

  termAt(ordinal: number): string {
    return this.sortedTerms()[ordinal] ?? '';
  }

  docFrequency(ordinal: number): number {
    return (this.postings.get(this.termAt(ordinal))?.length ?? 0) / 2;
  }

  readPostings(ordinal: number, into: Postings): number {
    const list = this.postings.get(this.termAt(ordinal)) ?? [];
    const count = list.length / 2;
    into.reserve(count);
    const { docs, weights } = into;
    for (let i = 0; i < count; i += 1) {
      docs[i] = list[2 * i]!;
      weights[i] = list[2 * i + 1]!;
    }
    return count;
  }

  async readText(doc: number): Promise<VersionText> {
    return this.texts[doc] ?? { title: '', lead: '', body: [] };
  }

  sortedTerms(): string[] {
    this.sorted ??= [...this.postings.keys()].sort();
    return this.sorted;
  }
}

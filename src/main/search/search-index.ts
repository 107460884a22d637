/**
 * The library's search index, kept in <library>/search/ as immutable segments (an LSM tree):
 *
 *   manifest.json        the segments in force, oldest first (the commit point)
 *   s00000042.seg        one segment's inverted index: releases, versions, terms, postings
 *   s00000042.txt        the versions' texts, read by offset for the snippets of shown hits
 *
 * Why segments rather than one file per term or per release partition: a save must cost
 * milliseconds whatever the library's size. update() only adds the release to the in-memory
 * segment (a few ms: tokenizing seven versions); within a second a flush writes that segment
 * as a new small file, and the old copy of the release simply stops counting (a newer copy or
 * a tombstone supersedes it). Nothing existing is rewritten on save. Merges (merge-policy.ts)
 * keep the number of segments logarithmic, in the background. Term-hash partitions would make
 * every save rewrite dozens of files (a release has hundreds of distinct terms); release-id
 * partitions would make every save rewrite 1/P of the index and every query read all P parts.
 * Opening reads each segment's .seg whole (tens of MB at 50,000 seven-language releases, see
 * `npm run bench:search`), so the index is never rebuilt at start-up nor serialized whole.
 *
 * Safety: segment files are written durably, then the manifest; files it does not name are
 * leftovers and are removed on open. A segment that fails its checksum is dropped and reported,
 * and its releases re-indexed. The index may lag the library after a crash (the in-memory
 * segment is lost): sync() compares every release's rev with the indexed one and re-reads the
 * difference, so the library's own files stay the single source of truth.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release, VocabularyEntry } from '@shared/domain';
import { LANGS } from '@shared/languages';
import type { SearchHit, SearchQuery, SearchResult } from '@shared/search/query';
import { compileVocabulary, type VocabularyMatcher } from '@shared/vocabulary/matcher';
import { analyzeRelease, type AnalyzedRelease } from './analyze';
import { hitSnippet } from './hit-snippet';
import {
  EMPTY_MANIFEST,
  MANIFEST,
  readManifest,
  segmentName,
  writeManifest,
  type Manifest,
} from './manifest';
import { MemorySegment } from './memory-segment';
import { pickMerge } from './merge-policy';
import { runQuery, type CorpusStats } from './query-engine';
import { planQuery } from './query-plan';
import { codeLang, type Segment } from './segment';
import { DamagedSegmentError, DiskSegment } from './segment-file';
import { writeSegment } from './segment-writer';

/** Where the library's releases are read from when the index must catch up with them. */
export interface ReleaseSource {
  /** Every release id in the library. */
  ids(): Iterable<string>;
  /** The stored rev of a release, undefined when it does not exist (any more). */
  rev(id: string): number | undefined;
  /** The release as stored, null when it cannot be read. */
  load(id: string): Promise<Release | null>;
}

export interface SearchProblem {
  at: string;
  /** The file concerned, relative to the search folder. */
  file: string;
  reason: string;
}

export interface SearchIndexOptions {
  /** Told of every damaged file found (dropped, then rebuilt by sync). */
  onProblem?: (problem: SearchProblem) => void;
  now?: () => Date;
  /** Milliseconds between an update and the flush that persists it. */
  flushDelay?: number;
}

export interface Progress {
  done: number;
  total: number | null;
}

export interface SyncReport {
  reindexed: number;
  removed: number;
}

export interface SearchIndexStats {
  releases: number;
  versions: number;
  segments: number;
  /** Releases held only in memory, waiting for a flush. */
  pending: number;
  /** Bytes of segment data held in memory. */
  segmentBytes: number;
}

interface LiveEntry {
  segment: Segment;
  release: number;
  rev: number;
  docs: number;
  length: number;
}

const DEFAULT_FLUSH_DELAY = 1000;
/** During sync and rebuild, the memory segment is written out at this many releases. */
const BULK_FLUSH = 4096;
const DEFAULT_LIMIT = 20;

export class SearchIndex {
  private readonly live = new Map<string, LiveEntry>();
  private readonly stats: CorpusStats = { docs: 0, totalLength: 0 };
  private segments: DiskSegment[] = [];
  /** Memory segments being written out, queried until they are on disk. */
  private frozen: MemorySegment[] = [];
  private memory = new MemorySegment();
  private matcher: VocabularyMatcher | null = null;
  private source: ReleaseSource | null = null;
  private jobs: Promise<void> = Promise.resolve();
  private flushTimer: NodeJS.Timeout | null = null;
  private bulk = 0;
  private closed = false;
  private readonly problemList: SearchProblem[] = [];

  private constructor(
    readonly dir: string,
    private next: number,
    private readonly options: SearchIndexOptions,
  ) {}

  /** Opens (creating if needed) the index in <libraryDir>/search. Never throws for damaged files: it reports and drops them. */
  static async open(libraryDir: string, options: SearchIndexOptions = {}): Promise<SearchIndex> {
    const dir = join(libraryDir, 'search');
    await mkdir(dir, { recursive: true });
    const loaded = await readManifest(dir);
    const manifest = loaded.state === 'ok' ? loaded.manifest : EMPTY_MANIFEST;
    const index = new SearchIndex(dir, manifest.next, options);
    if (loaded.state === 'damaged')
      index.report(MANIFEST, `${loaded.reason}; the index is rebuilt`);
    for (const name of manifest.segments) {
      try {
        index.segments.push(await DiskSegment.load(dir, name));
      } catch (error) {
        if (!(error instanceof DamagedSegmentError)) throw error;
        index.report(`${name}.seg`, `${error.message}; its releases are re-indexed`);
      }
    }
    if (index.segments.length !== manifest.segments.length || loaded.state === 'damaged')
      await index.writeManifest();
    await index.removeUnlistedFiles();
    for (const segment of index.segments) index.admit(segment);
    return index;
  }

  /** Damaged files found since open, oldest first. */
  get problems(): readonly SearchProblem[] {
    return this.problemList;
  }

  /** The vocabulary whose names a query's words may stand for (tags). Call on open and on every vocabulary change. */
  setVocabulary(entries: readonly VocabularyEntry[]): void {
    this.matcher = compileVocabulary(entries);
  }

  /** Indexes a saved (or created) release, replacing its previous version; persisted within flushDelay. */
  update(release: Release): void {
    this.put(analyzeRelease(release));
    this.scheduleFlush();
  }

  /** Drops a deleted release. */
  remove(id: string): void {
    this.supersede(id);
    this.memory.addTombstone(id);
    this.scheduleFlush();
  }

  /** Whether the index holds `id` at exactly `rev`. */
  has(id: string, rev: number): boolean {
    return this.live.get(id)?.rev === rev;
  }

  async query(query: SearchQuery): Promise<SearchResult> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const clauses = planQuery(query.text, this.matcher);
    const segments: Segment[] = [...this.segments, ...this.frozen, this.memory];
    const { top, total } = runQuery(segments, clauses, query, this.stats, offset + limit);
    const hits = await Promise.all(
      top.slice(offset).map(async (match): Promise<SearchHit> => {
        const release = match.segment.releases[match.release]!;
        const lang = codeLang(match.segment.docLang[match.doc]!);
        const text = await this.readText(match.segment, match.doc);
        const others = LANGS.filter((l, code) => l !== lang && match.langMask & (1 << code));
        return {
          id: release.id,
          lang,
          langs: [lang, ...others],
          score: match.score,
          kind: release.kind,
          date: release.date,
          title: text.title,
          ...hitSnippet(text, lang, clauses, this.matcher),
        };
      }),
    );
    return { total, hits };
  }

  /**
   * Brings the index in line with the library: drops releases it no longer has and
   * re-indexes every release whose rev differs (or is missing). Call after open, in the
   * background; it is also how damaged segments are healed, so the source is kept for that.
   */
  async sync(
    source: ReleaseSource,
    onProgress?: (progress: Progress) => void,
  ): Promise<SyncReport> {
    this.source = source;
    let removed = 0;
    for (const id of [...this.live.keys()]) {
      if (source.rev(id) === undefined) {
        this.remove(id);
        removed += 1;
      }
    }
    const stale = [...source.ids()].filter((id) => this.live.get(id)?.rev !== source.rev(id));
    let reindexed = 0;
    await this.inBulk(async () => {
      for (const [done, id] of stale.entries()) {
        if (this.closed) return;
        onProgress?.({ done, total: stale.length });
        const release = await source.load(id).catch(() => null);
        // A save or delete that came in while the file was read has the last word.
        if (!release || source.rev(id) !== release.rev || this.has(id, release.rev)) continue;
        await this.putInBulk(analyzeRelease(release));
        reindexed += 1;
      }
      onProgress?.({ done: stale.length, total: stale.length });
    });
    return { reindexed, removed };
  }

  /** Replaces the whole index with `releases` (a missing or distrusted index). */
  async rebuild(
    releases: Iterable<Release> | AsyncIterable<Release>,
    onProgress?: (progress: Progress) => void,
    total: number | null = null,
  ): Promise<void> {
    await this.flush();
    await this.enqueue(async () => {
      const retired = this.segments;
      this.segments = [];
      this.frozen = [];
      this.memory = new MemorySegment();
      this.live.clear();
      this.stats.docs = 0;
      this.stats.totalLength = 0;
      await this.writeManifest();
      await this.retire(retired);
    });
    await this.inBulk(async () => {
      let done = 0;
      for await (const release of releases) {
        if (this.closed) return;
        await this.putInBulk(analyzeRelease(release));
        onProgress?.({ done: ++done, total });
      }
    });
  }

  /** Writes whatever is only in memory; resolves when it is on disk. */
  async flush(): Promise<void> {
    this.clearFlushTimer();
    await this.enqueue(() => this.writeMemory());
  }

  /** Resolves when every flush and merge started so far has finished. */
  async idle(): Promise<void> {
    let jobs: Promise<void>;
    do {
      jobs = this.jobs;
      await jobs;
    } while (jobs !== this.jobs);
  }

  getStats(): SearchIndexStats {
    return {
      releases: this.live.size,
      versions: this.stats.docs,
      segments: this.segments.length,
      pending: this.memory.releases.length + this.frozen.reduce((n, s) => n + s.releases.length, 0),
      segmentBytes: this.segments.reduce((n, s) => n + s.byteSize, 0),
    };
  }

  /** Flushes, then releases the files. */
  async close(): Promise<void> {
    if (this.closed) return;
    // What cannot be written now is re-indexed by the next sync.
    await this.flush().catch(() => undefined);
    this.closed = true;
    await this.idle();
    await Promise.all(this.segments.map((segment) => segment.close()));
  }

  private put(release: AnalyzedRelease): void {
    this.supersede(release.id);
    const index = this.memory.add(release);
    const docs = release.docs.length;
    const length = release.docs.reduce((sum, doc) => sum + doc.length, 0);
    this.live.set(release.id, {
      segment: this.memory,
      release: index,
      rev: release.rev,
      docs,
      length,
    });
    this.stats.docs += docs;
    this.stats.totalLength += length;
  }

  /** Marks the indexed copy of `id` dead, wherever it is. */
  private supersede(id: string): void {
    const entry = this.live.get(id);
    if (!entry) return;
    entry.segment.dead[entry.release] = 1;
    this.stats.docs -= entry.docs;
    this.stats.totalLength -= entry.length;
    this.live.delete(id);
  }

  /** Makes a loaded segment's releases live, superseding older copies; applies its tombstones. */
  private admit(segment: DiskSegment): void {
    for (const id of segment.tombstones) this.supersede(id);
    const docs = new Uint32Array(segment.releases.length);
    const lengths = new Float64Array(segment.releases.length);
    for (let doc = 0; doc < segment.docCount; doc += 1) {
      docs[segment.docRelease[doc]!]! += 1;
      lengths[segment.docRelease[doc]!]! += segment.docLength[doc]!;
    }
    segment.releases.forEach((release, r) => {
      this.supersede(release.id);
      this.live.set(release.id, {
        segment,
        release: r,
        rev: release.rev,
        docs: docs[r]!,
        length: lengths[r]!,
      });
      this.stats.docs += docs[r]!;
      this.stats.totalLength += lengths[r]!;
    });
  }

  private scheduleFlush(): void {
    if (this.bulk > 0 || this.flushTimer || this.closed) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.background(() => this.writeMemory());
    }, this.options.flushDelay ?? DEFAULT_FLUSH_DELAY);
    this.flushTimer.unref();
  }

  private clearFlushTimer(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
  }

  private async inBulk(task: () => Promise<void>): Promise<void> {
    this.bulk += 1;
    try {
      await task();
    } finally {
      this.bulk -= 1;
    }
    await this.flush();
  }

  /** Adds a release during sync or rebuild, writing the memory segment out when it is large. */
  private async putInBulk(release: AnalyzedRelease): Promise<void> {
    this.put(release);
    if (this.memory.releases.length < BULK_FLUSH) return;
    // Let at most one large segment wait to be written, so memory stays bounded.
    if (this.frozen.length > 0) await this.idle();
    this.freeze();
    this.background(() => this.writeMemory());
  }

  /** Moves the memory segment to those waiting to be written; updates go to a new one. */
  private freeze(): void {
    if (this.memory.isEmpty) return;
    this.frozen.push(this.memory);
    this.memory = new MemorySegment();
  }

  /** Runs jobs that write (flushes, merges) one at a time; a failed job is reported, not thrown at a later job. */
  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.jobs.then(job);
    this.jobs = run.catch((error: unknown) =>
      this.report(MANIFEST, `writing the index failed: ${(error as Error).message}`),
    );
    return run;
  }

  /** A job nobody waits for: its failure is reported by enqueue. */
  private background(job: () => Promise<void>): void {
    this.enqueue(job).catch(() => undefined);
  }

  /** Writes the memory segment (and any left from a failed write) as one new segment, then merges if due. */
  private async writeMemory(): Promise<void> {
    // After close (a sync still finishing) nothing more is written: the next sync redoes it.
    if (this.closed) return;
    this.freeze();
    if (this.frozen.length === 0) return;
    const sources = [...this.frozen];
    const tombstones = finalTombstones(sources);
    const written = await writeSegment(this.dir, segmentName(this.next++), sources, tombstones);
    this.repoint(sources, written.segment, written.origins);
    this.segments.push(written.segment);
    this.frozen = this.frozen.filter((segment) => !sources.includes(segment));
    await this.writeManifest();
    if (this.bulk === 0) this.background(() => this.mergeIfDue());
  }

  private async mergeIfDue(): Promise<void> {
    if (this.closed) return;
    const run = pickMerge(
      this.segments.map((s) => ({
        releases: s.releases.length,
        live: s.releases.length - countDead(s),
      })),
    );
    if (!run) return;
    const [from, to] = run;
    const sources = this.segments.slice(from, to);
    const tombstones = from === 0 ? [] : finalTombstones(sources);
    const written = await writeSegment(this.dir, segmentName(this.next++), sources, tombstones);
    // A source found damaged meanwhile has been dropped: its releases are being re-indexed, so this merge is void.
    const at = this.segments.indexOf(sources[0]!);
    if (at < 0 || sources.some((source, i) => this.segments[at + i] !== source)) {
      await this.retire([written.segment]);
      return;
    }
    this.repoint(sources, written.segment, written.origins);
    this.segments.splice(at, sources.length, written.segment);
    await this.writeManifest();
    await this.retire(sources);
    this.background(() => this.mergeIfDue());
  }

  /** Live entries that pointed into `sources` now point into `target`; copies superseded meanwhile are dead there. */
  private repoint(
    sources: readonly Segment[],
    target: DiskSegment,
    origins: ReadonlyArray<[number, number]>,
  ): void {
    origins.forEach(([s, r], index) => {
      const source = sources[s]!;
      const entry = this.live.get(source.releases[r]!.id);
      if (entry && entry.segment === source && entry.release === r) {
        entry.segment = target;
        entry.release = index;
      } else {
        target.dead[index] = 1;
      }
    });
  }

  private writeManifest(): Promise<void> {
    const manifest: Manifest = {
      format: 1,
      segments: this.segments.map((s) => s.name),
      next: this.next,
    };
    return writeManifest(this.dir, manifest);
  }

  /** Closes and deletes segments the manifest no longer names (a query still reading one gets no snippet, not an error). */
  private async retire(segments: readonly DiskSegment[]): Promise<void> {
    for (const segment of segments) {
      await segment.close();
      await rm(join(this.dir, `${segment.name}.seg`), { force: true });
      await rm(join(this.dir, `${segment.name}.txt`), { force: true });
    }
  }

  private async removeUnlistedFiles(): Promise<void> {
    const listed = new Set(this.segments.flatMap((s) => [`${s.name}.seg`, `${s.name}.txt`]));
    for (const name of await readdir(this.dir)) {
      if (name !== MANIFEST && !listed.has(name))
        await rm(join(this.dir, name), { force: true, recursive: true });
    }
  }

  /** The text of a hit's version; a damaged text file drops its segment (healed by sync) and leaves the hit without a snippet. */
  private async readText(segment: Segment, doc: number) {
    try {
      return await segment.readText(doc);
    } catch (error) {
      if (
        !(error instanceof DamagedSegmentError) &&
        (error as NodeJS.ErrnoException).code !== 'ENOENT'
      )
        throw error;
      if (segment instanceof DiskSegment && this.segments.includes(segment))
        await this.dropDamaged(segment, (error as Error).message);
      return { title: '', lead: '', body: [] };
    }
  }

  private async dropDamaged(segment: DiskSegment, reason: string): Promise<void> {
    this.report(`${segment.name}.txt`, `${reason}; its releases are re-indexed`);
    this.segments = this.segments.filter((s) => s !== segment);
    for (const [id, entry] of [...this.live]) if (entry.segment === segment) this.supersede(id);
    this.background(async () => {
      await this.writeManifest();
      await this.retire([segment]);
    });
    const source = this.source;
    if (source)
      void this.sync(source).catch((error: unknown) =>
        this.report(MANIFEST, `re-indexing failed: ${(error as Error).message}`),
      );
  }

  private report(file: string, reason: string): void {
    const problem = { at: (this.options.now?.() ?? new Date()).toISOString(), file, reason };
    this.problemList.push(problem);
    this.options.onProblem?.(problem);
  }
}

function countDead(segment: DiskSegment): number {
  let dead = 0;
  for (const flag of segment.dead) dead += flag;
  return dead;
}

/** Ids whose last word within `sources` (in order) is a deletion. */
function finalTombstones(sources: readonly Segment[]): string[] {
  const deleted = new Set<string>();
  for (const source of sources) {
    for (const release of source.releases) deleted.delete(release.id);
    for (const id of source.tombstones) deleted.add(id);
  }
  return [...deleted];
}

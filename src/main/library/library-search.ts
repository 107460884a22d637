/**
 * The library's search index kept in step with it: opened with the library, told of every
 * write, caught up with the release files in the background, and able to say how far that is.
 * The index is derived data: when it is missing or damaged it is rebuilt, never trusted.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release, VocabularyEntry } from '@shared/domain';
import type { SearchStatus } from '@shared/search-api';
import type { SearchQuery, SearchResult } from '@shared/search/query';
import { SearchIndex, type ReleaseSource } from '../search/search-index';

export class LibrarySearch {
  private state: SearchStatus['state'] = 'indexing';
  private done = 0;
  private total: number | null = null;
  private reindexed: number | null = null;
  private failure: SearchStatus['problems'][number] | null = null;
  private catchingUp: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly index: SearchIndex,
    private readonly now: () => Date,
  ) {}

  /** Opens <libraryDir>/search; `discard` drops it first (its contents predate a migration). */
  static async open(
    libraryDir: string,
    { discard, now }: { discard: boolean; now: () => Date },
  ): Promise<LibrarySearch> {
    if (discard) await rm(join(libraryDir, 'search'), { recursive: true, force: true });
    return new LibrarySearch(await SearchIndex.open(libraryDir, { now }), now);
  }

  /** Once `after` settles, re-reads in the background every release the index is behind on. */
  catchUp(after: Promise<void>, source: ReleaseSource): void {
    this.catchingUp = after
      .catch(() => undefined)
      .then(async () => {
        if (this.closed) return;
        const report = await this.index.sync(source, ({ done, total }) => {
          this.done = done;
          this.total = total;
        });
        this.reindexed = report.reindexed;
      })
      .catch((error: unknown) => {
        this.failure = {
          at: this.now().toISOString(),
          file: 'search',
          reason: `catching up with the library failed: ${(error as Error).message}`,
        };
      })
      .finally(() => {
        this.state = 'ready';
      });
  }

  /** Resolves when the background catch-up has finished (or failed) and what it read is on disk. */
  async caughtUp(): Promise<void> {
    await this.catchingUp;
    await this.index.idle();
  }

  setVocabulary(entries: readonly VocabularyEntry[]): void {
    this.index.setVocabulary(entries);
  }

  update(release: Release): void {
    this.index.update(release);
  }

  remove(id: string): void {
    this.index.remove(id);
  }

  query(query: SearchQuery): Promise<SearchResult> {
    return this.index.query(query);
  }

  status(): SearchStatus {
    return {
      state: this.state,
      done: this.done,
      total: this.total,
      indexed: this.index.getStats().releases,
      reindexed: this.reindexed,
      problems: [...this.index.problems, ...(this.failure ? [this.failure] : [])],
    };
  }

  /** Writes what is only in memory and lets go of the files; a catch-up under way stops. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.index.close();
    await this.catchingUp;
  }
}

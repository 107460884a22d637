/**
 * releases/: creating, reading, saving and deleting releases, each through its own file, and
 * keeping the release index and the search index told of every change. Writes to one release
 * run one at a time; a save names the revision it was based on, so a stale one is refused.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release, ReleaseSummary } from '@shared/domain';
import { AppError } from '../errors';
import type { KeyedQueue } from './keyed-queue';
import type { NewRelease } from './library-api';
import type { LibrarySearch } from './library-search';
import type { Quarantine } from './quarantine';
import { readReleaseFile, writeReleaseFile } from './release-file';
import type { ReleaseIndex } from './release-index';
import { summarize } from './summary';
import { CorruptFileError } from './validated-json-file';

export interface ReleaseStoreParts {
  libraryDir: string;
  schemaVersion: number;
  index: ReleaseIndex;
  writes: KeyedQueue;
  quarantine: Quarantine;
  search: LibrarySearch;
  now: () => Date;
}

export class ReleaseStore {
  private currentIndex: ReleaseIndex;

  constructor(private readonly parts: ReleaseStoreParts) {
    this.currentIndex = parts.index;
  }

  /** The index as of now: compaction replaces it. */
  get index(): ReleaseIndex {
    return this.currentIndex;
  }

  /** Rewrites the index when dead lines outnumber live rows (and at least a thousand). */
  async compactIndexIfWasteful(): Promise<void> {
    const index = this.currentIndex;
    if (index.garbage > Math.max(1000, index.size)) this.currentIndex = await index.compact();
  }

  async get(id: string): Promise<Release> {
    const release = await this.read(id);
    if (!release) throw new AppError('not-found', `release ${id}`);
    return release;
  }

  async create(input: NewRelease): Promise<Release> {
    const at = this.parts.now().toISOString();
    const date = input.date ?? at.slice(0, 10);
    const start = input.start ?? {};
    const release: Release = {
      id: `${date}-${randomBytes(5).toString('hex')}`,
      rev: 1,
      kind: input.kind,
      sourceLang: input.sourceLang,
      date,
      embargo: null,
      issuer: start.issuer ?? '',
      contacts: start.contacts ?? [],
      tags: [],
      boilerplate: start.boilerplate ?? {},
      variants: {
        [input.sourceLang]: {
          lang: input.sourceLang,
          title: input.title ?? '',
          lead: start.lead ?? '',
          body: start.body ?? { type: 'doc', content: [{ type: 'paragraph' }] },
          datelinePlace: start.datelinePlace ?? '',
          status: 'draft',
          statusHistory: [],
          sourceBase: null,
          updatedAt: at,
        },
      },
      comments: [],
      createdAt: at,
      updatedAt: at,
    };
    await this.parts.writes.run(release.id, () => this.write(release));
    return release;
  }

  save(release: Release): Promise<Release> {
    return this.parts.writes.run(release.id, async () => {
      const row = this.index.row(release.id);
      if (!row) throw new AppError('not-found', `release ${release.id}`);
      if (row.rev !== release.rev) {
        throw new AppError('conflict', `saved as revision ${row.rev}, edited from ${release.rev}`);
      }
      const saved: Release = { ...release, rev: release.rev + 1, updatedAt: this.parts.now().toISOString() };
      await this.write(saved);
      return saved;
    });
  }

  /** Moves the file to trash/: nothing is deleted. */
  delete(id: string): Promise<void> {
    return this.parts.writes.run(id, async () => {
      if (!this.index.has(id)) throw new AppError('not-found', `release ${id}`);
      const trash = join(this.parts.libraryDir, 'trash');
      await mkdir(trash, { recursive: true });
      const stamp = this.parts.now().toISOString().replace(/[:.]/g, '-');
      await this.index.begin(id);
      await rename(this.path(id), join(trash, `${stamp}-${id}.json`));
      await this.index.remove(id);
      this.parts.search.remove(id);
    });
  }

  /** One release file; a file that fails validation is quarantined, not used. */
  async read(id: string): Promise<Release | null> {
    try {
      return (await readReleaseFile(this.path(id), this.parts.quarantine))?.release ?? null;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await this.parts.quarantine.add(this.path(id), error.reason);
      if (this.index.has(id)) await this.index.remove(id);
      this.parts.search.remove(id);
      return null;
    }
  }

  /** Titles read from the release file, for a row whose titles the index lost. */
  async titlesFromFile(id: string): Promise<ReleaseSummary['titles']> {
    const release = await this.read(id).catch(() => null);
    return release ? summarize(release).titles : {};
  }

  /** Brings one index row in line with releases/<id>.json, whatever state either is in. */
  reindex(id: string): Promise<void> {
    return this.parts.writes.run(id, async () => {
      let fileStat;
      try {
        fileStat = await stat(this.path(id));
      } catch {
        if (this.index.has(id)) await this.index.remove(id);
        this.parts.search.remove(id);
        return;
      }
      const release = await this.read(id);
      if (!release) return;
      await this.index.put({
        summary: summarize(release),
        file: { size: fileStat.size, mtimeMs: fileStat.mtimeMs },
      });
      this.parts.search.update(release);
    });
  }

  private path(id: string): string {
    return join(this.parts.libraryDir, 'releases', `${id}.json`);
  }

  private async write(release: Release): Promise<void> {
    const path = this.path(release.id);
    await this.index.begin(release.id);
    await writeReleaseFile(path, this.parts.schemaVersion, release);
    const { size, mtimeMs } = await stat(path);
    await this.index.put({ summary: summarize(release), file: { size, mtimeMs } });
    this.parts.search.update(release);
  }
}

import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SCHEMA_VERSION,
  type LibrarySettings,
  type Release,
  type ReleaseSummary,
  type Revision,
  type VocabularyEntry,
} from '@shared/domain';
import { AppError } from '../errors';
import { TEMP_SUFFIX } from './durable-write';
import { KeyedQueue } from './keyed-queue';
import { LIBRARY_FILE, LibraryFileStore, readSchemaVersion } from './library-file';
import type { DraftingKit, LibraryApi, ListPage, ListQuery, NewRelease } from './library-api';
import { backupBeforeMigration, migrateFiles, migrationPath, MIGRATIONS, type Migration } from './migrations';
import type { SearchStatus } from '@shared/search-api';
import type { SearchQuery, SearchResult } from '@shared/search/query';
import type { TaggedRelease } from '@shared/vocabulary/plan';
import { LibrarySearch } from './library-search';
import { Quarantine } from './quarantine';
import { ReleaseIndex, type IndexEntry, type IndexRow } from './release-index';
import { queryRows } from './release-query';
import { RevisionHistory } from './revision-history';
import { readReleaseFile, writeReleaseFile } from './release-file';
import { ReleaseStore } from './release-store';
import { summarize } from './summary';
import { CorruptFileError } from './validated-json-file';

export interface LibraryOptions {
  /** Demo content written into a library that is being created (the app's default library). */
  seed?: () => { releases: Release[]; vocabulary: VocabularyEntry[] };
  now?: () => Date;
  /** For tests of the migration path; the app uses SCHEMA_VERSION and MIGRATIONS. */
  schemaVersion?: number;
  migrations?: Migration[];
}

/**
 * A library is a folder:
 *   library.json           settings, vocabulary, templates, snippets (small, rarely written)
 *   releases/<id>.json     one release with all its language versions and comments
 *   revisions/<id>.jsonl   that release's history, append-only
 *   assets/<sha256>.<ext>  pictures in release bodies (see src/main/assets)
 *   index/                 the release index (see ReleaseIndex), derivable from releases/
 *   search/                the search index (see SearchIndex), derivable from releases/ too
 *   quarantine/            files that could not be read, with a report
 *   backups/               copies taken before a schema migration
 *   trash/                 deleted releases
 * Saving a release touches its own file and appends to the index, so the cost of a save
 * does not grow with the library.
 */
export class Library implements LibraryApi {
  private readonly quarantine: Quarantine;
  private readonly revisions: RevisionHistory;
  private verification: Promise<void> = Promise.resolve();
  private closed = false;
  private queryCache: { key: string; source: readonly IndexRow[]; rows: readonly IndexRow[] } | null =
    null;

  private constructor(
    readonly dir: string,
    private readonly writes: KeyedQueue,
    private readonly libraryFile: LibraryFileStore,
    private readonly releases: ReleaseStore,
    private readonly now: () => Date,
    private readonly schemaVersion: number,
    quarantine: Quarantine,
    private readonly migratedFrom: { version: number; backup: string } | null,
    private readonly search: LibrarySearch,
  ) {
    this.quarantine = quarantine;
    this.revisions = new RevisionHistory(join(dir, 'revisions'), schemaVersion, writes, quarantine);
  }

  static async open(dir: string, options: LibraryOptions = {}): Promise<Library> {
    const now = options.now ?? (() => new Date());
    const target = options.schemaVersion ?? SCHEMA_VERSION;
    const migrations = options.migrations ?? MIGRATIONS;
    try {
      await mkdir(dir, { recursive: true });
      for (const sub of ['releases', 'revisions', 'index']) await mkdir(join(dir, sub), { recursive: true });
    } catch (error) {
      throw new AppError('library-unavailable', `${dir}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
        cause: error,
      });
    }
    const quarantine = new Quarantine(dir, now);
    await quarantine.load();
    await removeLeftoverTempFiles(dir);

    const libraryPath = join(dir, LIBRARY_FILE);
    const rawVersion = await readSchemaVersion(libraryPath, quarantine);
    if (rawVersion !== null && rawVersion > target) {
      throw new AppError('newer-schema', `schema ${rawVersion}, this app reads up to ${target}`);
    }
    let migratedFrom: Library['migratedFrom'] = null;
    if (rawVersion !== null && rawVersion < target) {
      const backup = await backupBeforeMigration(dir, rawVersion, now());
      await migrateFiles(dir, migrationPath(migrations, rawVersion, target), target);
      migratedFrom = { version: rawVersion, backup };
    }

    const isNew = rawVersion === null;
    let seedVocabulary: VocabularyEntry[] | undefined;
    if (isNew && options.seed) {
      const hasReleases = (await readdir(join(dir, 'releases'))).some((n) => n.endsWith('.json'));
      if (!hasReleases) seedVocabulary = await writeSeed(dir, options.seed(), target);
    }
    const writes = new KeyedQueue();
    const libraryFile = await LibraryFileStore.open(libraryPath, {
      create: isNew,
      schemaVersion: target,
      now: now(),
      seedVocabulary,
      writes,
    });

    const indexDir = join(dir, 'index');
    const loaded = migratedFrom ? ({ state: 'missing' } as const) : await ReleaseIndex.load(indexDir);
    let index: ReleaseIndex;
    let unfinished: string[] = [];
    if (loaded.state === 'ok') {
      index = loaded.index;
      unfinished = loaded.unfinished;
    } else {
      if (loaded.state === 'corrupt') await quarantineIndex(indexDir, quarantine, loaded.reason);
      index = await ReleaseIndex.create(indexDir, await scanReleases(dir, quarantine));
    }
    const search = await LibrarySearch.open(dir, { discard: migratedFrom !== null, now });
    search.setVocabulary(libraryFile.vocabulary());
    const releases = new ReleaseStore({ libraryDir: dir, schemaVersion: target, index, writes, quarantine, search, now });
    for (const id of unfinished) await releases.reindex(id);
    await releases.compactIndexIfWasteful();
    const library = new Library(dir, writes, libraryFile, releases, now, target, quarantine, migratedFrom, search);
    library.verification = library.verify();
    search.catchUp(library.verification, {
      ids: () => releases.index.ids(),
      rev: (id) => releases.index.row(id)?.rev,
      load: (id) => releases.read(id),
    });
    return library;
  }

  info() {
    return {
      path: this.dir,
      schemaVersion: this.schemaVersion,
      releaseCount: this.releases.index.size,
      quarantined: this.quarantine.list(),
      migratedFrom: this.migratedFrom,
    };
  }

  dismissQuarantined(files: string[]): Promise<void> {
    return this.writes.run('quarantine', () => this.quarantine.dismiss(files));
  }

  /** Resolves when the background check of every release file against the index is done. */
  verified(): Promise<void> {
    return this.verification;
  }

  async listReleases(query: ListQuery = {}): Promise<ListPage> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 100;
    const rows = this.queriedRows(query);
    const page = rows.slice(offset, offset + limit);
    const summaries = await Promise.all(
      page.map(async (row): Promise<ReleaseSummary> => {
        const { file: _file, titles: _titles, ...rest } = row;
        const titles = (await this.releases.index.titles(row.id)) ?? (await this.releases.titlesFromFile(row.id));
        return { ...rest, titles };
      }),
    );
    return { total: rows.length, offset, rows: summaries };
  }

  getRelease(id: string): Promise<Release> {
    return this.releases.get(id);
  }

  createRelease(input: NewRelease): Promise<Release> {
    return this.releases.create(input);
  }

  saveRelease(release: Release): Promise<Release> {
    return this.releases.save(release);
  }

  deleteRelease(id: string): Promise<void> {
    return this.releases.delete(id);
  }

  getSettings(): LibrarySettings {
    return this.libraryFile.settings();
  }

  updateSettings(patch: Partial<LibrarySettings>): Promise<LibrarySettings> {
    return this.libraryFile.updateSettings(patch);
  }

  listVocabulary(): VocabularyEntry[] {
    return this.libraryFile.vocabulary();
  }

  async updateVocabulary(change: (entries: VocabularyEntry[]) => VocabularyEntry[]): Promise<VocabularyEntry[]> {
    const vocabulary = await this.libraryFile.updateVocabulary(change);
    this.search.setVocabulary(vocabulary);
    return vocabulary;
  }

  releaseTags(): TaggedRelease[] {
    return this.releases.index.sorted().map(({ id, tags }) => ({ id, tags }));
  }

  searchReleases(query: SearchQuery): Promise<SearchResult> {
    return this.search.query(query);
  }

  searchStatus(): SearchStatus {
    return this.search.status();
  }

  /** Resolves when the search index has caught up with the library after open. */
  searchCaughtUp(): Promise<void> {
    return this.search.caughtUp();
  }

  draftingKit(): DraftingKit {
    return this.libraryFile.draftingKit();
  }

  updateDraftingKit(change: (kit: DraftingKit) => DraftingKit): Promise<DraftingKit> {
    return this.libraryFile.updateDraftingKit(change);
  }

  appendRevision(revision: Revision): Promise<void> {
    return this.revisions.append(revision);
  }

  listRevisions(releaseId: string): Promise<Revision[]> {
    return this.revisions.list(releaseId);
  }

  async flush(): Promise<void> {
    await this.writes.idle();
    await this.releases.index.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.verification.catch(() => undefined);
    await this.flush();
    await this.releases.index.close();
    await this.search.close();
  }

  /** The rows of a query; kept while neither the query nor the index changes, for paging. */
  private queriedRows(query: ListQuery): readonly IndexRow[] {
    const source = this.releases.index.sorted();
    const key = JSON.stringify([query.sort, query.order, query.filter]);
    const cached = this.queryCache;
    if (cached?.source === source && cached.key === key) return cached.rows;
    const rows = queryRows(source, query);
    this.queryCache = { key, source, rows };
    return rows;
  }

  /**
   * Compares every release file with its index row by size and mtime, re-reading the ones
   * that differ (edited, restored from a backup, damaged) and indexing files the index does
   * not know. Runs after open so that a large library lists at once.
   */
  private async verify(): Promise<void> {
    // Temp files written since open belong to saves in flight; only older ones are leftovers.
    const openedAt = Date.now();
    const names = await readdir(join(this.dir, 'releases'));
    const seen = new Set<string>();
    let checked = 0;
    for (const name of names) {
      if (this.closed) return;
      if (isTempFile(name)) await removeIfOlder(join(this.dir, 'releases', name), openedAt);
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      seen.add(id);
      const row = this.releases.index.row(id);
      const current = await stat(join(this.dir, 'releases', name)).catch(() => null);
      if (!current) continue;
      if (!row || row.file.size !== current.size || row.file.mtimeMs !== current.mtimeMs) {
        await this.releases.reindex(id);
      }
      // Yield now and then so requests are served while a large library is checked.
      if (++checked % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const id of this.releases.index.ids()) {
      if (!seen.has(id)) await this.releases.reindex(id);
    }
  }
}

async function removeIfOlder(path: string, than: number): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info && info.mtimeMs < than) await rm(path, { force: true });
}

function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/** releases/ is left to verify(), which lists it anyway, so a large library opens at once. */
async function removeLeftoverTempFiles(dir: string): Promise<void> {
  for (const sub of ['', 'index']) {
    const folder = join(dir, sub);
    for (const name of await readdir(folder)) {
      if (isTempFile(name)) await rm(join(folder, name), { force: true });
    }
  }
}

async function quarantineIndex(indexDir: string, quarantine: Quarantine, reason: string): Promise<void> {
  for (const name of await readdir(indexDir)) {
    await quarantine.add(join(indexDir, name), `${reason}; the index was rebuilt from releases/`);
  }
}

/** Reads every release file (rebuilding the index); unreadable ones go to quarantine. */
async function scanReleases(dir: string, quarantine: Quarantine): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  const folder = join(dir, 'releases');
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.json')) continue;
    const path = join(folder, name);
    try {
      const file = await readReleaseFile(path, quarantine);
      if (!file) continue;
      if (`${file.release.id}.json` !== name) {
        throw new CorruptFileError(path, `holds release ${file.release.id}, not ${name.slice(0, -5)}`);
      }
      const { size, mtimeMs } = await stat(path);
      entries.push({ summary: summarize(file.release), file: { size, mtimeMs } });
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await quarantine.add(path, error.reason);
    }
  }
  return entries;
}

/** Writes the seed's releases; returns its vocabulary, for the new library.json. */
async function writeSeed(
  dir: string,
  seed: { releases: Release[]; vocabulary: VocabularyEntry[] },
  schemaVersion: number,
): Promise<VocabularyEntry[]> {
  for (const release of seed.releases) {
    await writeReleaseFile(join(dir, 'releases', `${release.id}.json`), schemaVersion, release);
  }
  return seed.vocabulary;
}

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import {
  libraryFileSchema,
  releaseFileSchema,
  SCHEMA_VERSION,
  type LibraryFile,
  type LibrarySettings,
  type QuarantinedFile,
  type Release,
  type ReleaseFile,
  type ReleaseSummary,
  type Revision,
  type VocabularyEntry,
} from '@shared/domain';
import { AppError } from '../errors';
import { TEMP_SUFFIX, writeFileDurably } from './durable-write';
import { KeyedQueue } from './keyed-queue';
import { defaultSnippets, defaultTemplates } from '@shared/drafting-defaults';
import { emptyLetterhead } from '@shared/letterhead';
import type { DraftingKit, LibraryApi, ListPage, ListQuery, NewRelease } from './library-api';
import {
  applySteps,
  backupBeforeMigration,
  migrationPath,
  MIGRATIONS,
  type Migration,
} from './migrations';
import type { SearchStatus } from '@shared/search-api';
import type { SearchQuery, SearchResult } from '@shared/search/query';
import type { TaggedRelease } from '@shared/vocabulary/plan';
import { LibrarySearch } from './library-search';
import { Quarantine } from './quarantine';
import { ReleaseIndex, type IndexEntry, type IndexRow } from './release-index';
import { queryRows } from './release-query';
import { appendRevision, readRevisions } from './revision-log';
import { readReleaseFile } from './release-file';
import { summarize } from './summary';
import { CorruptFileError, ValidatedJsonFile } from './validated-json-file';

export interface LibraryOptions {
  /** Demo content written into a library that is being created (the app's default library). */
  seed?: () => { releases: Release[]; vocabulary: VocabularyEntry[] };
  now?: () => Date;
  /** For tests of the migration path; the app uses SCHEMA_VERSION and MIGRATIONS. */
  schemaVersion?: number;
  migrations?: Migration[];
}

const DEFAULT_SETTINGS: LibrarySettings = {
  uiLanguage: 'en',
  userName: '',
  letterhead: emptyLetterhead(),
};

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
  private readonly writes = new KeyedQueue();
  private readonly quarantine: Quarantine;
  private verification: Promise<void> = Promise.resolve();
  private closed = false;
  private queryCache: { key: string; source: readonly IndexRow[]; rows: readonly IndexRow[] } | null =
    null;

  private constructor(
    readonly dir: string,
    private readonly db: Low<LibraryFile>,
    private index: ReleaseIndex,
    private readonly now: () => Date,
    private readonly schemaVersion: number,
    quarantine: Quarantine,
    private readonly migratedFrom: { version: number; backup: string } | null,
    private readonly search: LibrarySearch,
  ) {
    this.quarantine = quarantine;
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

    const libraryPath = join(dir, 'library.json');
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

    const db = new Low<LibraryFile>(new ValidatedJsonFile(libraryPath, libraryFileSchema), {
      schemaVersion: target,
      createdAt: now().toISOString(),
      settings: DEFAULT_SETTINGS,
      vocabulary: [],
      templates: defaultTemplates(),
      snippets: defaultSnippets(),
    });
    const isNew = rawVersion === null;
    if (isNew) {
      const hasReleases = (await readdir(join(dir, 'releases'))).some((n) => n.endsWith('.json'));
      if (!hasReleases && options.seed) await writeSeed(dir, db, options.seed(), target);
      await db.write();
    } else {
      await db.read();
    }

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
    search.setVocabulary(db.data.vocabulary);
    const library = new Library(dir, db, index, now, target, quarantine, migratedFrom, search);
    for (const id of unfinished) await library.reindex(id);
    if (index.garbage > Math.max(1000, index.size)) library.index = await index.compact();
    library.verification = library.verify();
    search.catchUp(library.verification, {
      ids: () => library.index.ids(),
      rev: (id) => library.index.row(id)?.rev,
      load: (id) => library.readRelease(id),
    });
    return library;
  }

  info() {
    return {
      path: this.dir,
      schemaVersion: this.schemaVersion,
      releaseCount: this.index.size,
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
        const titles = (await this.index.titles(row.id)) ?? (await this.titlesFromFile(row.id));
        return { ...rest, titles };
      }),
    );
    return { total: rows.length, offset, rows: summaries };
  }

  async getRelease(id: string): Promise<Release> {
    const release = await this.readRelease(id);
    if (!release) throw new AppError('not-found', `release ${id}`);
    return release;
  }

  async createRelease(input: NewRelease): Promise<Release> {
    const at = this.now().toISOString();
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
    await this.writes.run(release.id, () => this.writeRelease(release));
    return release;
  }

  saveRelease(release: Release): Promise<Release> {
    return this.writes.run(release.id, async () => {
      const row = this.index.row(release.id);
      if (!row) throw new AppError('not-found', `release ${release.id}`);
      if (row.rev !== release.rev) {
        throw new AppError('conflict', `saved as revision ${row.rev}, edited from ${release.rev}`);
      }
      const saved: Release = { ...release, rev: release.rev + 1, updatedAt: this.now().toISOString() };
      await this.writeRelease(saved);
      return saved;
    });
  }

  deleteRelease(id: string): Promise<void> {
    return this.writes.run(id, async () => {
      if (!this.index.has(id)) throw new AppError('not-found', `release ${id}`);
      const trash = join(this.dir, 'trash');
      await mkdir(trash, { recursive: true });
      const stamp = this.now().toISOString().replace(/[:.]/g, '-');
      await this.index.begin(id);
      await rename(this.releasePath(id), join(trash, `${stamp}-${id}.json`));
      await this.index.remove(id);
      this.search.remove(id);
    });
  }

  getSettings(): LibrarySettings {
    return this.db.data.settings;
  }

  updateSettings(patch: Partial<LibrarySettings>): Promise<LibrarySettings> {
    return this.writes.run('library.json', async () => {
      // The letterhead's logo must be a picture the library holds: the export copies it.
      const logo = patch.letterhead?.logo;
      if (logo && !(await stat(join(this.dir, logo)).catch(() => null))?.isFile()) {
        throw new AppError('invalid-input', `letterhead logo ${logo} is not in the library`);
      }
      const next = { ...this.db.data, settings: { ...this.db.data.settings, ...patch } };
      await this.commitLibraryFile(next);
      return next.settings;
    });
  }

  listVocabulary(): VocabularyEntry[] {
    return this.db.data.vocabulary;
  }

  updateVocabulary(
    change: (entries: VocabularyEntry[]) => VocabularyEntry[],
  ): Promise<VocabularyEntry[]> {
    return this.writes.run('library.json', async () => {
      const vocabulary = change(this.db.data.vocabulary);
      await this.commitLibraryFile({ ...this.db.data, vocabulary });
      this.search.setVocabulary(vocabulary);
      return vocabulary;
    });
  }

  releaseTags(): TaggedRelease[] {
    return this.index.sorted().map(({ id, tags }) => ({ id, tags }));
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
    return { templates: this.db.data.templates, snippets: this.db.data.snippets };
  }

  updateDraftingKit(change: (kit: DraftingKit) => DraftingKit): Promise<DraftingKit> {
    return this.writes.run('library.json', async () => {
      const { templates, snippets } = change(this.draftingKit());
      await this.commitLibraryFile({ ...this.db.data, templates, snippets });
      return this.draftingKit();
    });
  }

  appendRevision(revision: Revision): Promise<void> {
    const path = join(this.dir, 'revisions', `${revision.releaseId}.jsonl`);
    return this.writes.run(path, () => appendRevision(path, this.schemaVersion, revision));
  }

  async listRevisions(releaseId: string): Promise<Revision[]> {
    const path = join(this.dir, 'revisions', `${releaseId}.jsonl`);
    try {
      return await this.writes.run(path, () => readRevisions(path));
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await this.quarantine.add(path, error.reason);
      return [];
    }
  }

  async flush(): Promise<void> {
    await this.writes.idle();
    await this.index.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.verification.catch(() => undefined);
    await this.flush();
    await this.index.close();
    await this.search.close();
  }

  // --- Hook for team-library sync (src/main/sync); see LibraryApi.putReplicatedRelease.
  putReplicatedRelease(release: Release, expectedRev: number | null): Promise<void> {
    return this.writes.run(release.id, async () => {
      const stored = this.index.row(release.id)?.rev ?? null;
      if (stored !== expectedRev) {
        throw new AppError('conflict', `saved as revision ${stored}, sync expected ${expectedRev}`);
      }
      await this.writeRelease(release);
    });
  }

  quarantineDocument(name: string, content: string, reason: string): Promise<void> {
    return this.writes.run('quarantine', async () => {
      await this.quarantine.addContent(name, content, reason);
    });
  }

  /** The rows of a query; kept while neither the query nor the index changes, for paging. */
  private queriedRows(query: ListQuery): readonly IndexRow[] {
    const source = this.index.sorted();
    const key = JSON.stringify([query.sort, query.order, query.filter]);
    const cached = this.queryCache;
    if (cached?.source === source && cached.key === key) return cached.rows;
    const rows = queryRows(source, query);
    this.queryCache = { key, source, rows };
    return rows;
  }

  private releasePath(id: string): string {
    return join(this.dir, 'releases', `${id}.json`);
  }

  /** One release file; a file that fails validation is quarantined, not used. */
  private async readRelease(id: string): Promise<Release | null> {
    try {
      return (await readReleaseFile(this.releasePath(id), this.quarantine))?.release ?? null;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await this.quarantineRelease(id, error.reason);
      return null;
    }
  }

  private async writeRelease(release: Release): Promise<void> {
    const path = this.releasePath(release.id);
    const db = new Low<ReleaseFile>(new ValidatedJsonFile(path, releaseFileSchema), {
      schemaVersion: this.schemaVersion,
      release,
    });
    await this.index.begin(release.id);
    await db.write();
    const { size, mtimeMs } = await stat(path);
    await this.index.put({ summary: summarize(release), file: { size, mtimeMs } });
    this.search.update(release);
  }

  private async commitLibraryFile(next: LibraryFile): Promise<void> {
    const previous = this.db.data;
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = previous;
      throw error;
    }
  }

  private async quarantineRelease(id: string, reason: string): Promise<QuarantinedFile> {
    const entry = await this.quarantine.add(this.releasePath(id), reason);
    if (this.index.has(id)) await this.index.remove(id);
    this.search.remove(id);
    return entry;
  }

  /** Brings one index row in line with releases/<id>.json, whatever state either is in. */
  private reindex(id: string): Promise<void> {
    return this.writes.run(id, async () => {
      let fileStat;
      try {
        fileStat = await stat(this.releasePath(id));
      } catch {
        if (this.index.has(id)) await this.index.remove(id);
        this.search.remove(id);
        return;
      }
      const release = await this.readRelease(id);
      if (!release) return;
      await this.index.put({
        summary: summarize(release),
        file: { size: fileStat.size, mtimeMs: fileStat.mtimeMs },
      });
      this.search.update(release);
    });
  }

  private async titlesFromFile(id: string): Promise<ReleaseSummary['titles']> {
    const release = await this.readRelease(id).catch(() => null);
    return release ? summarize(release).titles : {};
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
      const row = this.index.row(id);
      const current = await stat(join(this.dir, 'releases', name)).catch(() => null);
      if (!current) continue;
      if (!row || row.file.size !== current.size || row.file.mtimeMs !== current.mtimeMs) {
        await this.reindex(id);
      }
      // Yield now and then so requests are served while a large library is checked.
      if (++checked % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const id of this.index.ids()) {
      if (!seen.has(id)) await this.reindex(id);
    }
  }
}

async function readSchemaVersion(path: string, quarantine: Quarantine): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('library-unavailable', `${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
  try {
    const version = (JSON.parse(text) as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  } catch {
    // Falls through to quarantine below.
  }
  await quarantine.add(path, text.trim() === '' ? 'the file is empty' : 'library.json is not readable');
  return null;
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

async function writeSeed(
  dir: string,
  db: Low<LibraryFile>,
  seed: { releases: Release[]; vocabulary: VocabularyEntry[] },
  schemaVersion: number,
): Promise<void> {
  for (const release of seed.releases) {
    const file: ReleaseFile = { schemaVersion, release };
    await writeFileDurably(join(dir, 'releases', `${release.id}.json`), JSON.stringify(file));
  }
  db.data = { ...db.data, vocabulary: seed.vocabulary };
}

async function readJsonObject(path: string): Promise<Record<string, unknown> | null> {
  try {
    const json: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Rewrites every file that is older than `target`; library.json last, as the commit point. */
async function migrateFiles(dir: string, steps: Migration[], target: number): Promise<void> {
  const releasesDir = join(dir, 'releases');
  for (const name of await readdir(releasesDir)) {
    if (!name.endsWith('.json')) continue;
    const path = join(releasesDir, name);
    const json = await readJsonObject(path);
    // An unreadable file is left for the index rebuild to quarantine and report.
    if (!json) continue;
    const version = typeof json.schemaVersion === 'number' ? json.schemaVersion : target;
    const fileSteps = steps.filter((s) => s.from >= version);
    if (fileSteps.length === 0) continue;
    await writeFileDurably(path, JSON.stringify(applySteps(json, fileSteps, 'release')));
  }
  const revisionsDir = join(dir, 'revisions');
  for (const name of await readdir(revisionsDir)) {
    const path = join(revisionsDir, name);
    const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim() !== '');
    const migrated = lines.map((line) => {
      const json = JSON.parse(line) as Record<string, unknown>;
      const version = typeof json.schemaVersion === 'number' ? json.schemaVersion : target;
      return JSON.stringify(applySteps(json, steps.filter((s) => s.from >= version), 'revision'));
    });
    await writeFileDurably(path, migrated.length ? `${migrated.join('\n')}\n` : '');
  }
  const libraryPath = join(dir, 'library.json');
  const library = JSON.parse(await readFile(libraryPath, 'utf8')) as Record<string, unknown>;
  await writeFileDurably(libraryPath, JSON.stringify(applySteps(library, steps, 'library')));
}

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SCHEMA_VERSION,
  type LibrarySettings,
  type Release,
  type Revision,
  type VocabularyEntry,
} from '@shared/domain';
import type { SearchStatus } from '@shared/search-api';
import type { SearchQuery, SearchResult } from '@shared/search/query';
import type { TaggedRelease } from '@shared/vocabulary/plan';
import { KeyedQueue } from './keyed-queue';
import type { DraftingKit, LibraryApi, ListPage, ListQuery, NewRelease } from './library-api';
import { LIBRARY_FILE, LibraryFileStore, readSchemaVersion } from './library-file';
import { prepareLibraryFolder } from './library-folder';
import { LibrarySearch } from './library-search';
import { migrateIfOlder, MIGRATIONS, type Migration } from './migrations';
import { Quarantine } from './quarantine';
import { writeReleaseFile } from './release-file';
import { checkReleaseFiles } from './release-files-check';
import { openReleaseIndex } from './release-index-open';
import { ReleaseList } from './release-list';
import { ReleaseStore } from './release-store';
import { RevisionHistory } from './revision-history';

export interface LibraryOptions {
  /** Demo content written into a library that is being created (the app's default library). */
  seed?: () => { releases: Release[]; vocabulary: VocabularyEntry[] };
  now?: () => Date;
  /** For tests of the migration path; the app uses SCHEMA_VERSION and MIGRATIONS. */
  schemaVersion?: number;
  migrations?: Migration[];
}

/** The services an open library is made of, each with one job (see its file). */
interface LibraryParts {
  dir: string;
  schemaVersion: number;
  migratedFrom: { version: number; backup: string } | null;
  /** One queue for every write, so flush() waits for all of them. */
  writes: KeyedQueue;
  quarantine: Quarantine;
  libraryFile: LibraryFileStore;
  releases: ReleaseStore;
  search: LibrarySearch;
}

/**
 * An open library: a folder (the layout is in the README and docs/ARCHITECTURE.md) served by
 * single-purpose services that this class only opens in order, hands calls to and closes.
 * Saving a release touches its own file and appends to the index, so the cost of a save does
 * not grow with the library.
 */
export class Library implements LibraryApi {
  readonly dir: string;
  private readonly list: ReleaseList;
  private readonly revisions: RevisionHistory;
  private verification: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(private readonly parts: LibraryParts) {
    this.dir = parts.dir;
    this.list = new ReleaseList(parts.releases);
    this.revisions = new RevisionHistory(join(parts.dir, 'revisions'), parts.schemaVersion, parts.writes, parts.quarantine);
  }

  static async open(dir: string, options: LibraryOptions = {}): Promise<Library> {
    const now = options.now ?? (() => new Date());
    const schemaVersion = options.schemaVersion ?? SCHEMA_VERSION;
    await prepareLibraryFolder(dir);
    const quarantine = new Quarantine(dir, now);
    await quarantine.load();

    const libraryPath = join(dir, LIBRARY_FILE);
    const version = await readSchemaVersion(libraryPath, quarantine);
    const migratedFrom = await migrateIfOlder(dir, version, {
      target: schemaVersion,
      migrations: options.migrations ?? MIGRATIONS,
      now,
    });
    const writes = new KeyedQueue();
    const isNew = version === null;
    const libraryFile = await LibraryFileStore.open(libraryPath, {
      create: isNew,
      schemaVersion,
      now: now(),
      seedVocabulary: isNew && options.seed ? await writeSeedIfEmpty(dir, options.seed, schemaVersion) : undefined,
      writes,
    });

    const { index, unfinished } = await openReleaseIndex(dir, quarantine, { rebuild: migratedFrom !== null });
    const search = await LibrarySearch.open(dir, { discard: migratedFrom !== null, now });
    search.setVocabulary(libraryFile.vocabulary());
    const releases = new ReleaseStore({ libraryDir: dir, schemaVersion, index, writes, quarantine, search, now });
    for (const id of unfinished) await releases.reindex(id);
    await releases.compactIndexIfWasteful();

    const library = new Library({ dir, schemaVersion, migratedFrom, writes, quarantine, libraryFile, releases, search });
    library.startBackgroundChecks();
    return library;
  }

  info() {
    return {
      path: this.dir,
      schemaVersion: this.parts.schemaVersion,
      releaseCount: this.parts.releases.index.size,
      quarantined: this.parts.quarantine.list(),
      migratedFrom: this.parts.migratedFrom,
    };
  }

  dismissQuarantined(files: string[]): Promise<void> {
    return this.parts.writes.run('quarantine', () => this.parts.quarantine.dismiss(files));
  }

  /** Resolves when the background check of every release file against the index is done. */
  verified(): Promise<void> {
    return this.verification;
  }

  listReleases(query: ListQuery = {}): Promise<ListPage> {
    return this.list.page(query);
  }

  releaseTags(): TaggedRelease[] {
    return this.list.tags();
  }

  getRelease(id: string): Promise<Release> {
    return this.parts.releases.get(id);
  }

  createRelease(input: NewRelease): Promise<Release> {
    return this.parts.releases.create(input);
  }

  saveRelease(release: Release): Promise<Release> {
    return this.parts.releases.save(release);
  }

  deleteRelease(id: string): Promise<void> {
    return this.parts.releases.delete(id);
  }

  getSettings(): LibrarySettings {
    return this.parts.libraryFile.settings();
  }

  updateSettings(patch: Partial<LibrarySettings>): Promise<LibrarySettings> {
    return this.parts.libraryFile.updateSettings(patch);
  }

  listVocabulary(): VocabularyEntry[] {
    return this.parts.libraryFile.vocabulary();
  }

  async updateVocabulary(change: (entries: VocabularyEntry[]) => VocabularyEntry[]): Promise<VocabularyEntry[]> {
    const vocabulary = await this.parts.libraryFile.updateVocabulary(change);
    this.parts.search.setVocabulary(vocabulary);
    return vocabulary;
  }

  draftingKit(): DraftingKit {
    return this.parts.libraryFile.draftingKit();
  }

  updateDraftingKit(change: (kit: DraftingKit) => DraftingKit): Promise<DraftingKit> {
    return this.parts.libraryFile.updateDraftingKit(change);
  }

  searchReleases(query: SearchQuery): Promise<SearchResult> {
    return this.parts.search.query(query);
  }

  searchStatus(): SearchStatus {
    return this.parts.search.status();
  }

  /** Resolves when the search index has caught up with the library after open. */
  searchCaughtUp(): Promise<void> {
    return this.parts.search.caughtUp();
  }

  appendRevision(revision: Revision): Promise<void> {
    return this.revisions.append(revision);
  }

  listRevisions(releaseId: string): Promise<Revision[]> {
    return this.revisions.list(releaseId);
  }

  async flush(): Promise<void> {
    await this.parts.writes.idle();
    await this.parts.releases.index.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.verification.catch(() => undefined);
    await this.flush();
    await this.parts.releases.index.close();
    await this.parts.search.close();
  }

  /** The file check, then the search catch-up behind it; both stop when the library closes. */
  private startBackgroundChecks(): void {
    const { releases, search } = this.parts;
    this.verification = checkReleaseFiles(this.dir, releases, () => this.closed);
    search.catchUp(this.verification, {
      ids: () => releases.index.ids(),
      rev: (id) => releases.index.row(id)?.rev,
      load: (id) => releases.read(id),
    });
  }
}

/** Writes the seed's releases into a library without any; returns the vocabulary to go with them. */
async function writeSeedIfEmpty(
  dir: string,
  seed: () => { releases: Release[]; vocabulary: VocabularyEntry[] },
  schemaVersion: number,
): Promise<VocabularyEntry[] | undefined> {
  if ((await readdir(join(dir, 'releases'))).some((n) => n.endsWith('.json'))) return undefined;
  const { releases, vocabulary } = seed();
  for (const release of releases) {
    await writeReleaseFile(join(dir, 'releases', `${release.id}.json`), schemaVersion, release);
  }
  return vocabulary;
}

import type { LibraryInfo, ReleasePage } from '@shared/contract';
import type {
  BoilerplateSnippet,
  Contact,
  LibrarySettings,
  Release,
  ReleaseKind,
  ReleaseTemplate,
  Revision,
  TiptapDoc,
  VocabularyEntry,
} from '@shared/domain';
import type { ReleaseListInput } from '@shared/drafting-api';
import type { Lang } from '@shared/languages';
import type { SearchStatus } from '@shared/search-api';
import type { SearchQuery, SearchResult } from '@shared/search/query';
import type { TaggedRelease } from '@shared/vocabulary/plan';

/** Offset and limit of a page, and the sort and filter of releases.list. */
export type ListQuery = ReleaseListInput;
export type ListPage = ReleasePage;

export interface NewRelease {
  kind: ReleaseKind;
  sourceLang: Lang;
  title?: string;
  date?: string;
  /** What the release begins with besides a title: from a template or an import. */
  start?: ReleaseStart;
}

export interface ReleaseStart {
  issuer?: string;
  contacts?: Contact[];
  boilerplate?: Release['boilerplate'];
  lead?: string;
  body?: TiptapDoc;
  datelinePlace?: string;
}

/** Templates and boilerplate snippets: the parts of library.json that drafting uses. */
export interface DraftingKit {
  templates: ReleaseTemplate[];
  snippets: BoilerplateSnippet[];
}

/** What the rest of main may do with an open library (implemented by Library in library.ts). */
export interface LibraryApi {
  readonly dir: string;
  info(): Omit<LibraryInfo, 'isDefault'>;
  listReleases(query?: ListQuery): Promise<ListPage>;
  getRelease(id: string): Promise<Release>;
  createRelease(input: NewRelease): Promise<Release>;
  /** Saves when `release.rev` equals the stored rev; returns the stored release (rev + 1). */
  saveRelease(release: Release): Promise<Release>;
  deleteRelease(id: string): Promise<void>;
  getSettings(): LibrarySettings;
  updateSettings(patch: Partial<LibrarySettings>): Promise<LibrarySettings>;
  listVocabulary(): VocabularyEntry[];
  /** Replaces the vocabulary with what `change` makes of it (it may throw: nothing is written). */
  updateVocabulary(change: (entries: VocabularyEntry[]) => VocabularyEntry[]): Promise<VocabularyEntry[]>;
  /** Every release's id and tags, from the index. */
  releaseTags(): TaggedRelease[];
  searchReleases(query: SearchQuery): Promise<SearchResult>;
  searchStatus(): SearchStatus;
  /** Stops reporting these quarantined files (paths as in QuarantinedFile.file). */
  dismissQuarantined(files: string[]): Promise<void>;
  draftingKit(): DraftingKit;
  /** Replaces templates and snippets with what `change` makes of the current ones. */
  updateDraftingKit(change: (kit: DraftingKit) => DraftingKit): Promise<DraftingKit>;
  appendRevision(revision: Revision): Promise<void>;
  listRevisions(releaseId: string): Promise<Revision[]>;
  /** Removes these revisions (redundant automatic ones) from the history; how many were. */
  dropRevisions(releaseId: string, drop: ReadonlySet<string>): Promise<number>;
  /** Resolves when every write started so far is on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
  // --- Hook for team-library sync (src/main/sync): writes what replication brought in.
  /**
   * Writes `release` exactly as given (its own rev and updatedAt) when the stored release's
   * rev is `expectedRev` (null: no such release yet); otherwise refuses with `conflict`.
   */
  putReplicatedRelease(release: Release, expectedRev: number | null): Promise<void>;
  /** Keeps a document that came from elsewhere and failed validation in quarantine/, reported. */
  quarantineDocument(name: string, content: string, reason: string): Promise<void>;
}

/** The library currently open in this process; main's handlers reach it only through this. */
export interface LibrarySessionApi {
  current(): LibraryApi;
  info(): LibraryInfo;
  /** Flushes and closes the current library, then opens (creating if needed) the one at `dir`. */
  open(dir: string, options?: { seedDemo?: boolean }): Promise<LibraryInfo>;
  close(): Promise<void>;
}

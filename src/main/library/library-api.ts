import type { LibraryInfo, ReleasePage } from '@shared/contract';
import type {
  LibrarySettings,
  Release,
  ReleaseKind,
  Revision,
  VocabularyEntry,
} from '@shared/domain';
import type { Lang } from '@shared/languages';

export interface ListQuery {
  offset?: number;
  limit?: number;
}
export type ListPage = ReleasePage;

export interface NewRelease {
  kind: ReleaseKind;
  sourceLang: Lang;
  title?: string;
  date?: string;
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
  /** Stops reporting these quarantined files (paths as in QuarantinedFile.file). */
  dismissQuarantined(files: string[]): Promise<void>;
  appendRevision(revision: Revision): Promise<void>;
  listRevisions(releaseId: string): Promise<Revision[]>;
  /** Resolves when every write started so far is on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** The library currently open in this process; main's handlers reach it only through this. */
export interface LibrarySessionApi {
  current(): LibraryApi;
  info(): LibraryInfo;
  /** Flushes and closes the current library, then opens (creating if needed) the one at `dir`. */
  open(dir: string, options?: { seedDemo?: boolean }): Promise<LibraryInfo>;
  close(): Promise<void>;
}

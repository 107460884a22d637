/**
 * library.json: settings, vocabulary, templates and boilerplate snippets. Small and rarely
 * written, kept in memory as one lowdb document; every change writes the whole file, one
 * change at a time, and is rolled back in memory if the write fails.
 */
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { libraryFileSchema, type LibraryFile, type LibrarySettings, type VocabularyEntry } from '@shared/domain';
import { defaultSnippets, defaultTemplates } from '@shared/drafting-defaults';
import { emptyLetterhead } from '@shared/letterhead';
import { AppError } from '../errors';
import type { KeyedQueue } from './keyed-queue';
import type { DraftingKit } from './library-api';
import type { Quarantine } from './quarantine';
import { CorruptFileError, readJsonFile, ValidatedJsonFile } from './validated-json-file';

export const LIBRARY_FILE = 'library.json';

const DEFAULT_SETTINGS: LibrarySettings = {
  uiLanguage: 'en',
  userName: '',
  letterhead: emptyLetterhead(),
};

/**
 * The schema version library.json declares, before any validation (an older file may not match
 * today's schema); null for a new library. An unreadable file is quarantined and the library
 * starts afresh, as a new one would.
 */
export async function readSchemaVersion(path: string, quarantine: Quarantine): Promise<number | null> {
  let json: unknown;
  try {
    json = await readJsonFile(path);
  } catch (error) {
    if (error instanceof CorruptFileError) {
      await quarantine.add(path, error.reason);
      return null;
    }
    throw new AppError('library-unavailable', `${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
  if (json === undefined) return null;
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  await quarantine.add(path, 'library.json has no valid schemaVersion');
  return null;
}

export class LibraryFileStore {
  private constructor(
    private readonly path: string,
    private readonly db: Low<LibraryFile>,
    private readonly writes: KeyedQueue,
  ) {}

  /**
   * Reads library.json, or writes a new one (with `seedVocabulary`, for a seeded library) when
   * `create` is set because the folder held none.
   */
  static async open(
    path: string,
    options: {
      create: boolean;
      schemaVersion: number;
      now: Date;
      seedVocabulary?: VocabularyEntry[];
      writes: KeyedQueue;
    },
  ): Promise<LibraryFileStore> {
    const db = new Low<LibraryFile>(new ValidatedJsonFile(path, libraryFileSchema), {
      schemaVersion: options.schemaVersion,
      createdAt: options.now.toISOString(),
      settings: DEFAULT_SETTINGS,
      vocabulary: options.seedVocabulary ?? [],
      templates: defaultTemplates(),
      snippets: defaultSnippets(),
    });
    if (options.create) await db.write();
    else await db.read();
    return new LibraryFileStore(path, db, options.writes);
  }

  settings(): LibrarySettings {
    return this.db.data.settings;
  }

  updateSettings(patch: Partial<LibrarySettings>): Promise<LibrarySettings> {
    return this.change(async (data) => {
      // The letterhead's logo must be a picture the library holds: the export copies it.
      const logo = patch.letterhead?.logo;
      if (logo && !(await stat(join(dirname(this.path), logo)).catch(() => null))?.isFile()) {
        throw new AppError('invalid-input', `letterhead logo ${logo} is not in the library`);
      }
      return { ...data, settings: { ...data.settings, ...patch } };
    }).then((d) => d.settings);
  }

  vocabulary(): VocabularyEntry[] {
    return this.db.data.vocabulary;
  }

  updateVocabulary(change: (entries: VocabularyEntry[]) => VocabularyEntry[]): Promise<VocabularyEntry[]> {
    return this.change((data) => ({ ...data, vocabulary: change(data.vocabulary) })).then((d) => d.vocabulary);
  }

  draftingKit(): DraftingKit {
    return { templates: this.db.data.templates, snippets: this.db.data.snippets };
  }

  updateDraftingKit(change: (kit: DraftingKit) => DraftingKit): Promise<DraftingKit> {
    return this.change((data) => {
      const { templates, snippets } = change(this.draftingKit());
      return { ...data, templates, snippets };
    }).then(() => this.draftingKit());
  }

  /** `next` may throw: then nothing is written. */
  private change(next: (data: LibraryFile) => LibraryFile | Promise<LibraryFile>): Promise<LibraryFile> {
    return this.writes.run(LIBRARY_FILE, async () => {
      const previous = this.db.data;
      this.db.data = await next(previous);
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = previous;
        throw error;
      }
      return this.db.data;
    });
  }
}

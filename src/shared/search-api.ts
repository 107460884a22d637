/**
 * Inputs and outputs of the search and vocabulary methods of the contract (the search box,
 * tagging, the vocabulary screen). contract.ts wires them to method names; the query itself is
 * src/shared/search/query.ts.
 */
import { z } from 'zod';
import { idSchema, langSchema, VOCABULARY_TYPES, type VocabularyEntry } from './domain';
import type { ImportProblem } from './vocabulary/exchange';

/** An entry as the vocabulary screen sends it: without an id it is a new entry, which main names. */
export const vocabularyEntryInputSchema = z
  .object({
    id: idSchema.optional(),
    type: z.enum(VOCABULARY_TYPES),
    labels: z.partialRecord(langSchema, z.string().trim().min(1).max(500)),
    aliases: z.partialRecord(langSchema, z.array(z.string().trim().min(1).max(200)).max(50)),
  })
  .strict();
export type VocabularyEntryInput = z.infer<typeof vocabularyEntryInputSchema>;

export const VOCABULARY_FORMATS = ['json', 'csv'] as const;
export const vocabularyFormatSchema = z.enum(VOCABULARY_FORMATS);
export type VocabularyFormat = z.infer<typeof vocabularyFormatSchema>;

/** Largest vocabulary file accepted by vocabulary.import, in characters. */
export const MAX_VOCABULARY_FILE_CHARS = 10_000_000;

/** The vocabulary after a change, and how many releases had their tags changed by it. */
export interface VocabularyChange {
  vocabulary: VocabularyEntry[];
  retagged: number;
}

export interface VocabularySaved {
  /** The entry as stored (a new one with the id main gave it). */
  entry: VocabularyEntry;
  vocabulary: VocabularyEntry[];
}

/** What an import did (or, as a dry run, would do); with problems it did nothing. */
export interface VocabularyImportOutcome {
  added: string[];
  updated: string[];
  problems: ImportProblem[];
  /** The vocabulary after the import; the current one after a dry run or a refusal. */
  vocabulary: VocabularyEntry[];
}

/** Per entry id, the number of releases tagged with it; entries no release carries are left out. */
export type VocabularyUsage = Record<string, number>;

/** The search index as the user is told about it. */
export interface SearchStatus {
  /** 'indexing' while it catches up with the library in the background (after open, or after search/ was lost). */
  state: 'indexing' | 'ready';
  /** Releases read so far by the catch-up, of `total` (null until it is known). */
  done: number;
  total: number | null;
  /** Releases the index holds. */
  indexed: number;
  /** Releases the last finished catch-up had to index: 0 when the index was already in step. */
  reindexed: number | null;
  /** Damaged index files found (dropped and rebuilt), and writes that failed. */
  problems: { at: string; file: string; reason: string }[];
}

export const vocabularyMergeInputSchema = z
  .object({
    /** The entry that stays. */
    into: idSchema,
    /** The entry that becomes part of it. */
    from: idSchema,
  })
  .strict();

export const vocabularyImportInputSchema = z
  .object({
    format: vocabularyFormatSchema,
    /** The file's text. */
    content: z.string().max(MAX_VOCABULARY_FILE_CHARS),
    /** Only say what the import would do. */
    dryRun: z.boolean().optional(),
  })
  .strict();

/**
 * Import jobs (import.start, .status, .cancel): files are converted off main's event loop,
 * one after another, with progress and cancel, in the same start → poll → cancel shape as
 * export jobs. contract.ts wires them to method names; src/main/import runs them.
 */
import { z } from 'zod';
import { importFileSchema, type ImportOutcome } from './drafting-api';
import { langSchema } from './domain';
import type { ApiError } from './errors';
import type { ExportJobState } from './export-api';

/** At most this many files in one import job (each within MAX_IMPORT_FILE_BYTES). */
export const MAX_IMPORT_JOB_FILES = 20;

export const importStartInputSchema = z
  .object({
    files: z.array(importFileSchema).min(1).max(MAX_IMPORT_JOB_FILES),
    /** The language of the files; detected from their script when omitted. */
    sourceLang: langSchema.optional(),
  })
  .strict();

export const importJobInputSchema = z.object({ jobId: z.uuid() }).strict();

/** `cancelled`: stopped early; the files in `items` were imported whole, the rest not at all. */
export type ImportJobState = ExportJobState;

export interface ImportJobProgress {
  filesDone: number;
  files: number;
  /** Bytes of the files done, out of all the job's bytes. */
  bytesDone: number;
  bytes: number;
  /** The file being converted or written; null once the job has ended. */
  current: string | null;
}

export interface ImportJobStatus {
  jobId: string;
  state: ImportJobState;
  progress: ImportJobProgress;
  /** One outcome per file finished so far, in order. */
  items: ImportOutcome[];
  startedAt: string;
  finishedAt: string | null;
  /** The library failed mid-job (disk full…): the job stopped; `items` holds what was written. */
  error: ApiError | null;
}

/**
 * Import jobs (import.start, .status, .cancel): files are converted off main's event loop,
 * one after another, with progress and cancel, in the same start → poll → cancel shape as
 * export jobs. contract.ts wires them to method names; src/main/import runs them.
 */
import { z } from 'zod';
import { importFileSchema, MAX_IMPORT_FILE_BYTES, type ImportOutcome, type ImportProblem } from './drafting-api';
import { isoDateSchema, langSchema, releaseKindSchema, type ReleaseKind } from './domain';
import { FIELD_LIMITS } from './field-limits';
import type { Lang } from './languages';
import type { ApiError } from './errors';
import type { ExportJobState } from './export-api';

/** At most this many files in one import job (each within MAX_IMPORT_FILE_BYTES). */
export const MAX_IMPORT_JOB_FILES = 20;
/**
 * At most this many bytes of files in one job, so that the largest job's request fits through
 * the loopback host's body limit (host/server.ts derives its limit from this). The dialog
 * sends a larger selection as several jobs, one after another.
 */
export const MAX_IMPORT_JOB_BYTES = 2 * MAX_IMPORT_FILE_BYTES;

/** Bytes a base64 text of `length` characters decodes to. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return (data.length / 4) * 3 - padding;
}

/** The request body of the largest import.start the schema accepts, in bytes (JSON, UTF-8). */
export const MAX_IMPORT_JOB_REQUEST_BYTES =
  Math.ceil(MAX_IMPORT_JOB_BYTES / 3) * 4 + MAX_IMPORT_JOB_FILES * (255 * 6 + 64) + 1024;

export const importStartInputSchema = z
  .object({
    files: z
      .array(importFileSchema)
      .min(1)
      .max(MAX_IMPORT_JOB_FILES)
      .refine((files) => files.reduce((sum, file) => sum + base64Bytes(file.data), 0) <= MAX_IMPORT_JOB_BYTES, {
        message: `more than ${MAX_IMPORT_JOB_BYTES} bytes of files in one job`,
      }),
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

// --- Archive preview: the cut of a text archive, shown and corrected before anything is created

/** At most this many items are created from one archive at once. */
export const MAX_ARCHIVE_ITEMS = 1000;
/** Longest paragraph an archive item may carry, in characters. */
export const MAX_ARCHIVE_PARAGRAPH_CHARS = 100_000;

export const archivePreviewInputSchema = z
  .object({ file: importFileSchema, sourceLang: langSchema.optional() })
  .strict();

/** One item as the cutter proposes it; the user may edit the title, merge, split, set the date. */
export interface ArchivePreviewItem {
  title: string;
  /** The title is a line of the archive; false: taken from the first paragraph, which stays. */
  titleOwnLine: boolean;
  /** Null: the item names no date ("no date found"); the user must choose one. */
  date: string | null;
  datelinePlace: string;
  paragraphs: string[];
  /** The signature block, its lines kept ("Joint Press Centre\n(Republic of Belarus, Brest)"). */
  issuer: string;
  lang: Lang;
  kind: ReleaseKind;
}

export type ArchivePreview =
  | { name: string; ok: true; items: ArchivePreviewItem[] }
  | { name: string; ok: false; problem: ImportProblem; detail: string };

export const archiveItemInputSchema = z
  .object({
    title: z.string().trim().min(1).max(FIELD_LIMITS.title),
    /** Required: an item without a date gets the one the user chose, never today's silently. */
    date: isoDateSchema,
    datelinePlace: z.string().max(FIELD_LIMITS.datelinePlace),
    paragraphs: z.array(z.string().max(MAX_ARCHIVE_PARAGRAPH_CHARS)).max(10_000),
    issuer: z.string().max(FIELD_LIMITS.issuer),
    lang: langSchema,
    kind: releaseKindSchema,
  })
  .strict();
export type ArchiveItemInput = z.infer<typeof archiveItemInputSchema>;

export const archiveCreateInputSchema = z
  .object({
    name: z.string().min(1).max(255),
    items: z.array(archiveItemInputSchema).min(1).max(MAX_ARCHIVE_ITEMS),
  })
  .strict();
export type ArchiveCreateInput = z.infer<typeof archiveCreateInputSchema>;

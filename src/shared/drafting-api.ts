/**
 * Inputs and outputs of the drafting methods of the contract (listing, templates, snippets,
 * checkpoints, pictures and imports). contract.ts wires them to method names.
 */
import { z } from 'zod';
import { ASSET_SRC } from './body-image';
import {
  isoDateSchema,
  langSchema,
  releaseKindSchema,
  type ReleaseKind,
  type TiptapDoc,
} from './domain';
import type { Lang } from './languages';
import { DISPLAY_STATUSES } from './review/needs-update';

// --- releases.list: sort and filter -------------------------------------------------------

export const RELEASE_SORT_KEYS = ['date', 'updated', 'kind', 'status', 'language'] as const;
export type ReleaseSortKey = (typeof RELEASE_SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

export const releaseFilterSchema = z
  .object({
    kinds: z.array(releaseKindSchema).max(5).optional(),
    /** Releases with a version in one of these statuses (in `langs`, when given); an
     * approved translation whose source changed counts as `needs-update`, not `approved`. */
    statuses: z.array(z.enum(DISPLAY_STATUSES)).max(DISPLAY_STATUSES.length).optional(),
    /** Releases with a version in one of these languages. */
    langs: z.array(langSchema).max(7).optional(),
    dateFrom: isoDateSchema.optional(),
    dateTo: isoDateSchema.optional(),
  })
  .strict();
export type ReleaseFilter = z.infer<typeof releaseFilterSchema>;

export const releaseListInputSchema = z
  .object({
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    sort: z.enum(RELEASE_SORT_KEYS).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    filter: releaseFilterSchema.optional(),
  })
  .strict();
export type ReleaseListInput = z.infer<typeof releaseListInputSchema>;

// --- Pictures ---------------------------------------------------------------------------------

/** Base64 text of at most `bytes` bytes (4 characters per 3 bytes). */
export function base64Schema(bytes: number) {
  return z
    .string()
    .max(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');
}

export const assetSrcSchema = z.string().regex(ASSET_SRC, 'not a library picture');

export interface StoredAsset {
  /** `assets/<sha256>.<ext>`: what an image node stores as its src. */
  src: string;
  mime: string;
  bytes: number;
}

export interface AssetData {
  mime: string;
  /** The picture, base64. */
  data: string;
}

// --- Imports ------------------------------------------------------------------------------

/** Largest file accepted by an import (import.start, the CLI), in bytes. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Longest HTML accepted by import.html (a paste), in characters. */
export const MAX_PASTE_HTML_CHARS = 10_000_000;

export const importFileSchema = z
  .object({
    name: z.string().min(1).max(255),
    data: base64Schema(MAX_IMPORT_FILE_BYTES),
  })
  .strict();

/** Why a file was not imported; the interface explains each in its own language. */
export const IMPORT_PROBLEMS = [
  'unsupported-type',
  'too-large',
  'archive-too-large',
  'damaged',
  'empty',
  /** The converter failed or ran out of the memory an import may use (import jobs). */
  'conversion-failed',
] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];

export interface ImportedRelease {
  id: string;
  title: string;
  date: string;
  kind: ReleaseKind;
  lang: Lang;
}

/** One file's outcome: each file is imported whole or not at all. */
export type ImportOutcome =
  | { name: string; ok: true; releases: ImportedRelease[]; droppedImages: number }
  | { name: string; ok: false; problem: ImportProblem; detail: string };

export interface PastedContent {
  doc: TiptapDoc;
  /** Pictures left out: from the web (they would be fetched, and may track), or unreadable. */
  droppedImages: number;
}

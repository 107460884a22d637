/**
 * Inputs and outputs of the export methods of the contract: the gate shown before an export
 * (export.plan), export jobs with progress and cancel (export.run, .status, .cancel), and the
 * destination folder (export.chooseDestination, export.reveal). contract.ts wires them to
 * method names; main's export engine (src/main/export) produces what they describe.
 */
import { z } from 'zod';
import { idSchema, langSchema, type VariantStatus } from './domain';
import type { ApiError } from './errors';
import type { Lang } from './languages';
import type { Finding } from './review/findings';

/** html, pdf and newsml choose the contents of a package; zip packs them into one file. */
export const EXPORT_FORMATS = ['html', 'pdf', 'newsml', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One batch exports at most this many releases. */
export const MAX_EXPORT_RELEASES = 500;

function unique<T>(items: readonly T[]): boolean {
  return new Set(items).size === items.length;
}

const langListSchema = z
  .array(langSchema)
  .min(1)
  .max(7)
  .refine(unique, 'each language at most once');

export const exportPlanInputSchema = z
  .object({
    id: idSchema,
    /** Languages asked for; every version the release has when omitted. */
    langs: langListSchema.optional(),
  })
  .strict();

export const exportRunInputSchema = z
  .object({
    ids: z
      .array(idSchema)
      .min(1)
      .max(MAX_EXPORT_RELEASES)
      .refine(unique, 'each release at most once'),
    formats: z
      .array(z.enum(EXPORT_FORMATS))
      .min(1)
      .max(EXPORT_FORMATS.length)
      .refine(unique, 'each format at most once'),
    langs: langListSchema.optional(),
    /** Versions to include although the gate leaves them out; the manifest records it. */
    override: langListSchema.optional(),
    /** An absolute folder; the library's exports/ folder when omitted. */
    destination: z
      .string()
      .min(1)
      .max(4096)
      .refine((path) => !path.includes('\0'), 'no NUL characters')
      .optional(),
  })
  .strict();
export type ExportRunInput = z.infer<typeof exportRunInputSchema>;

export const exportJobInputSchema = z.object({ jobId: z.uuid() }).strict();

// --- export.plan ------------------------------------------------------------------------------

/** Why the export gate (src/main/export/gate.ts) leaves a version out. */
export type GateProblem =
  | { code: 'missing' }
  | { code: 'empty'; part: 'title' | 'body' }
  | { code: 'not-approved'; status: string }
  | { code: 'untracked' }
  | { code: 'outdated'; recordedAt: string }
  | { code: 'check-failed'; check: string; message: string };

export interface PlannedLanguage {
  lang: Lang;
  /** Null when the release has no version in this language. */
  status: VariantStatus | null;
  /** Goes in by default: approved, current and passing the blocking checks. */
  included: boolean;
  /** Why it is left out; `check-failed` problems repeat `blocking` as recorded in the manifest. */
  problems: GateProblem[];
  /** Failed checks that leave the version out (numbers, empty, untranslated, wrong language,
   * paragraph count). */
  blocking: Finding[];
  /** Failed checks that are shown but do not leave it out (vocabulary, links). */
  warnings: Finding[];
  /** Left out, but an explicit override may include it (a missing or empty version cannot be). */
  overridable: boolean;
}

/** The embargo still in force at planning time. */
export interface PlannedEmbargo {
  /** Wall-clock time in `timeZone`, e.g. 2024-07-25T10:00. */
  until: string;
  timeZone: string;
  /** "UTC+03:00": the zone's offset when the embargo lifts. */
  utcOffset: string;
}

export interface ExportPlan {
  releaseId: string;
  rev: number;
  sourceLang: Lang;
  /** The source version's title; may be empty. */
  title: string;
  languages: PlannedLanguage[];
  embargo: PlannedEmbargo | null;
  /** Where the package goes unless another folder is chosen. */
  destination: string;
}

// --- export.run, export.status, export.cancel ------------------------------------------------

export type ExportJobState = 'running' | 'done' | 'cancelled';

export interface ExportJobProgress {
  /** 1-based position of the release being exported, out of `releases`. */
  release: number;
  releases: number;
  releaseId: string;
  step: number;
  total: number;
  /** What was just done: "assets", "html ru", "pdf kk", "newsml package", "done"… */
  label: string;
}

export type ExportJobItem =
  | {
      releaseId: string;
      outcome: 'exported';
      /** The zip file or package folder written. */
      path: string;
      included: Lang[];
      overridden: Lang[];
      leftOut: Lang[];
    }
  /** The gate let no version through: nothing was written. */
  | { releaseId: string; outcome: 'blocked'; leftOut: Lang[] }
  | { releaseId: string; outcome: 'failed'; error: ApiError };

export interface ExportJobStatus {
  jobId: string;
  /** `cancelled`: stopped before every release was exported; `items` holds those that were. */
  state: ExportJobState;
  destination: string;
  releases: number;
  progress: ExportJobProgress | null;
  /** One per release finished so far, in order. */
  items: ExportJobItem[];
  startedAt: string;
  finishedAt: string | null;
}

// --- export.reveal, export.chooseDestination -------------------------------------------------

export interface RevealedExport {
  /** The package of a one-release export, else the destination folder. */
  path: string;
  /** Shown in the system's file manager: only the app can; the loopback host only answers. */
  shown: boolean;
}

/**
 * The API contract between the renderer and main: one map from method name to its input
 * schema and output type. Main validates every input against it (src/main/api/dispatch.ts);
 * both transports (Electron IPC and the loopback HTTP host) carry exactly these methods.
 */
import { z } from 'zod';
import { MAX_ASSET_BYTES } from './body-image';
import {
  assetSrcSchema,
  base64Schema,
  MAX_PASTE_HTML_CHARS,
  releaseListInputSchema,
  type AssetData,
  type ImportOutcome,
  type PastedContent,
  type StoredAsset,
} from './drafting-api';
import {
  boilerplateSnippetSchema,
  idSchema,
  isoDateSchema,
  langSchema,
  librarySettingsSchema,
  releaseKindSchema,
  releaseSchema,
  releaseTemplateSchema,
  variantStatusSchema,
  type BoilerplateSnippet,
  type LibrarySettings,
  type QuarantinedFile,
  type Release,
  type ReleaseSummary,
  type ReleaseTemplate,
  type Revision,
  type VocabularyEntry,
} from './domain';
import { letterheadSchema } from './letterhead';
import {
  archiveCreateInputSchema,
  archivePreviewInputSchema,
  importJobInputSchema,
  importStartInputSchema,
  type ArchivePreview,
  type ImportJobStatus,
} from './import-api';
import type { ReleaseReview } from './review/review-report';
import type { RevisionSummary } from './review/revision-summary';
import type { VersionDiff } from './review/version-diff';
import {
  exportJobInputSchema,
  exportPlanInputSchema,
  exportRunInputSchema,
  type ExportJobStatus,
  type ExportPlan,
  type RevealedExport,
} from './export-api';
import {
  approvalOverrideSchema,
  commentTextSchema,
  NEW_VERSION_MODES,
  releaseRefShape,
} from './review-api';
import type { ApprovalCheck } from './review/approval';
import {
  vocabularyEntryInputSchema,
  vocabularyFormatSchema,
  vocabularyImportInputSchema,
  vocabularyMergeInputSchema,
  type SearchStatus,
  type VocabularyChange,
  type VocabularyImportOutcome,
  type VocabularySaved,
  type VocabularyUsage,
} from './search-api';
import { searchQuerySchema, type SearchResult } from './search/query';
import { keepCopyInputSchema } from './merge/conflict-copies';

/** Phantom marker carrying a method's output type; it has no runtime value. */
function returns<T>(): T {
  return undefined as T;
}

function method<I extends z.ZodType, O>(input: I, output: O) {
  return { input, output };
}

export interface LibraryInfo {
  /** Absolute path of the library folder. */
  path: string;
  isDefault: boolean;
  schemaVersion: number;
  releaseCount: number;
  /** Files found unreadable and moved to quarantine/, newest first. */
  quarantined: QuarantinedFile[];
  /** Set when the library was migrated on open: where the pre-migration backup lies. */
  migratedFrom: { version: number; backup: string } | null;
}

/** One page of the release list, in the order asked for (newest first by default). */
export interface ReleasePage {
  total: number;
  offset: number;
  rows: ReleaseSummary[];
}

const empty = z.object({}).strict();

// --- Settings patch: the letterhead without its file default, so that a patch of another
// setting never resets it (a partial of a defaulted field would fill the default in).
const settingsPatchSchema = librarySettingsSchema
  .extend({ letterhead: letterheadSchema })
  .partial()
  .strict();

export const contract = {
  'library.info': method(empty, returns<LibraryInfo>()),
  'library.open': method(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    returns<LibraryInfo>(),
  ),
  'library.dismissQuarantined': method(
    z.object({ files: z.array(z.string().min(1).max(1024)).min(1).max(1000) }).strict(),
    returns<LibraryInfo>(),
  ),
  'settings.get': method(empty, returns<LibrarySettings>()),
  'settings.update': method(settingsPatchSchema, returns<LibrarySettings>()),
  'releases.list': method(releaseListInputSchema, returns<ReleasePage>()),
  'releases.get': method(z.object({ id: idSchema }).strict(), returns<Release>()),
  'releases.create': method(
    z
      .object({
        kind: releaseKindSchema,
        sourceLang: langSchema,
        title: z.string().max(1000).optional(),
        date: isoDateSchema.optional(),
        /** Start from the kind's template (structure, issuer, boilerplate, contacts). */
        template: z.boolean().optional(),
      })
      .strict(),
    returns<Release>(),
  ),
  'releases.save': method(
    z
      .object({
        release: releaseSchema,
        /** A typo fix in the source: translations current before it stay current. */
        minorSourceEdit: z.boolean().optional(),
      })
      .strict(),
    returns<Release>(),
  ),
  'releases.delete': method(z.object({ id: idSchema }).strict(), returns<{ id: string }>()),
  'vocabulary.list': method(empty, returns<VocabularyEntry[]>()),

  // --- Drafting: checkpoints, templates, boilerplate, pictures, imports --------------------
  'releases.checkpoint': method(
    z.object({ id: idSchema, lang: langSchema }).strict(),
    returns<Revision>(),
  ),
  'templates.list': method(empty, returns<ReleaseTemplate[]>()),
  'templates.save': method(
    z.object({ template: releaseTemplateSchema }).strict(),
    returns<ReleaseTemplate[]>(),
  ),
  'templates.reset': method(
    z.object({ kind: releaseKindSchema }).strict(),
    returns<ReleaseTemplate[]>(),
  ),
  'snippets.list': method(empty, returns<BoilerplateSnippet[]>()),
  'snippets.save': method(
    z.object({ snippet: boilerplateSnippetSchema }).strict(),
    returns<BoilerplateSnippet[]>(),
  ),
  'snippets.delete': method(z.object({ id: idSchema }).strict(), returns<BoilerplateSnippet[]>()),
  'assets.put': method(
    z.object({ data: base64Schema(MAX_ASSET_BYTES) }).strict(),
    returns<StoredAsset>(),
  ),
  'assets.get': method(z.object({ src: assetSrcSchema }).strict(), returns<AssetData>()),
  'import.html': method(
    z.object({ html: z.string().max(MAX_PASTE_HTML_CHARS) }).strict(),
    returns<PastedContent>(),
  ),
  // Import jobs: files converted off main's event loop, with progress and cancel.
  'import.start': method(importStartInputSchema, returns<ImportJobStatus>()),
  'import.status': method(importJobInputSchema, returns<ImportJobStatus>()),
  'import.cancel': method(importJobInputSchema, returns<ImportJobStatus>()),
  // Text archives: the cut is previewed and corrected before anything is created.
  'import.previewArchive': method(archivePreviewInputSchema, returns<ArchivePreview>()),
  'import.createArchive': method(archiveCreateInputSchema, returns<ImportOutcome>()),

  // --- Review: language versions, status, comments, revision history ----------------------
  'review.get': method(z.object({ id: idSchema }).strict(), returns<ReleaseReview>()),
  'review.addLanguage': method(
    z
      .object({ ...releaseRefShape, lang: langSchema, mode: z.enum(NEW_VERSION_MODES) })
      .strict(),
    returns<Release>(),
  ),
  'review.markUpToDate': method(
    z.object({ ...releaseRefShape, lang: langSchema }).strict(),
    returns<Release>(),
  ),
  'review.setStatus': method(
    z
      .object({
        ...releaseRefShape,
        lang: langSchema,
        status: variantStatusSchema,
        /** Approving despite open blocking findings or comments: those accepted (see below). */
        override: approvalOverrideSchema.optional(),
      })
      .strict(),
    returns<Release>(),
  ),
  // Approval guard: what an approval must accept, and whether four-eyes review allows it.
  'review.approvalCheck': method(
    z.object({ id: idSchema, lang: langSchema }).strict(),
    returns<ApprovalCheck>(),
  ),
  'review.setSourceLanguage': method(
    z.object({ ...releaseRefShape, lang: langSchema }).strict(),
    returns<Release>(),
  ),
  'comments.add': method(
    z
      .object({
        ...releaseRefShape,
        lang: langSchema,
        paragraph: z.number().int().min(0).max(100_000),
        text: commentTextSchema,
      })
      .strict(),
    returns<Release>(),
  ),
  'comments.resolve': method(
    z.object({ ...releaseRefShape, commentId: idSchema }).strict(),
    returns<Release>(),
  ),
  'revisions.list': method(
    z.object({ id: idSchema, lang: langSchema.optional() }).strict(),
    returns<RevisionSummary[]>(),
  ),
  'revisions.get': method(
    z.object({ id: idSchema, revisionId: idSchema }).strict(),
    returns<Revision>(),
  ),
  'revisions.autosave': method(z.object({ id: idSchema }).strict(), returns<RevisionSummary[]>()),
  // A copy set aside when a conflict between two windows was settled (the losing side).
  'revisions.keepCopy': method(
    keepCopyInputSchema,
    returns<RevisionSummary[]>(),
  ),
  'revisions.restore': method(
    z.object({ ...releaseRefShape, revisionId: idSchema }).strict(),
    returns<Release>(),
  ),
  'revisions.diff': method(
    z.object({ id: idSchema, from: idSchema, to: idSchema.nullable() }).strict(),
    returns<VersionDiff>(),
  ),

  // --- Export: the gate before, jobs with progress and cancel, the destination folder -------
  'export.plan': method(exportPlanInputSchema, returns<ExportPlan>()),
  'export.run': method(exportRunInputSchema, returns<ExportJobStatus>()),
  'export.status': method(exportJobInputSchema, returns<ExportJobStatus>()),
  'export.cancel': method(exportJobInputSchema, returns<ExportJobStatus>()),
  'export.reveal': method(exportJobInputSchema, returns<RevealedExport>()),
  'export.chooseDestination': method(empty, returns<{ path: string | null }>()),

  // --- Search and vocabulary: the search box, tags, the vocabulary screen ------------------
  'search.query': method(searchQuerySchema, returns<SearchResult>()),
  'search.status': method(empty, returns<SearchStatus>()),
  'vocabulary.usage': method(empty, returns<VocabularyUsage>()),
  'vocabulary.save': method(
    z.object({ entry: vocabularyEntryInputSchema }).strict(),
    returns<VocabularySaved>(),
  ),
  'vocabulary.merge': method(vocabularyMergeInputSchema, returns<VocabularyChange>()),
  'vocabulary.deletePreview': method(
    z.object({ id: idSchema }).strict(),
    returns<{ affected: number }>(),
  ),
  'vocabulary.delete': method(z.object({ id: idSchema }).strict(), returns<VocabularyChange>()),
  'vocabulary.import': method(vocabularyImportInputSchema, returns<VocabularyImportOutcome>()),
  'vocabulary.export': method(
    z.object({ format: vocabularyFormatSchema }).strict(),
    returns<{ content: string }>(),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/**
 * Domain schemas of the library's files. Types are inferred from the schemas so that the
 * validator and the type can never drift apart. Every shape here is on disk: changing one
 * needs a migration (src/main/library/migrations.ts).
 */
import { FIELD_LIMITS } from './field-limits';
import { z } from 'zod';
import { LANGS, UI_LANGS } from './languages';
import { defaultSnippets, defaultTemplates } from './drafting-defaults';
import { isKnownTimeZone } from './zoned-time';
import { emptyLetterhead, letterheadSchema } from './letterhead';

export const SCHEMA_VERSION = 1;

export const langSchema = z.enum(LANGS);
export const uiLangSchema = z.enum(UI_LANGS);

export const RELEASE_KINDS = [
  'press-release',
  'news',
  'statement',
  'interview',
  'media-advisory',
] as const;
export const releaseKindSchema = z.enum(RELEASE_KINDS);
export type ReleaseKind = z.infer<typeof releaseKindSchema>;

export const VARIANT_STATUSES = ['draft', 'in-review', 'changes-requested', 'approved'] as const;
export const variantStatusSchema = z.enum(VARIANT_STATUSES);
export type VariantStatus = z.infer<typeof variantStatusSchema>;

/** Release ids are also file names: keep them to a safe alphabet. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'an id is 3–64 lowercase letters, digits or dashes');

export const isoDateSchema = z.iso.date();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A tiptap/ProseMirror node as stored: the JSON is the source of truth, HTML only an export. */
export interface TiptapMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: TiptapMark[];
  text?: string;
}
const markSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});
export const tiptapNodeSchema: z.ZodType<TiptapNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(tiptapNodeSchema).max(100_000).optional(),
    marks: z.array(markSchema).max(32).optional(),
    text: z.string().max(1_000_000).optional(),
  }),
);
export const tiptapDocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(tiptapNodeSchema).max(100_000).optional(),
});
export type TiptapDoc = z.infer<typeof tiptapDocSchema>;

export const statusChangeSchema = z.object({
  status: variantStatusSchema,
  by: z.string().max(200),
  at: isoDateTimeSchema,
  /** An approval given despite open blocking findings or comments: what was set aside. */
  override: z
    .object({
      findings: z
        .array(z.object({ check: z.string().min(1).max(64), count: z.number().int().min(1) }))
        .max(50),
      comments: z.array(idSchema).max(10_000),
    })
    .optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** Fingerprints of each source paragraph when this translation was last brought up to date. */
export const sourceBaseSchema = z.object({
  sourceLang: langSchema,
  paragraphs: z.array(z.string().max(128)).max(100_000),
  /** Fingerprints of the source title and lead (optional: files written before them stay valid). */
  title: z.string().max(128).optional(),
  lead: z.string().max(128).optional(),
  /** The source-language Revision holding the text the fingerprints were taken of. */
  sourceRevisionId: idSchema.optional(),
  recordedAt: isoDateTimeSchema,
});
export type SourceBase = z.infer<typeof sourceBaseSchema>;

export const contactSchema = z.object({
  name: z.string().max(FIELD_LIMITS.contactName),
  role: z.string().max(FIELD_LIMITS.contactRole),
  phone: z.string().max(FIELD_LIMITS.contactPhone),
  email: z.string().max(FIELD_LIMITS.contactEmail),
});
export type Contact = z.infer<typeof contactSchema>;

/** What a translation writes of one contact in its own language. */
export const contactLabelSchema = contactSchema.pick({ name: true, role: true });
export type ContactLabel = z.infer<typeof contactLabelSchema>;

// --- Team libraries (src/main/sync): concurrent edits of one version that a merge kept apart.
/** Who wrote one side of a merge: the author's name and the device the edit was made on. */
export const editorSchema = z.object({
  name: z.string().max(200),
  device: z.string().max(200),
});
export type Editor = z.infer<typeof editorSchema>;
const conflictSideBase = editorSchema.extend({ at: isoDateTimeSchema });
const textConflictSideSchema = conflictSideBase.extend({ text: z.string().max(FIELD_LIMITS.lead) });
const bodyConflictSideSchema = conflictSideBase.extend({
  blocks: z.array(tiptapNodeSchema).max(10_000),
  /** paragraphFingerprints of these blocks, to find them in the body again after edits. */
  fingerprints: z.array(z.string().max(128)).max(10_000),
});
export const PARAGRAPH_CONFLICT_TEXTS = ['title', 'lead', 'datelinePlace', 'issuer'] as const;
/**
 * One place both sides changed differently: both texts with who wrote them. The version holds
 * sides[0]'s text there until someone chooses or edits; body conflicts name the first of those
 * blocks (`block`), counted in the version's body.
 */
export const paragraphConflictSchema = z.discriminatedUnion('field', [
  z.object({
    id: idSchema,
    field: z.enum(PARAGRAPH_CONFLICT_TEXTS),
    base: z.string().max(FIELD_LIMITS.lead),
    sides: z.tuple([textConflictSideSchema, textConflictSideSchema]),
  }),
  z.object({
    id: idSchema,
    field: z.literal('body'),
    block: z.number().int().min(0),
    base: z.array(tiptapNodeSchema).max(10_000),
    sides: z.tuple([bodyConflictSideSchema, bodyConflictSideSchema]),
  }),
]);
export type ParagraphConflict = z.infer<typeof paragraphConflictSchema>;
/** An approval merged with text changed elsewhere: the version reads as needs-update. */
export const approvalOutdatedSchema = z.object({
  /** `at` of the approval this concerns; a later approval clears the mark. */
  approvedAt: isoDateTimeSchema,
  /** Who changed the text the approval did not see. */
  changedBy: editorSchema,
});
// --- end team libraries

export const variantSchema = z.object({
  lang: langSchema,
  title: z.string().max(FIELD_LIMITS.title),
  lead: z.string().max(FIELD_LIMITS.lead),
  body: tiptapDocSchema,
  datelinePlace: z.string().max(FIELD_LIMITS.datelinePlace),
  status: variantStatusSchema,
  statusHistory: z.array(statusChangeSchema),
  sourceBase: sourceBaseSchema.nullable(),
  updatedAt: isoDateTimeSchema,
  // --- Per-language signature and contacts (optional: files written before them stay valid).
  // A translation's own issuer/signature and the name and role of each release contact, in
  // the same order as the release's contacts. Absent or blank, the source's value stands in
  // (shared/version-metadata.ts) and the checks say so. The source version uses the
  // release-wide `issuer` and `contacts`; phone and e-mail are the same in every language.
  issuer: z.string().max(FIELD_LIMITS.issuer).optional(),
  contacts: z.array(contactLabelSchema).max(50).optional(),
  /** Who last changed the text (optional: versions saved before it was recorded lack it). */
  editedBy: z.string().max(200).optional(),
  // --- Team libraries (optional: versions never merged lack them).
  conflicts: z.array(paragraphConflictSchema).max(1000).optional(),
  approvalOutdated: approvalOutdatedSchema.optional(),
});
export type Variant = z.infer<typeof variantSchema>;

export const embargoSchema = z.object({
  /** Local wall-clock time in `timeZone`, e.g. 2024-07-25T10:00. */
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  // A zone the runtime does not know makes every date function throw (aliases such as
  // "Europe/Kiev" are known, though Intl.supportedValuesOf omits them).
  timeZone: z.string().min(1).max(64).refine(isKnownTimeZone, 'not a known time zone'),
});
export type Embargo = z.infer<typeof embargoSchema>;

export const commentSchema = z.object({
  id: idSchema,
  lang: langSchema,
  /** Index of the paragraph the note is anchored to, counted as in review/paragraphs.ts. */
  paragraph: z.number().int().min(0),
  /** The paragraph's text when commented, so the anchor can be found again after edits. */
  quote: z.string().max(2000),
  author: z.string().max(200),
  text: z.string().min(1).max(10_000),
  createdAt: isoDateTimeSchema,
  resolvedAt: isoDateTimeSchema.nullable(),
  resolvedBy: z.string().max(200).nullable(),
});
export type Comment = z.infer<typeof commentSchema>;

export const variantsSchema = z.partialRecord(langSchema, variantSchema);

export const releaseSchema = z
  .object({
    id: idSchema,
    /** Incremented by every save; a save must name the revision it was based on. */
    rev: z.number().int().min(1),
    kind: releaseKindSchema,
    sourceLang: langSchema,
    date: isoDateSchema,
    embargo: embargoSchema.nullable(),
    issuer: z.string().max(FIELD_LIMITS.issuer),
    contacts: z.array(contactSchema).max(50),
    tags: z.array(idSchema).max(500),
    boilerplate: z.partialRecord(langSchema, z.string().max(FIELD_LIMITS.boilerplate)),
    variants: variantsSchema,
    comments: z.array(commentSchema).max(10_000),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .refine((r) => r.variants[r.sourceLang] !== undefined, {
    message: 'a release must have a version in its source language',
    path: ['variants'],
  })
  .refine((r) => Object.entries(r.variants).every(([lang, v]) => v?.lang === lang), {
    message: 'each version must be filed under its own language',
    path: ['variants'],
  });
export type Release = z.infer<typeof releaseSchema>;

/** The file releases/<id>.json. */
export const releaseFileSchema = z.object({
  schemaVersion: z.number().int().min(1),
  release: releaseSchema,
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

export const REVISION_REASONS = [
  'checkpoint',
  'status',
  'restore',
  'autosave',
  // The side set aside when two windows' edits of one release were settled in a conflict.
  'conflict-mine',
  'conflict-theirs',
  // One side of a same-language merge when two libraries' edits met in a team sync.
  'sync-side',
] as const;
export const revisionSchema = z.object({
  id: idSchema,
  releaseId: idSchema,
  lang: langSchema,
  reason: z.enum(REVISION_REASONS),
  createdAt: isoDateTimeSchema,
  author: z.string().max(200),
  /** The release revision this snapshot was taken from. */
  releaseRev: z.number().int().min(1),
  variant: variantSchema,
});
export type Revision = z.infer<typeof revisionSchema>;

export const VOCABULARY_TYPES = ['person', 'organisation', 'place', 'event', 'topic'] as const;
export const vocabularyEntrySchema = z.object({
  id: idSchema,
  type: z.enum(VOCABULARY_TYPES),
  labels: z.partialRecord(langSchema, z.string().min(1).max(500)),
  aliases: z.partialRecord(langSchema, z.array(z.string().min(1).max(200)).max(50)),
});
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

// --- Drafting: templates and boilerplate snippets, kept in library.json ---------------------

/** A reusable boilerplate text ("About the press centre") in as many languages as needed. */
export const boilerplateSnippetSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  texts: z.partialRecord(langSchema, z.string().max(20_000)),
});
export type BoilerplateSnippet = z.infer<typeof boilerplateSnippetSchema>;

/** What a template gives a new version in one language. */
export const templateVersionSchema = z.object({
  title: z.string().max(FIELD_LIMITS.title),
  lead: z.string().max(FIELD_LIMITS.lead),
  /** The structure the text starts from: headings, empty paragraphs, a quotation. */
  body: tiptapDocSchema,
  datelinePlace: z.string().max(FIELD_LIMITS.datelinePlace),
  issuer: z.string().max(FIELD_LIMITS.issuer),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

/** How a new release of one kind starts. */
export const releaseTemplateSchema = z.object({
  kind: releaseKindSchema,
  versions: z.partialRecord(langSchema, templateVersionSchema),
  /** The boilerplate snippet a new release gets, in every language the snippet has. */
  snippetId: idSchema.nullable(),
  contacts: z.array(contactSchema).max(50),
});
export type ReleaseTemplate = z.infer<typeof releaseTemplateSchema>;

export const librarySettingsSchema = z.object({
  uiLanguage: uiLangSchema,
  /** Name recorded on status changes and revisions. */
  userName: z.string().max(200),
  /** Four-eyes review: the approver must differ from the last editor and the submitter. */
  fourEyes: z.boolean().optional(),
  // Added with the letterhead: a file written before it reads as having none.
  letterhead: letterheadSchema.default(emptyLetterhead),
});
export type LibrarySettings = z.infer<typeof librarySettingsSchema>;

/** The file library.json: small, rewritten rarely (settings and vocabulary edits). */
export const libraryFileSchema = z.object({
  schemaVersion: z.number().int().min(1),
  createdAt: isoDateTimeSchema,
  settings: librarySettingsSchema,
  vocabulary: z.array(vocabularyEntrySchema),
  // Added with templates: a file written before them reads as holding the defaults.
  templates: z.array(releaseTemplateSchema).max(RELEASE_KINDS.length).default(defaultTemplates),
  snippets: z.array(boilerplateSnippetSchema).max(500).default(defaultSnippets),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;

/** One row of the release index: what the list needs without opening the release file. */
export const releaseSummarySchema = z.object({
  id: idSchema,
  rev: z.number().int().min(1),
  kind: releaseKindSchema,
  sourceLang: langSchema,
  date: isoDateSchema,
  embargoUntil: z.string().nullable(),
  titles: z.partialRecord(langSchema, z.string()),
  statuses: z.partialRecord(langSchema, variantStatusSchema),
  /** Approved translations whose source changed since (see review/needs-update.ts). */
  needsUpdate: z.array(langSchema).optional(),
  tags: z.array(idSchema),
  updatedAt: isoDateTimeSchema,
});
export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

export interface QuarantinedFile {
  /** Path relative to the library folder, where the file now lies. */
  file: string;
  /** Where it was found. */
  original: string;
  reason: string;
  at: string;
}

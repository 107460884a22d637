/**
 * The project's own demo content: a few releases and a tag vocabulary that a new library can be
 * filled with, and that the tests use as fixtures (tests/fixtures/index.ts re-exports them).
 *
 * Releases are written in a compact seed format (title, lead and plain-text paragraphs per
 * language) under resources/demo/, imported statically so that the main-process build bundles
 * them, and converted here into full domain releases. Every seed and every converted release is
 * validated, so a broken demo file fails loudly in the tests rather than quietly in the app.
 */
import { z } from 'zod';
import {
  contactLabelSchema,
  contactSchema,
  embargoSchema,
  idSchema,
  isoDateSchema,
  langSchema,
  releaseKindSchema,
  releaseSchema,
  variantStatusSchema,
  vocabularyEntrySchema,
  type ReleaseKind,
  type Release,
  type TiptapDoc,
  type TiptapNode,
  type Variant,
  type VariantStatus,
  type VocabularyEntry,
} from '@shared/domain';
import { LANGS } from '@shared/languages';
import accreditationSeed from '../../../resources/demo/releases/accreditation-combat-brotherhood-2023.json';
import combatBrotherhoodSeed from '../../../resources/demo/releases/combat-brotherhood-2023.json';
import diplomacySchoolSeed from '../../../resources/demo/releases/diplomacy-school-2024.json';
import vocabularyJson from '../../../resources/demo/vocabulary.json';

/** Recorded as the author of the demo releases' status changes. */
export const SEED_AUTHOR = 'Press Office demo';

/** One language version of a seed: plain text, one string per paragraph. */
export const seedVariantSchema = z
  .object({
    title: z.string().min(1).max(1000),
    lead: z.string().max(10_000),
    paragraphs: z.array(z.string().max(100_000)).min(1).max(10_000),
  })
  .strict();
export type SeedVariant = z.infer<typeof seedVariantSchema>;

export const releaseSeedSchema = z
  .object({
    id: idSchema,
    kind: releaseKindSchema,
    sourceLang: langSchema,
    date: isoDateSchema,
    issuer: z.string().max(500),
    /** The translations' own signatures; the source's is `issuer`. */
    signatures: z.partialRecord(langSchema, z.string().min(1).max(500)).optional(),
    /** The translations' own names and roles of `contacts`, in the same order. */
    contactLabels: z.partialRecord(langSchema, z.array(contactLabelSchema).max(50)).optional(),
    /** Dateline place per language. */
    place: z.partialRecord(langSchema, z.string().min(1).max(200)),
    embargo: embargoSchema.nullable().optional(),
    /** Status of every version; defaults by kind (see defaultSeedStatus). */
    status: variantStatusSchema.optional(),
    contacts: z.array(contactSchema).max(50).optional(),
    /** Vocabulary ids the text mentions, written out explicitly. */
    tags: z.array(idSchema).max(500).optional(),
    variants: z.partialRecord(langSchema, seedVariantSchema),
  })
  .strict()
  .refine((s) => s.variants[s.sourceLang] !== undefined, {
    message: 'a seed must have a version in its source language',
    path: ['variants'],
  })
  .refine((s) => Object.keys(s.variants).every((lang) => s.place[lang as keyof typeof s.place]), {
    message: 'a seed must name the dateline place in every language it has',
    path: ['place'],
  });
export type ReleaseSeed = z.infer<typeof releaseSeedSchema>;

export const vocabularySeedSchema = z.array(vocabularyEntrySchema);

/** Statements and advisories start as drafts; news and press releases come approved. */
export function defaultSeedStatus(kind: ReleaseKind): VariantStatus {
  return kind === 'statement' || kind === 'media-advisory' ? 'draft' : 'approved';
}

/** Plain-text paragraphs as a tiptap document; an empty paragraph has no content. */
export function paragraphsToDoc(paragraphs: readonly string[]): TiptapDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text): TiptapNode =>
      text === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text }] },
    ),
  };
}

export function seedToRelease(seed: ReleaseSeed, now: Date): Release {
  const at = now.toISOString();
  const status = seed.status ?? defaultSeedStatus(seed.kind);
  const variants: Release['variants'] = {};
  // In the UI's language order, whatever order the file lists them in.
  for (const lang of LANGS) {
    const v = seed.variants[lang];
    if (!v) continue;
    const variant: Variant = {
      lang,
      title: v.title,
      lead: v.lead,
      body: paragraphsToDoc(v.paragraphs),
      datelinePlace: seed.place[lang] ?? seed.place[seed.sourceLang] ?? '',
      status,
      statusHistory: [{ status, by: SEED_AUTHOR, at }],
      // Fingerprints of the source are recorded by the translation tracker, not by the seed.
      sourceBase: null,
      updatedAt: at,
    };
    const signature = lang === seed.sourceLang ? undefined : seed.signatures?.[lang];
    if (signature) variant.issuer = signature;
    const labels = lang === seed.sourceLang ? undefined : seed.contactLabels?.[lang];
    if (labels) variant.contacts = labels.map((c) => ({ ...c }));
    variants[lang] = variant;
  }
  return {
    id: seed.id,
    rev: 1,
    kind: seed.kind,
    sourceLang: seed.sourceLang,
    date: seed.date,
    embargo: seed.embargo ?? null,
    issuer: seed.issuer,
    contacts: (seed.contacts ?? []).map((c) => ({ ...c })),
    tags: [...(seed.tags ?? [])],
    boilerplate: {},
    variants,
    comments: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** The demo seeds as written, validated; newest first. */
export function demoSeeds(): ReleaseSeed[] {
  return [diplomacySchoolSeed, combatBrotherhoodSeed, accreditationSeed].map((raw) =>
    releaseSeedSchema.parse(raw),
  );
}

export interface DemoContent {
  releases: Release[];
  vocabulary: VocabularyEntry[];
}

/** Fresh copies of the demo releases and vocabulary; each call returns new objects. */
export function demoContent(now: Date = new Date()): DemoContent {
  return {
    releases: demoSeeds().map((seed) => releaseSchema.parse(seedToRelease(seed, now))),
    vocabulary: vocabularySeedSchema.parse(vocabularyJson),
  };
}

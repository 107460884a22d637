/**
 * A release as replicated documents, and back (pure). The split keeps people out of each
 * other's way (docs/ARCHITECTURE.md, "Team libraries"): the metadata, each language version
 * and each comment is its own document, so a translator's kk edit, an editor's comment and the
 * drafter's metadata change never touch the same document. `rev` and `updatedAt` change on
 * every save, whoever saves; they live in a small clock document whose conflicts settle by
 * themselves (see mergeClocks), so they never make two unrelated edits collide.
 */
import { z } from 'zod';
import {
  commentSchema,
  editorSchema,
  isoDateTimeSchema,
  releaseSchema,
  variantSchema,
  type Comment,
  type Editor,
  type Release,
  type Variant,
} from '@shared/domain';
import { LANGS } from '@shared/languages';

// The metadata fields are validated exactly as in a release file.
const release = releaseSchema.shape;
export const metaBodySchema = z.object({
  type: z.literal('release-meta'),
  id: release.id,
  kind: release.kind,
  sourceLang: release.sourceLang,
  date: release.date,
  embargo: release.embargo,
  issuer: release.issuer,
  contacts: release.contacts,
  tags: release.tags,
  boilerplate: release.boilerplate,
  createdAt: release.createdAt,
});
export const clockBodySchema = z.object({
  type: z.literal('release-clock'),
  rev: z.number().int().min(1),
  updatedAt: isoDateTimeSchema,
});
/** One library's edit of a version, as it met another's in a merge. */
export const variantSideSchema = z.object({ variant: variantSchema, editor: editorSchema });
/**
 * `editor`: who made this revision and on which device, named in a merge's conflicts.
 * `sides`: on a merge's revision, the edits it merged, so that every library, not only the one
 * that settled the conflict, keeps both in its history.
 */
export const variantBodySchema = z.object({
  type: z.literal('release-variant'),
  variant: variantSchema,
  editor: editorSchema.optional(),
  sides: z.array(variantSideSchema).max(32).optional(),
});
export const commentBodySchema = z.object({
  type: z.literal('release-comment'),
  comment: commentSchema,
});

export type MetaBody = z.infer<typeof metaBodySchema>;
export type ClockBody = z.infer<typeof clockBodySchema>;
export type VariantBody = z.infer<typeof variantBodySchema>;
export type VariantSide = z.infer<typeof variantSideSchema>;
export type CommentBody = z.infer<typeof commentBodySchema>;
export type ReleaseDocBody = MetaBody | ClockBody | VariantBody | CommentBody;

/** Every document of release `id` has an _id starting with this prefix. */
export const releasePrefix = (id: string) => `release:${id}:`;
export const metaId = (id: string) => `${releasePrefix(id)}meta`;
export const clockId = (id: string) => `${releasePrefix(id)}clock`;
export const variantId = (id: string, lang: string) => `${releasePrefix(id)}variant:${lang}`;
export const commentId = (id: string, comment: string) => `${releasePrefix(id)}comment:${comment}`;

/** The release id named by a document id, or null for documents that are not a release's. */
export function releaseIdOf(docId: string): string | null {
  const match = /^release:([a-z0-9][a-z0-9-]{2,63}):/.exec(docId);
  return match ? match[1]! : null;
}

/** The schema a document with this _id must match. */
export function schemaFor(docId: string): z.ZodType<ReleaseDocBody> | null {
  const id = releaseIdOf(docId);
  if (id === null) return null;
  const rest = docId.slice(releasePrefix(id).length);
  if (rest === 'meta') return metaBodySchema;
  if (rest === 'clock') return clockBodySchema;
  if (rest.startsWith('variant:')) return variantBodySchema;
  if (rest.startsWith('comment:')) return commentBodySchema;
  return null;
}

/**
 * The documents of one release, keyed by _id. `author` names a language version's revision
 * where the version does not say who edited it (editedBy).
 */
export function releaseToDocs(release: Release, author?: Editor): Map<string, ReleaseDocBody> {
  const docs = new Map<string, ReleaseDocBody>();
  docs.set(metaId(release.id), {
    type: 'release-meta',
    id: release.id,
    kind: release.kind,
    sourceLang: release.sourceLang,
    date: release.date,
    embargo: release.embargo,
    issuer: release.issuer,
    contacts: release.contacts,
    tags: release.tags,
    boilerplate: release.boilerplate,
    createdAt: release.createdAt,
  });
  docs.set(clockId(release.id), {
    type: 'release-clock',
    rev: release.rev,
    updatedAt: release.updatedAt,
  });
  for (const lang of LANGS) {
    const variant = release.variants[lang];
    if (!variant) continue;
    const editor = author && { ...author, name: variant.editedBy || author.name };
    docs.set(variantId(release.id, lang), {
      type: 'release-variant',
      variant,
      ...(editor ? { editor } : {}),
    });
  }
  for (const comment of release.comments) {
    docs.set(commentId(release.id, comment.id), { type: 'release-comment', comment });
  }
  return docs;
}

/**
 * The release the documents make, validated with the same schema as a release file; key
 * order is fixed (languages in LANGS order, comments by creation) so that every library
 * writes the same bytes for the same documents.
 */
export function docsToRelease(
  docs: Iterable<ReleaseDocBody>,
): { ok: true; release: Release } | { ok: false; reason: string } {
  let meta: MetaBody | undefined;
  let clock: ClockBody | undefined;
  const variants = new Map<string, Variant>();
  const comments: Comment[] = [];
  for (const doc of docs) {
    if (doc.type === 'release-meta') meta = doc;
    else if (doc.type === 'release-clock') clock = doc;
    else if (doc.type === 'release-variant') variants.set(doc.variant.lang, doc.variant);
    else comments.push(doc.comment);
  }
  if (!meta) return { ok: false, reason: 'the release has no metadata document' };
  if (!clock) return { ok: false, reason: 'the release has no clock document' };
  comments.sort((a, b) =>
    a.createdAt === b.createdAt ? cmp(a.id, b.id) : cmp(a.createdAt, b.createdAt),
  );
  const { type: _type, createdAt, ...rest } = meta;
  const candidate = {
    ...rest,
    rev: clock.rev,
    variants: Object.fromEntries(
      LANGS.flatMap((lang) => (variants.has(lang) ? [[lang, variants.get(lang)]] : [])),
    ),
    comments,
    createdAt,
    updatedAt: clock.updatedAt,
  };
  const parsed = releaseSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: issue ? `${issue.path.join('.') || 'release'}: ${issue.message}` : 'invalid',
    };
  }
  return { ok: true, release: parsed.data };
}

/**
 * Concurrent clocks settle by themselves: a rev above every side's (so a save based on any of
 * them is refused as stale, never silently overwriting) and the latest updatedAt. The result
 * depends only on the set of sides, so every library settling the same conflict agrees.
 */
export function mergeClocks(clocks: readonly ClockBody[]): ClockBody {
  return {
    type: 'release-clock',
    rev: Math.max(...clocks.map((c) => c.rev)) + 1,
    updatedAt: clocks
      .map((c) => c.updatedAt)
      .reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)),
  };
}

/** The part of a document that reaches the release file (a version's editor does not). */
export function fileContent(body: ReleaseDocBody): unknown {
  return body.type === 'release-variant' ? body.variant : body;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The revision history of each language version: listing, explicit and periodic checkpoints,
 * word diffs between any two states, and restore. Nothing is overwritten: a restore appends
 * the restored state as a new revision, after checkpointing the state it replaces if no
 * revision holds it yet. Only automatic revisions a newer one makes redundant are ever removed.
 */
import type { Release, Revision, Variant } from '@shared/domain';
import type { ConflictSide } from '@shared/merge/conflict-copies';
import type { Lang } from '@shared/languages';
import { summarizeRevision, type RevisionSummary } from '@shared/review/revision-summary';
import { applyEditRule, contentChanged } from '@shared/review/status';
import { diffVersions, type VersionDiff } from '@shared/review/version-diff';
import { AppError } from '../errors';
import {
  authorOf,
  loadAt,
  versionOf,
  withVersion,
  type ReleaseRef,
  type ReviewContext,
} from './context';
import { PRUNE_BATCH, redundantAutosaves } from './autosave-pruning';
import { latestOf, record } from './revisions';

/** Newest first; one language, or all. */
export async function listHistory(
  ctx: ReviewContext,
  releaseId: string,
  lang?: Lang,
): Promise<RevisionSummary[]> {
  await ctx.library.getRelease(releaseId);
  const revisions = await ctx.library.listRevisions(releaseId);
  return revisions
    .filter((r) => lang === undefined || r.lang === lang)
    .map(summarizeRevision)
    .reverse();
}

export async function getRevision(
  ctx: ReviewContext,
  releaseId: string,
  revisionId: string,
): Promise<Revision> {
  return find(await ctx.library.listRevisions(releaseId), releaseId, revisionId);
}

/** An explicit checkpoint of the version as stored. */
export async function checkpoint(
  ctx: ReviewContext,
  releaseId: string,
  lang: Lang,
): Promise<RevisionSummary> {
  const release = await ctx.library.getRelease(releaseId);
  return summarizeRevision(await record(ctx, release, lang, 'checkpoint'));
}

/**
 * A periodic checkpoint of every version whose content changed since its latest revision;
 * automatic revisions that have become redundant (see autosave-pruning.ts) go, in batches.
 */
export async function autosave(ctx: ReviewContext, releaseId: string): Promise<RevisionSummary[]> {
  const release = await ctx.library.getRelease(releaseId);
  const revisions = await ctx.library.listRevisions(releaseId);
  const saved: RevisionSummary[] = [];
  for (const variant of Object.values(release.variants)) {
    if (!variant) continue;
    const latest = latestOf(revisions, variant.lang);
    if (latest && !contentChanged(latest.variant, variant)) continue;
    saved.push(summarizeRevision(await record(ctx, release, variant.lang, 'autosave')));
  }
  const redundant = redundantAutosaves(revisions, release, ctx.now());
  if (redundant.size >= PRUNE_BATCH) await ctx.library.dropRevisions(releaseId, redundant);
  return saved;
}

/**
 * Keeps the side of a settled conflict that gave way, one revision per language version, so
 * that it can be found in the history (as "your version" or "the other window's version").
 * The versions must be of the release and of languages it has.
 */
export async function keepConflictCopy(
  ctx: ReviewContext,
  releaseId: string,
  side: ConflictSide,
  variants: readonly Variant[],
): Promise<RevisionSummary[]> {
  const release = await ctx.library.getRelease(releaseId);
  const langs = new Set<Lang>();
  for (const variant of variants) {
    if (langs.has(variant.lang))
      throw new AppError('invalid-input', `variants: the ${variant.lang} version is given twice`);
    langs.add(variant.lang);
  }
  const kept: RevisionSummary[] = [];
  for (const variant of variants) {
    const copy = withVersion(release, variant);
    kept.push(summarizeRevision(await record(ctx, copy, variant.lang, `conflict-${side}`)));
  }
  return kept;
}

/**
 * Brings back a revision's text (and the source base it was translated against), keeping the
 * version's current status and history; an approved version whose text changes goes to draft.
 */
export async function restore(
  ctx: ReviewContext,
  ref: ReleaseRef,
  revisionId: string,
): Promise<Release> {
  const release = await loadAt(ctx, ref);
  const revisions = await ctx.library.listRevisions(release.id);
  const revision = find(revisions, release.id, revisionId);
  const { lang } = revision;
  const current = release.variants[lang];
  if (current) {
    const latest = latestOf(revisions, lang);
    if (!latest || contentChanged(latest.variant, current))
      await record(ctx, release, lang, 'checkpoint');
  }
  const at = ctx.now().toISOString();
  const restored = {
    ...revision.variant,
    status: current?.status ?? revision.variant.status,
    statusHistory: current?.statusHistory ?? revision.variant.statusHistory,
    updatedAt: at,
    editedBy: authorOf(ctx),
  };
  const variant = current ? applyEditRule(current, restored, authorOf(ctx), at) : restored;
  const saved = await ctx.library.saveRelease(withVersion(release, variant));
  await record(ctx, saved, lang, 'restore');
  return saved;
}

/** From one revision to another of the same version, or to the version as stored (`to` null). */
export async function diffRevisions(
  ctx: ReviewContext,
  releaseId: string,
  from: string,
  to: string | null,
): Promise<VersionDiff> {
  const revisions = await ctx.library.listRevisions(releaseId);
  const before = find(revisions, releaseId, from);
  const after =
    to === null
      ? versionOf(await ctx.library.getRelease(releaseId), before.lang)
      : find(revisions, releaseId, to).variant;
  if (after.lang !== before.lang) {
    throw new AppError(
      'invalid-input',
      `to: revision ${to} is of the ${after.lang} version, ${from} of ${before.lang}`,
    );
  }
  return diffVersions(before.variant, after);
}

function find(revisions: readonly Revision[], releaseId: string, revisionId: string): Revision {
  const found = revisions.find((r) => r.id === revisionId);
  if (!found) throw new AppError('not-found', `revision ${revisionId} of release ${releaseId}`);
  return found;
}

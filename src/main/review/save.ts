/**
 * Saving an edited release under the review rules: status, its history and the source base of
 * each version change only through the review services, never by a plain save; an approved
 * version whose content was edited goes back to draft; and a source edit flagged as minor
 * (a typo) keeps current every translation that was current before it. Who changed a
 * version's text is recorded with it (editedBy), for four-eyes review.
 */
import type { Release, Variant } from '@shared/domain';
import { baseMatches, recordSourceBase } from '@shared/review/source-base';
import { applyEditRules, contentChanged } from '@shared/review/status';
import { authorOf, type ReviewContext } from './context';
import { newRevisionId, record } from './revisions';

export interface SaveOptions {
  minorSourceEdit?: boolean;
}

export async function saveEdited(
  ctx: ReviewContext,
  edited: Release,
  options: SaveOptions = {},
): Promise<Release> {
  const stored = await ctx.library.getRelease(edited.id);
  const at = ctx.now();
  const by = authorOf(ctx);
  const when = at.toISOString();
  let next = stampEditors(
    stored,
    applyEditRules(stored, keepReviewState(stored, edited, by, when), by, when),
    by,
  );
  const before = stored.variants[stored.sourceLang];
  const after = next.variants[next.sourceLang];
  const minor =
    options.minorSourceEdit &&
    before &&
    after &&
    before.lang === after.lang &&
    contentChanged(before, after);
  if (!minor) return ctx.library.saveRelease(next);

  // The carried-over bases name the source revision recorded right after the save.
  const revisionId = newRevisionId(at);
  const variants: Release['variants'] = {};
  let carried = false;
  for (const variant of Object.values(next.variants)) {
    if (!variant) continue;
    const keep =
      variant.lang !== next.sourceLang &&
      variant.sourceBase !== null &&
      baseMatches(variant.sourceBase, before);
    variants[variant.lang] = keep
      ? { ...variant, sourceBase: recordSourceBase(after, at.toISOString(), revisionId) }
      : variant;
    carried ||= keep;
  }
  next = { ...next, variants };
  const saved = await ctx.library.saveRelease(next);
  if (carried) await record(ctx, saved, saved.sourceLang, 'checkpoint', revisionId);
  return saved;
}

/**
 * The stored status, status history and source base of every version the store already has.
 * A version the save adds starts as a draft, whatever it claims: approving goes through the
 * approval guard (review.setStatus), never through a plain save.
 */
function keepReviewState(stored: Release, edited: Release, by: string, at: string): Release {
  const variants: Release['variants'] = {};
  for (const variant of Object.values(edited.variants)) {
    if (!variant) continue;
    const kept: Variant | undefined = stored.variants[variant.lang];
    variants[variant.lang] = kept
      ? {
          ...variant,
          status: kept.status,
          statusHistory: kept.statusHistory,
          sourceBase: kept.sourceBase,
          editedBy: kept.editedBy,
        }
      : { ...variant, status: 'draft', statusHistory: [{ status: 'draft', by, at }] };
  }
  return { ...edited, variants };
}

/** Records `by` as the last editor of every version whose text this save changes. */
function stampEditors(stored: Release, next: Release, by: string): Release {
  const variants: Release['variants'] = {};
  for (const variant of Object.values(next.variants)) {
    if (!variant) continue;
    const before = stored.variants[variant.lang];
    variants[variant.lang] =
      !before || contentChanged(before, variant) ? { ...variant, editedBy: by } : variant;
  }
  return { ...next, variants };
}

/**
 * A translation's sourceBase names the source revision whose text its fingerprints were taken
 * of (sourceRevisionId), so that outdated paragraphs can be shown with a word diff later.
 */
import type { Release, Revision, SourceBase, Variant } from '@shared/domain';
import { contentChanged } from '@shared/review/status';
import { versionOf, type ReviewContext } from './context';
import { latestOf, record } from './revisions';

/** The revision holding the source's current text: the latest one if it does, else a new checkpoint. */
export async function currentSourceRevision(
  ctx: ReviewContext,
  release: Release,
): Promise<Revision> {
  const source = versionOf(release, release.sourceLang);
  const latest = latestOf(await ctx.library.listRevisions(release.id), release.sourceLang);
  if (latest && !contentChanged(latest.variant, source)) return latest;
  return record(ctx, release, release.sourceLang, 'checkpoint');
}

/** The source version a base was recorded of, if its revision is in `revisions`. */
export function baseSourceIn(revisions: readonly Revision[], base: SourceBase): Variant | null {
  if (base.sourceRevisionId === undefined) return null;
  return revisions.find((r) => r.id === base.sourceRevisionId)?.variant ?? null;
}

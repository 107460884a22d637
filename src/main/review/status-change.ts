/** Moving a version through the review workflow; every move is also a revision. */
import type { Release, VariantStatus } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { setStatus, StatusTransitionError } from '@shared/review/status';
import { AppError } from '../errors';
import {
  authorOf,
  loadAt,
  versionOf,
  withVersion,
  type ReleaseRef,
  type ReviewContext,
} from './context';
import { record } from './revisions';

export async function changeStatus(
  ctx: ReviewContext,
  ref: ReleaseRef,
  lang: Lang,
  status: VariantStatus,
): Promise<Release> {
  const release = await loadAt(ctx, ref);
  let changed;
  try {
    changed = setStatus(versionOf(release, lang), status, authorOf(ctx), ctx.now().toISOString());
  } catch (error) {
    if (error instanceof StatusTransitionError)
      throw new AppError('invalid-input', `status: ${error.message}`);
    throw error;
  }
  const saved = await ctx.library.saveRelease(withVersion(release, changed));
  await record(ctx, saved, lang, 'status');
  return saved;
}

/** Moving a version through the review workflow; every move is also a revision. */
import type { Release, VariantStatus } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { ApprovalOverride } from '@shared/review-api';
import { setStatus, StatusTransitionError } from '@shared/review/status';
import { AppError } from '../errors';
import { guardApproval } from './approval-guard';
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
  override?: ApprovalOverride,
): Promise<Release> {
  const release = await loadAt(ctx, ref);
  const variant = versionOf(release, lang);
  let changed;
  try {
    changed = setStatus(variant, status, authorOf(ctx), ctx.now().toISOString());
  } catch (error) {
    if (error instanceof StatusTransitionError)
      throw new AppError('invalid-input', `status: ${error.message}`);
    throw error;
  }
  if (status === 'approved') {
    const overridden = guardApproval(ctx, release, lang, override);
    if (overridden) {
      const history = changed.statusHistory;
      changed = {
        ...changed,
        statusHistory: [...history.slice(0, -1), { ...history.at(-1)!, override: overridden }],
      };
    }
  }
  const saved = await ctx.library.saveRelease(withVersion(release, changed));
  await record(ctx, saved, lang, 'status');
  return saved;
}

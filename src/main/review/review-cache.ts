/**
 * The last review report computed, kept for as long as nothing it depends on has changed: the
 * release (its rev), the vocabulary (replaced, never mutated, on every change) and the library.
 * The source revisions a report reads are append-only and named by id, so they cannot change
 * under it. The editor asks for the report of the release being edited; the side-by-side view
 * then asks again for the same one, and gets it without the checks running twice.
 */
import type { VocabularyEntry } from '@shared/domain';
import type { ReleaseReview } from '@shared/review/review-report';
import type { LibraryApi } from '../library/library-api';
import type { ReviewContext } from './context';
import { reviewRelease } from './report';

interface Cached {
  library: LibraryApi;
  vocabulary: readonly VocabularyEntry[];
  review: ReleaseReview;
}

export function createReviewCache(): (ctx: ReviewContext, releaseId: string) => Promise<ReleaseReview> {
  let last: Cached | null = null;
  return async (ctx, releaseId) => {
    const { rev } = await ctx.library.getRelease(releaseId);
    const vocabulary = ctx.library.listVocabulary();
    if (
      last &&
      last.library === ctx.library &&
      last.vocabulary === vocabulary &&
      last.review.releaseId === releaseId &&
      last.review.rev === rev
    )
      return last.review;
    const review = await reviewRelease(ctx, releaseId);
    // A source revision is appended just after the save that names it: until it is there,
    // the report lacks word diffs, and must not be kept.
    const complete = review.versions.every(
      (v) => v.outdated?.state !== 'outdated' || v.outdated.baseTextKnown,
    );
    last = complete ? { library: ctx.library, vocabulary, review } : null;
    return review;
  };
}

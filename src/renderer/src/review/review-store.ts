import type { ApiError } from '@shared/errors';
import type { ReleaseReview } from '@shared/review/review-report';
import { create } from 'zustand';
import { api, apiErrorOf } from '../api';

/** The review report (checks, outdated paragraphs) of the open release, as main last computed it. */
interface ReviewState {
  review: ReleaseReview | null;
  error: ApiError | null;
  refresh(releaseId: string): Promise<void>;
}

export const useReviewStore = create<ReviewState>()((set) => {
  /** Counts requests, so that an answer overtaken by a newer request is dropped. */
  let requests = 0;
  return {
    review: null,
    error: null,
    async refresh(releaseId) {
      const own = ++requests;
      try {
        const review = await api.call('review.get', { id: releaseId });
        if (own === requests) set({ review, error: null });
      } catch (error) {
        if (own === requests) set({ error: apiErrorOf(error) });
      }
    },
  };
});

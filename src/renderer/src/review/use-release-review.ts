import type { ReleaseReview } from '@shared/review/review-report';
import { useEffect } from 'react';
import { useReviewStore } from './review-store';

/**
 * The review report of a release, fetched again whenever its stored revision changes: after
 * `delayMs` of quiet, so that saves while typing do not each ask main for a new report.
 */
export function useReleaseReview(
  releaseId: string,
  rev: number,
  delayMs: number,
): ReleaseReview | null {
  const review = useReviewStore((s) => s.review);
  const refresh = useReviewStore((s) => s.refresh);
  useEffect(() => {
    const timer = setTimeout(() => void refresh(releaseId), delayMs);
    return () => clearTimeout(timer);
  }, [releaseId, rev, delayMs, refresh]);
  return review?.releaseId === releaseId ? review : null;
}

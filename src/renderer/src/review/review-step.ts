import type { Release } from '@shared/domain';
import { api, apiErrorOf } from '../api';
import { useNoticeStore } from '../stores/notice-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { useReviewStore } from './review-store';
import { useUserNameStore } from './user-name-store';

export interface ReleaseRef {
  id: string;
  rev: number;
}

/**
 * Runs one review step (status, comment, new language, restore…) on the open release. What is
 * typed is saved first, so the step applies to the text on screen; main's answer becomes the
 * editor's new base. Steps that record who did them first make sure there is a name to record.
 * Resolves with the stored release, or null if the step did not happen (the reason is shown).
 */
export async function runReviewStep(
  step: (ref: ReleaseRef) => Promise<Release>,
  { recordsName }: { recordsName: boolean },
): Promise<Release | null> {
  try {
    if (recordsName && !(await useUserNameStore.getState().ensure())) return null;
    // A failed save shows its own banner, with Retry.
    if (!(await useOpenReleaseStore.getState().saveNow())) return null;
    const draft = useOpenReleaseStore.getState().draft;
    if (!draft) return null;
    try {
      const stored = await step({ id: draft.id, rev: draft.rev });
      useOpenReleaseStore.getState().adopt(stored);
      void useReviewStore.getState().refresh(stored.id);
      return stored;
    } catch (error) {
      // Someone else saved meanwhile: show their version, so that trying again can succeed.
      if (apiErrorOf(error).code === 'conflict') await adoptStored(draft.id);
      throw error;
    }
  } catch (error) {
    useNoticeStore.getState().report(error);
    return null;
  }
}

async function adoptStored(releaseId: string): Promise<void> {
  try {
    useOpenReleaseStore.getState().adopt(await api.call('releases.get', { id: releaseId }));
  } catch {
    // The conflict itself is reported; a failed reload leaves the release as it was.
  }
}

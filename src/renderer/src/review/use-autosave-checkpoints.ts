import { useEffect } from 'react';
import { api } from '../api';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { scheduleAutosaveCheckpoints } from './autosave-checkpoints';

/** While the editor shows a release, checkpoints it every few minutes (see AUTOSAVE_CHECKPOINT_MS). */
export function useAutosaveCheckpoints(releaseId: string | null): void {
  useEffect(() => {
    if (releaseId === null) return;
    return scheduleAutosaveCheckpoints({
      storedRev: () => {
        const draft = useOpenReleaseStore.getState().draft;
        return draft?.id === releaseId ? draft.rev : null;
      },
      autosave: () => api.call('revisions.autosave', { id: releaseId }),
    });
  }, [releaseId]);
}

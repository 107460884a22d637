import type { ApiError } from '@shared/errors';
import { create } from 'zustand';
import { api, apiErrorOf } from '../api';
import { useOpenReleaseStore } from './open-release-store';

type CheckpointState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; at: string }
  | { phase: 'failed'; error: ApiError };

interface CheckpointStore {
  checkpoint: CheckpointState;
  /** Ctrl/Cmd+S: stores what is pending, then keeps the open version as a revision. */
  create(): Promise<void>;
  clear(): void;
}

export const useCheckpointStore = create<CheckpointStore>()((set, get) => ({
  checkpoint: { phase: 'idle' },
  async create() {
    const { draft, activeLang, saveNow } = useOpenReleaseStore.getState();
    if (!draft || !activeLang || get().checkpoint.phase === 'working') return;
    set({ checkpoint: { phase: 'working' } });
    // A failed save shows its own banner with Retry; the checkpoint waits for it.
    if (!(await saveNow())) {
      set({ checkpoint: { phase: 'idle' } });
      return;
    }
    try {
      const revision = await api.call('releases.checkpoint', { id: draft.id, lang: activeLang });
      set({ checkpoint: { phase: 'done', at: revision.createdAt } });
    } catch (error) {
      set({ checkpoint: { phase: 'failed', error: apiErrorOf(error) } });
    }
  },
  clear: () => set({ checkpoint: { phase: 'idle' } }),
}));

import type { ApiError } from '@shared/errors';
import { create } from 'zustand';
import { apiErrorOf } from '../api';
import { useDraftingStore } from './drafting-store';
import { useLibraryStore } from './library-store';
import { useReleasesStore } from './releases-store';
import { useSettingsStore } from './settings-store';

export type BootState =
  { phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; error: ApiError };

interface BootStore {
  boot: BootState;
  /** Loads what every screen needs; again after a failure or when main opens another library. */
  start(): Promise<void>;
}

let generation = 0;

export const useBootStore = create<BootStore>()((set) => ({
  boot: { phase: 'loading' },
  async start() {
    const own = ++generation;
    set({ boot: { phase: 'loading' } });
    try {
      await Promise.all([
        useSettingsStore.getState().load(),
        useLibraryStore.getState().load(),
        useReleasesStore.getState().refresh(),
        useDraftingStore.getState().load(),
      ]);
      if (own === generation) set({ boot: { phase: 'ready' } });
    } catch (error) {
      if (own === generation) set({ boot: { phase: 'failed', error: apiErrorOf(error) } });
    }
  },
}));

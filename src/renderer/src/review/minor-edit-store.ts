import type { Release } from '@shared/domain';
import { create } from 'zustand';

/**
 * "Typo fixes only" on the source version: while it is on, every save of that release tells
 * main the source edit is minor, so translations that were current stay current.
 */
interface MinorEditState {
  /** The release it is on for; null when off. */
  releaseId: string | null;
  setFor(releaseId: string | null): void;
}

export const useMinorEditStore = create<MinorEditState>()((set) => ({
  releaseId: null,
  setFor: (releaseId) => set({ releaseId }),
}));

/** What a save of `release` adds to its input. */
export function minorEditOption(release: Release): { minorSourceEdit?: true } {
  return useMinorEditStore.getState().releaseId === release.id ? { minorSourceEdit: true } : {};
}

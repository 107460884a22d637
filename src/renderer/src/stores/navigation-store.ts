import type { Lang } from '@shared/languages';
import { create } from 'zustand';

/** `focus`: the release to put the keyboard focus on when the list shows again. */
export type View =
  | { name: 'list'; focus?: string }
  | { name: 'editor'; releaseId: string }
  | { name: 'templates' }
  | { name: 'vocabulary' }
  | { name: 'review'; releaseId: string; lang: Lang; panel: ReviewPanel };

/** The review screen of one language version: side by side with the source, or its history. */
export type ReviewPanel = 'compare' | 'history';

interface NavigationState {
  view: View;
  show(view: View): void;
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  view: { name: 'list' },
  show: (view) => set({ view }),
}));

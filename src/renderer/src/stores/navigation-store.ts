import { create } from 'zustand';

/** `focus`: the release to put the keyboard focus on when the list shows again. */
export type View = { name: 'list'; focus?: string } | { name: 'editor'; releaseId: string };

interface NavigationState {
  view: View;
  show(view: View): void;
}

export const useNavigationStore = create<NavigationState>()((set) => ({
  view: { name: 'list' },
  show: (view) => set({ view }),
}));

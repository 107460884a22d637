import { create } from 'zustand';

interface ShortcutsHelpState {
  open: boolean;
  show(): void;
  hide(): void;
}

export const useShortcutsHelpStore = create<ShortcutsHelpState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

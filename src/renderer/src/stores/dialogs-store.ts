import { create } from 'zustand';

/** The app-wide dialogs: opened from buttons, shortcuts and the menu alike. */
export type AppDialog = 'new-release' | 'import';

interface DialogsState {
  open: AppDialog | null;
  show(dialog: AppDialog): void;
  hide(): void;
}

export const useDialogsStore = create<DialogsState>()((set) => ({
  open: null,
  show: (dialog) => set({ open: dialog }),
  hide: () => set({ open: null }),
}));

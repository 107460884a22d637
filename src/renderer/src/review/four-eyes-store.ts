import { create } from 'zustand';
import { api } from '../api';
import { useNoticeStore } from '../stores/notice-store';

/** The library's four-eyes setting (settings.fourEyes), shared by the toggle and the Approve button. */
interface FourEyesState {
  on: boolean;
  /** Counts the changes the library has stored: what the Approve button asks again after. */
  stored: number;
  load(): Promise<void>;
  turn(on: boolean): Promise<void>;
}

export const useFourEyesStore = create<FourEyesState>()((set, get) => ({
  on: false,
  stored: 0,
  async load() {
    const settings = await api.call('settings.get', {});
    set({ on: settings.fourEyes === true });
  },
  async turn(on) {
    const previous = get().on;
    // The box follows the click at once; the library only records the choice.
    set({ on });
    try {
      const settings = await api.call('settings.update', { fourEyes: on });
      set({ on: settings.fourEyes === true, stored: get().stored + 1 });
    } catch (error) {
      set({ on: previous });
      useNoticeStore.getState().report(error);
    }
  },
}));

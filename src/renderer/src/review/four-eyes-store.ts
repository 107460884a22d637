import { create } from 'zustand';
import { api } from '../api';
import { useNoticeStore } from '../stores/notice-store';

/** The library's four-eyes setting (settings.fourEyes), shared by the toggle and the Approve button. */
interface FourEyesState {
  on: boolean;
  load(): Promise<void>;
  set(on: boolean): Promise<void>;
}

export const useFourEyesStore = create<FourEyesState>()((set) => ({
  on: false,
  async load() {
    const settings = await api.call('settings.get', {});
    set({ on: settings.fourEyes === true });
  },
  async set(on) {
    try {
      const settings = await api.call('settings.update', { fourEyes: on });
      set({ on: settings.fourEyes === true });
    } catch (error) {
      useNoticeStore.getState().report(error);
    }
  },
}));

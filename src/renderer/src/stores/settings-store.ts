import type { UiLang } from '@shared/languages';
import { create } from 'zustand';
import { api } from '../api';
import { useNoticeStore } from './notice-store';

interface SettingsState {
  uiLanguage: UiLang;
  load(): Promise<void>;
  setUiLanguage(lang: UiLang): Promise<void>;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  uiLanguage: 'en',
  async load() {
    const settings = await api.call('settings.get', {});
    set({ uiLanguage: settings.uiLanguage });
  },
  async setUiLanguage(lang) {
    const previous = get().uiLanguage;
    // Switch at once; the library only records the choice.
    set({ uiLanguage: lang });
    try {
      const settings = await api.call('settings.update', { uiLanguage: lang });
      set({ uiLanguage: settings.uiLanguage });
    } catch (error) {
      set({ uiLanguage: previous });
      useNoticeStore.getState().report(error);
    }
  },
}));

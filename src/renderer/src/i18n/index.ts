import type { UiLang } from '@shared/languages';
import { useCallback } from 'react';
import { useSettingsStore } from '../stores/settings-store';
import type { MessageKey } from './en';
import type { MessageParams } from './message';
import { translate } from './translate';

export type { MessageKey } from './en';
export { formatCalendarDate } from './format-date';
export { translate, UI_LOCALES } from './translate';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useUiLanguage(): UiLang {
  return useSettingsStore((state) => state.uiLanguage);
}

/** `t(key, params)` in the current interface language; re-renders when it changes. */
export function useT(): Translate {
  const lang = useUiLanguage();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

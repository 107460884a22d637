import { LANG_NATIVE_NAMES, UI_LANGS } from '@shared/languages';
import { useT, useUiLanguage } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';

export function LanguageSwitch() {
  const t = useT();
  const current = useUiLanguage();
  const setUiLanguage = useSettingsStore((state) => state.setUiLanguage);
  return (
    <div className="segmented" role="group" aria-label={t('header.uiLanguage')}>
      {UI_LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          className="segmented__option"
          lang={lang}
          title={LANG_NATIVE_NAMES[lang]}
          aria-pressed={lang === current}
          onClick={() => void setUiLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

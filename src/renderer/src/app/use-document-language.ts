import { useEffect } from 'react';
import { useT, useUiLanguage } from '../i18n';

/** Keeps <html lang> and the window title in the interface language, for screen readers. */
export function useDocumentLanguage(): void {
  const lang = useUiLanguage();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);
}

import type { UiLang } from '@shared/languages';
import { UI_LOCALES } from '../i18n';

/**
 * An instant (ISO timestamp) as date and time in the interface language, local time. The
 * history shows seconds: revisions taken within one minute must still read apart.
 */
export function formatMoment(iso: string, lang: UiLang, { seconds = false } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(UI_LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: seconds ? 'medium' : 'short',
  }).format(date);
}

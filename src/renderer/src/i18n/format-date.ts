import type { UiLang } from '@shared/languages';
import { UI_LOCALES } from './translate';

/** A calendar date (YYYY-MM-DD) in the interface language; it is no instant, so no time zone. */
export function formatCalendarDate(isoDate: string, lang: UiLang): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(UI_LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

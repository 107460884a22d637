/**
 * Calendar dates and times of day as a person types and reads them in the interface language,
 * while the release keeps ISO values (2026-12-07, 10:00). Both interface languages put the day
 * first, as their locales (ru-RU, en-GB) do: ru writes 07.12.2026, en writes 07/12/2026.
 * Either accepts any of . / - between the parts, a one-digit day or month, a two-digit year
 * (this century: 26 is 2026), and an ISO date as it is.
 */
import type { UiLang } from './languages';

const SEPARATOR: Record<UiLang, string> = { ru: '.', en: '/' };

export type DateTextProblem = 'empty' | 'format' | 'no-such-date';
export type ParsedText = { ok: true; value: string } | { ok: false; problem: DateTextProblem };

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;

const two = (n: number) => String(n).padStart(2, '0');

/** The ISO date of a day, year, month; null when the calendar has no such day (31.02). */
function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${two(month)}-${two(day)}`;
}

/** An ISO date (YYYY-MM-DD) written the way the interface language writes it. */
export function formatDateText(iso: string, lang: UiLang): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const sep = SEPARATOR[lang];
  return `${day!.padStart(2, '0')}${sep}${month!.padStart(2, '0')}${sep}${year}`;
}

/** What a person typed as a date, as an ISO date, or why it is none. */
export function parseDateText(text: string): ParsedText {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'empty' };
  const iso = ISO_DATE.exec(typed);
  const dayFirst = iso ? null : DAY_FIRST.exec(typed);
  if (!iso && !dayFirst) return { ok: false, problem: 'format' };
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [
        dayFirst![3]!.length === 2 ? 2000 + Number(dayFirst![3]) : Number(dayFirst![3]),
        Number(dayFirst![2]),
        Number(dayFirst![1]),
      ];
  const value = isoOf(year, month, day);
  return value ? { ok: true, value } : { ok: false, problem: 'no-such-date' };
}

/** What a person typed as a time of day (24-hour, 9:30 or 09.30), as HH:MM, or why it is none. */
export function parseTimeText(text: string): ParsedText {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'empty' };
  const match = TIME.exec(typed);
  if (!match) return { ok: false, problem: 'format' };
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return { ok: false, problem: 'no-such-date' };
  return { ok: true, value: `${two(hours)}:${two(minutes)}` };
}

/** A calendar day as the date picker holds it: local midnight of that day. */
export function dateOfIso(iso: string): Date | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The ISO date of a day the date picker hands back. */
export function isoOfDate(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * Dates and times as a person types and reads them in the interface language, and the ISO
 * values the release keeps: ru writes 07.12.2026, en 07/12/2026; both read short forms.
 */
import { describe, expect, it } from 'vitest';
import {
  dateOfIso,
  formatDateText,
  isoOfDate,
  parseDateText,
  parseTimeText,
} from '@shared/date-text';

describe('date text', () => {
  it('writes an ISO date day first, with each language’s separator', () => {
    expect(formatDateText('2026-12-07', 'ru')).toBe('07.12.2026');
    expect(formatDateText('2026-12-07', 'en')).toBe('07/12/2026');
    expect(formatDateText('1999-01-31', 'ru')).toBe('31.01.1999');
    expect(formatDateText('', 'ru')).toBe('');
  });

  it.each([
    ['07.12.2026', '2026-12-07'],
    ['7.12.26', '2026-12-07'],
    ['7.1.2026', '2026-01-07'],
    [' 07/12/2026 ', '2026-12-07'],
    ['07-12-2026', '2026-12-07'],
    ['2026-12-07', '2026-12-07'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseDateText(typed)).toEqual({ ok: true, value: iso });
  });

  it('reads back what it writes, in both languages', () => {
    for (const iso of ['2026-12-07', '2000-01-01', '2031-10-31']) {
      for (const lang of ['ru', 'en'] as const) {
        expect(parseDateText(formatDateText(iso, lang))).toEqual({ ok: true, value: iso });
      }
    }
  });

  it.each(['12/7', '07.12', '07.12.202', 'завтра', '07..12.2026', '007.12.2026', '07.12.2026г'])(
    'refuses %j as no date format',
    (typed) => {
      expect(parseDateText(typed)).toEqual({ ok: false, problem: 'format' });
    },
  );

  it.each(['31.02.2026', '29.02.2027', '00.12.2026', '07.13.2026', '07.00.2026', '01.01.0999'])(
    'refuses %j as a day the calendar does not have',
    (typed) => {
      expect(parseDateText(typed)).toEqual({ ok: false, problem: 'no-such-date' });
    },
  );

  it('tells an empty field apart', () => {
    expect(parseDateText('   ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('hands the calendar the same day it shows, and takes it back as the same ISO date', () => {
    const day = dateOfIso('2026-12-07')!;
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 11, 7]);
    expect(isoOfDate(day)).toBe('2026-12-07');
    expect(dateOfIso('07.12.2026')).toBeUndefined();
  });
});

describe('time text', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['18.05', '18:05'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
  ])('reads %j as %s', (typed, value) => {
    expect(parseTimeText(typed)).toEqual({ ok: true, value });
  });

  it('refuses what is no time of day', () => {
    expect(parseTimeText('24:00')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(parseTimeText('12:60')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(parseTimeText('9 30')).toEqual({ ok: false, problem: 'format' });
    expect(parseTimeText('9:30 PM')).toEqual({ ok: false, problem: 'format' });
    expect(parseTimeText('')).toEqual({ ok: false, problem: 'empty' });
  });
});

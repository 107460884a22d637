import { describe, expect, it } from 'vitest';
import { formatDateline, formatLongDate, formatWallDateTime } from '@shared/date-format';
import {
  formatUtcOffset,
  isKnownTimeZone,
  toZonedIso,
  utcOffsetMinutes,
  wallTimeToInstant,
} from '@shared/zoned-time';

describe('dates in the seven languages', () => {
  it('writes a dateline as each press office prints it', () => {
    expect(formatDateline('Brest', '2023-09-01', 'en')).toBe('Brest, 1 September 2023');
    expect(formatDateline('Брест', '2023-09-01', 'ru')).toBe('Брест, 1 сентября 2023 г.');
    expect(formatDateline('Брэст', '2023-09-01', 'be')).toBe('Брэст, 1 верасня 2023 г.');
    expect(formatDateline('Брест', '2023-09-01', 'kk')).toBe('Брест, 2023 жылғы 1 қыркүйек');
    expect(formatDateline('Брест', '2023-09-01', 'ky')).toBe('Брест, 2023-жылдын 1-сентябры');
    expect(formatDateline('Брест', '2023-09-01', 'tg')).toBe('Брест, 1 сентябри соли 2023');
    expect(formatDateline('Բրեստ', '2023-09-01', 'hy')).toBe('Բրեստ, 2023 թվականի սեպտեմբերի 1');
  });

  it('names every month in every language', () => {
    for (const lang of ['en', 'ru', 'hy', 'be', 'kk', 'ky', 'tg'] as const) {
      const names = new Set(
        Array.from({ length: 12 }, (_, m) =>
          formatLongDate(`2024-${String(m + 1).padStart(2, '0')}-15`, lang),
        ),
      );
      expect(names.size, lang).toBe(12);
      for (const name of names) expect(name, lang).toMatch(/2024/);
    }
    expect(formatLongDate('2024-07-25', 'ky')).toBe('2024-жылдын 25-июлу');
    expect(formatLongDate('2024-07-25', 'kk')).toBe('2024 жылғы 25 шілде');
  });

  it('leaves out the place when there is none and formats wall times in 24 hours', () => {
    expect(formatDateline('  ', '2024-01-05', 'en')).toBe('5 January 2024');
    expect(formatWallDateTime('2023-08-25T10:00', 'ru')).toBe('25 августа 2023 г., 10:00');
    expect(() => formatLongDate('25.08.2023', 'en')).toThrow(RangeError);
  });
});

describe('wall-clock times in IANA zones', () => {
  it('turns Minsk time into the right instant', () => {
    expect(wallTimeToInstant('2023-08-25T10:00', 'Europe/Minsk').toISOString()).toBe(
      '2023-08-25T07:00:00.000Z',
    );
    expect(toZonedIso(new Date('2023-08-25T07:00:00Z'), 'Europe/Minsk')).toBe(
      '2023-08-25T10:00:00+03:00',
    );
    expect(
      formatUtcOffset(utcOffsetMinutes(new Date('2023-08-25T07:00:00Z'), 'Asia/Yerevan')),
    ).toBe('UTC+04:00');
  });

  it('follows daylight saving: summer and winter offsets, the gap and the overlap', () => {
    expect(wallTimeToInstant('2024-07-01T12:00', 'Europe/Berlin').toISOString()).toBe(
      '2024-07-01T10:00:00.000Z',
    );
    expect(wallTimeToInstant('2024-01-15T12:00', 'Europe/Berlin').toISOString()).toBe(
      '2024-01-15T11:00:00.000Z',
    );
    // 02:30 does not exist on 31 March 2024 in Berlin: read with the winter offset.
    expect(wallTimeToInstant('2024-03-31T02:30', 'Europe/Berlin').toISOString()).toBe(
      '2024-03-31T01:30:00.000Z',
    );
    // 02:30 happens twice on 27 October 2024: the first one.
    expect(wallTimeToInstant('2024-10-27T02:30', 'Europe/Berlin').toISOString()).toBe(
      '2024-10-27T00:30:00.000Z',
    );
    expect(formatUtcOffset(-300)).toBe('UTC-05:00');
  });

  it('knows real zones only', () => {
    expect(isKnownTimeZone('Asia/Almaty')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(() => wallTimeToInstant('2023-08-25 10:00', 'Europe/Minsk')).toThrow(RangeError);
  });
});

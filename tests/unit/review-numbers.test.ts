import { describe, expect, it } from 'vitest';
import type { Lang } from '@shared/languages';
import { compareNumbers, extractNumbers } from '@shared/review/numbers';

const read = (text: string, lang: Lang) =>
  extractNumbers(text, lang).map((m) => (m.kind === 'number' ? m.values : m.value));
const same = (a: string, aLang: Lang, b: string, bLang: Lang) => {
  const { missing, extra } = compareNumbers(extractNumbers(a, aLang), extractNumbers(b, bLang));
  return missing.length === 0 && extra.length === 0;
};

describe('numbers as each language writes them', () => {
  it('2,500 = 2 500 = 2 500 (no-break) = 2 500 (narrow no-break) = 2500; 2,500 ≠ 2,000', () => {
    const en = 'more than 2,500 servicemen';
    for (const ru of [
      'более 2500 военнослужащих',
      'более 2 500',
      'более 2\u00a0500',
      'более 2\u202f500',
      'более 2\u2009500',
    ]) {
      expect(same(en, 'en', ru, 'ru'), ru).toBe(true);
    }
    expect(same(en, 'en', 'more than 2,000', 'en')).toBe(false);
    expect(same('2,500', 'en', '2 000', 'ru')).toBe(false);
    expect(read('1,234,567 and 1 234 567 and 1.234.567', 'en')).toEqual([
      ['1234567'],
      ['1234567'],
      ['1234567'],
    ]);
  });

  it('decimals with the point in English and the comma elsewhere', () => {
    expect(same('a rise of 2.5 per cent', 'en', 'рост на 2,5 процента', 'ru')).toBe(true);
    expect(same('2.75', 'en', '2,75', 'kk')).toBe(true);
    expect(same('2.5', 'en', '2,6', 'ru')).toBe(false);
    expect(read('1,234.5', 'en')).toEqual([['1234.5']]);
    expect(read('1 234,5', 'ru')).toEqual([['1234.5']]);
  });

  it('reads "2,500" in a comma-decimal language as either 2500 or 2.5, so both compare equal', () => {
    expect(read('2,500', 'ru')).toEqual([['2500', '2.5']]);
    expect(same('2,500', 'en', '2,500', 'ru')).toBe(true);
    expect(same('2.5', 'en', '2,500', 'ru')).toBe(true);
  });

  it('keeps separate numbers apart: a year then a count, a list, a range', () => {
    expect(read('In 2023 500 units', 'en')).toEqual([['2023'], ['500']]);
    expect(read('7, 8 and 9', 'en')).toEqual([['7'], ['8'], ['9']]);
    expect(read('1–6', 'en')).toEqual([['1'], ['6']]);
    expect(read('«Боевое братство-2023»', 'ru')).toEqual([['2023']]);
  });

  it('reads times', () => {
    expect(read('no later than 8:30, daily at 7:00', 'en')).toEqual(['08:30', '07:00']);
    expect(same('at 8:30', 'en', 'в 8:30', 'ru')).toBe(true);
  });
});

describe('dates in words and in figures, in the seven languages', () => {
  const july25: [string, Lang][] = [
    ['On 25 July 2024, 34 graduates', 'en'],
    ['On July 25, 2024, 34 graduates', 'en'],
    ['25 июля 2024 года 34 выпускника', 'ru'],
    ['25 ліпеня 2024 года 34 выпускнікі', 'be'],
    ['2024 жылғы 25 шілдеде 34 түлегі', 'kk'],
    ['2024-жылдын 25-июлунда 34 бүтүрүүчүсү', 'ky'],
    ['Рӯзи 25 июли соли 2024 34 хатмкунандаи', 'tg'],
    ['2024 թվականի հուլիսի 25-ին 34 շրջանավարտ', 'hy'],
    ['25.07.2024: 34', 'ru'],
    ['2024-07-25: 34', 'en'],
  ];

  it('every way of writing 25 July 2024 reads as that date, leaving the 34 a number', () => {
    for (const [text, lang] of july25)
      expect(read(text, lang), text).toEqual(['2024-07-25', ['34']]);
  });

  it('compares them as dates: equal across languages, unequal when a day differs', () => {
    for (const [text, lang] of july25)
      expect(same(july25[0]![0], 'en', text, lang), text).toBe(true);
    expect(same('1 September 2023', 'en', '01.09.2023', 'ru')).toBe(true);
    expect(same('1 September 2023', 'en', '1 сентября 2023 года', 'ru')).toBe(true);
    expect(same('1 September 2023', 'en', '2 сентября 2023 года', 'ru')).toBe(false);
  });

  it('reads a range, a date without a year and a month with a year', () => {
    expect(read('from 1 to 6 September 2023', 'en')).toEqual([['1'], '2023-09-06']);
    expect(same('from 1 to 6 September 2023', 'en', 'с 1 по 6 сентября 2023 года', 'ru')).toBe(
      true,
    );
    expect(read('on 28 August', 'en')).toEqual(['--08-28']);
    expect(read('в сентябре 2023 года', 'ru')).toEqual(['2023-09']);
  });

  it('takes no month from a word that only begins like one', () => {
    expect(read('«Մարտական եղբայրություն-2023»', 'hy')).toEqual([['2023']]);
    expect(read('the market grew 5 per cent in 2023', 'en')).toEqual([['5'], ['2023']]);
  });

  it('accepts a date the other side writes in a form not read as a date, when its day and year are there', () => {
    const { missing, extra } = compareNumbers(
      extractNumbers('On 25 July 2024', 'en'),
      extractNumbers('2024 year, the 25th of the seventh month', 'en'),
    );
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('reports what is missing and what is extra, as written', () => {
    const { missing, extra } = compareNumbers(
      extractNumbers('more than 2,500 servicemen and about 500 units on 1 September 2023', 'en'),
      extractNumbers('более 2000 военнослужащих и около 500 единиц 1 сентября 2023 года', 'ru'),
    );
    expect(missing.map((m) => m.text)).toEqual(['2,500']);
    expect(extra.map((m) => m.text)).toEqual(['2000']);
  });
});

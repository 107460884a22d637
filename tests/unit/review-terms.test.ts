import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '@shared/domain';
import { compareNumbers, extractNumbers } from '@shared/review/numbers';
import { TermMatcher } from '@shared/review/terms';
import { vocabulary } from '../fixtures';

const ru = new TermMatcher(vocabulary, 'ru');

describe('vocabulary names in text', () => {
  it('finds names across Russian inflection', () => {
    const text =
      'Генеральный секретарь Имангали Тасмагамбетов посетил Брестскую крепость; учение с Коллективными силами оперативного реагирования ОДКБ.';
    expect([...ru.present(text)].sort()).toEqual(
      // Брест is there too, inside Брестскую: presence counts names inside longer ones.
      ['brest', 'brest-fortress', 'csto', 'csto-crrf', 'imangali-tasmagambetov'].sort(),
    );
  });

  it('counts a name inside a longer one only as the longer one, when naming in the source', () => {
    const en = new TermMatcher(vocabulary, 'en');
    expect(
      en.named('Staff of the CSTO Secretariat met journalists at the Brest Fortress.'),
    ).toEqual([
      { entryId: 'csto-secretariat', text: 'CSTO Secretariat' },
      { entryId: 'brest-fortress', text: 'Brest Fortress' },
    ]);
    expect(en.present('the CSTO Secretariat')).toEqual(new Set(['csto', 'csto-secretariat']));
  });

  it('takes abbreviations as written, with a suffix but not in lower case', () => {
    const eu: VocabularyEntry = {
      id: 'eu',
      type: 'organisation',
      labels: { ru: 'Европейский союз' },
      aliases: { ru: ['ЕС'] },
    };
    const matcher = new TermMatcher([eu], 'ru');
    expect(matcher.present('Если есть вопросы, пишите.')).toEqual(new Set());
    expect(matcher.present('Представители ЕС и Европейского союза')).toEqual(new Set(['eu']));
    const ky = new TermMatcher(vocabulary, 'ky');
    expect(ky.present('ЖКМУнун Катчылыгында')).toEqual(new Set(['csto', 'csto-secretariat']));
  });

  it('has no names for an entry the vocabulary leaves untranslated', () => {
    expect(new TermMatcher(vocabulary, 'tg').namesOf('anatoly-sidorov')).toEqual([]);
    expect(ru.namesOf('anatoly-sidorov')).toEqual(['Анатолий Сидоров', 'Сидоров']);
  });
});

describe('numbers, as properties', () => {
  const group = (n: number, separator: string) =>
    String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

  it('any count reads the same with commas in English and with spaces of any kind elsewhere', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom(' ', '\u00a0', '\u202f', ''),
        (n, space) => {
          const { missing, extra } = compareNumbers(
            extractNumbers(`about ${group(n, ',')} units`, 'en'),
            extractNumbers(`около ${group(n, space)} единиц`, 'ru'),
          );
          return missing.length === 0 && extra.length === 0;
        },
      ),
    );
  });

  it('two different counts never read the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9_999_999 }),
        fc.integer({ min: 1000, max: 9_999_999 }),
        (a, b) => {
          fc.pre(a !== b);
          const { missing } = compareNumbers(
            extractNumbers(`${group(a, ',')} people`, 'en'),
            extractNumbers(`${group(b, '\u00a0')} человек`, 'ru'),
          );
          return missing.length === 1;
        },
      ),
    );
  });
});

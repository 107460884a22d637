import { describe, expect, it } from 'vitest';
import { queryForms, stem } from '@shared/text/stem';
import { foldWord } from '@shared/text/fold';

const ru = (word: string) => stem(foldWord(word), 'ru');

describe('stem: word forms meet', () => {
  it('Russian forms of one word have one stem', () => {
    const forms = ['учение', 'учения', 'учений', 'учению', 'учением', 'учениям', 'учениях'];
    expect(new Set(forms.map(ru))).toEqual(new Set(['учен']));
    expect(ru('Коллективные')).toBe(ru('коллективными'));
    expect(ru('безопасность')).toBe(ru('безопасности'));
    expect(ru('Объединённого')).toBe(ru('объединенный'));
    expect(ru('крепость')).toBe(ru('крепости'));
  });

  it('a Russian inflected surname stems to its dictionary form', () => {
    // The matcher relies on this: the stem of the genitive is the nominative.
    expect(ru('Тасмагамбетова')).toBe('тасмагамбетов');
    expect(ru('Сидорова')).toBe('сидоров');
  });

  it('English forms of one word have one stem', () => {
    expect(stem('exercises', 'en')).toBe(stem('exercise', 'en'));
    expect(stem('forces', 'en')).toBe(stem('force', 'en'));
  });

  it('applies each stemmer to words of its own script only', () => {
    expect(stem('csto', 'ru')).toBe('csto');
    expect(stem('учения', 'en')).toBe('учения');
    expect(stem('2023', 'ru')).toBe('2023');
  });

  it('leaves the languages without a stemmer as folded words', () => {
    for (const [word, lang] of [
      ['қауіпсіздік', 'kk'],
      ['коопсуздук', 'ky'],
      ['бяспекі', 'be'],
      ['амнияти', 'tg'],
      ['անվտանգության', 'hy'],
    ] as const) {
      expect(stem(word, lang)).toBe(word);
    }
  });

  it('reads a query word, of unknown language, by its script', () => {
    expect(queryForms('учения')).toEqual(['учения', 'учен']);
    expect(queryForms('exercises')).toEqual(['exercises', 'exercis']);
    expect(queryForms('հապկ')).toEqual(['հապկ']);
  });
});

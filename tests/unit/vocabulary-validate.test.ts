import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '@shared/domain';
import { validateVocabulary } from '@shared/vocabulary/validate';
import { vocabulary } from '../fixtures';

const entry = (
  id: string,
  labels: VocabularyEntry['labels'],
  aliases: VocabularyEntry['aliases'] = {},
): VocabularyEntry => ({
  id,
  type: 'organisation',
  labels,
  aliases,
});

describe('validateVocabulary', () => {
  it('accepts the demo vocabulary', () => {
    expect(validateVocabulary(vocabulary)).toEqual([]);
  });

  it('refuses a label already used by another entry in the same language, whatever its case and ё', () => {
    const issues = validateVocabulary([
      ...vocabulary,
      entry('joint-staff-2', { ru: 'объединенный штаб одкб' }),
    ]);
    expect(issues).toEqual([
      {
        entryId: 'joint-staff-2',
        field: 'labels.ru',
        message:
          'label “объединенный штаб одкб” (Русский) of joint-staff-2 is already the label “Объединённый штаб ОДКБ” (Русский) of csto-joint-staff',
      },
    ]);
  });

  it('refuses an alias that is another entry’s name, but allows one name in different languages', () => {
    const issues = validateVocabulary([
      entry('one', { en: 'Brest' }),
      entry('two', { ru: 'Брест' }, { ru: ['БРЕСТ'] }),
      entry('three', { kk: 'Brest' }),
    ]);
    expect(issues.map((i) => [i.entryId, i.field])).toEqual([]);
    const clash = validateVocabulary([
      entry('one', { en: 'Brest' }),
      entry('two', { en: 'Brest city' }, { en: ['brest'] }),
    ]);
    expect(clash.map((i) => [i.entryId, i.field])).toEqual([['two', 'aliases.en']]);
  });

  it('refuses a duplicate id, and the alias separator inside a name', () => {
    const issues = validateVocabulary([
      entry('one', { en: 'A b' }),
      entry('one', { en: 'C d' }),
      entry('two', { en: 'E|F' }),
    ]);
    expect(issues.map((i) => [i.entryId, i.field])).toEqual([
      ['one', 'id'],
      ['two', 'labels.en'],
    ]);
  });
});

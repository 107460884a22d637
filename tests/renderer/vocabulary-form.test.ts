/**
 * The vocabulary screen's form: what it sends, and the naming rules it checks before sending,
 * which must be the rules main refuses by (src/shared/vocabulary/validate.ts).
 */
import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '@shared/domain';
import { validateVocabulary } from '@shared/vocabulary/validate';
import { fieldsOf, inputOf } from '../../src/renderer/src/vocabulary/entry-form';
import { labelIn } from '../../src/renderer/src/vocabulary/entry-label';
import { nameProblems } from '../../src/renderer/src/vocabulary/name-check';
/** Three entries of the demo vocabulary (resources/demo/vocabulary.json), trimmed. */
const vocabulary: VocabularyEntry[] = [
  {
    id: 'csto',
    type: 'organisation',
    labels: {
      ru: 'Организация Договора о коллективной безопасности',
      en: 'Collective Security Treaty Organization',
    },
    aliases: { ru: ['ОДКБ'], en: ['CSTO'], hy: ['ՀԱՊԿ'] },
  },
  {
    id: 'csto-joint-staff',
    type: 'organisation',
    labels: { ru: 'Объединённый штаб ОДКБ', en: 'CSTO Joint Staff' },
    aliases: { ru: ['Объединенный штаб ОДКБ'] },
  },
  {
    id: 'csto-crrf',
    type: 'organisation',
    labels: {
      ru: 'Коллективные силы оперативного реагирования ОДКБ',
      en: 'CSTO Collective Rapid Reaction Forces',
    },
    aliases: { ru: ['КСОР ОДКБ', 'КСОР'], en: ['CRRF'] },
  },
];
const csto = vocabulary[0]!;

describe('the entry form', () => {
  it('gives back the entry it was filled from', () => {
    expect(inputOf(fieldsOf(csto), csto.id)).toEqual(csto);
  });

  it('sends trimmed names, one alias a line, and leaves blank ones out', () => {
    const fields = fieldsOf(null);
    fields.type = 'place';
    fields.labels.ru = '  Минск ';
    fields.aliases.ru = 'Мінск\n\n  Минск-город  \n';
    expect(inputOf(fields, undefined)).toEqual({
      type: 'place',
      labels: { ru: 'Минск' },
      aliases: { ru: ['Мінск', 'Минск-город'] },
    });
  });
});

describe('nameProblems', () => {
  it('names the entry that already has a name in that language, whatever its case and ё/е', () => {
    const problems = nameProblems(
      { type: 'organisation', labels: { ru: 'Объединенный штаб одкб', en: 'ОДКБ' }, aliases: {} },
      vocabulary,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'taken',
        lang: 'ru',
        nameKind: 'label',
        owner: expect.objectContaining({ id: 'csto-joint-staff' }),
      }),
    ]);
  });

  it('lets an entry keep its own names, and asks for a label and no “|”', () => {
    expect(nameProblems(csto, vocabulary)).toEqual([]);
    expect(
      nameProblems({ type: 'topic', labels: {}, aliases: { en: ['a|b'] } }, vocabulary),
    ).toEqual([
      { kind: 'no-label' },
      { kind: 'separator', lang: 'en', nameKind: 'alias', text: 'a|b' },
    ]);
  });

  it('agrees with the rules main applies', () => {
    for (const entry of vocabulary) {
      const renamed = { ...entry, id: 'another-entry' };
      const local = nameProblems({ ...renamed, id: undefined }, vocabulary).length > 0;
      const main = validateVocabulary([...vocabulary, renamed]).length > 0;
      expect(local, entry.id).toBe(main);
    }
  });
});

describe('labelIn', () => {
  it('falls back to the source language, then to any label, and says so', () => {
    const crrf = vocabulary.find((e) => e.id === 'csto-crrf')!;
    expect(labelIn(crrf, 'ru', 'en')).toEqual({
      text: crrf.labels.ru,
      lang: 'ru',
      fallback: false,
    });
    expect(labelIn(crrf, 'hy', 'ru')).toEqual({ text: crrf.labels.ru, lang: 'ru', fallback: true });
    expect(labelIn({ ...crrf, labels: { ru: 'КСОР' } }, 'kk', 'en')).toEqual({
      text: 'КСОР',
      lang: 'ru',
      fallback: true,
    });
  });
});

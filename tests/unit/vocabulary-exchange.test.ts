import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '@shared/vocabulary/csv';
import {
  CSV_COLUMNS,
  exportVocabularyCsv,
  exportVocabularyJson,
  parseVocabularyCsv,
  parseVocabularyJson,
  planImport,
} from '@shared/vocabulary/exchange';
import { vocabulary } from '../fixtures';

describe('JSON import and export', () => {
  it('imports a file shaped as the issue describes, as is, without ids', () => {
    const file = JSON.stringify({
      entries: [
        {
          type: 'organisation',
          labels: { en: 'CSTO Parliamentary Assembly', ru: 'Парламентская Ассамблея ОДКБ' },
          aliases: { ru: ['ПА ОДКБ'], en: ['CSTO PA'] },
        },
        { type: 'place', labels: { hy: 'Երևան', en: 'Yerevan' } },
      ],
    });
    const parsed = parseVocabularyJson(file);
    expect(parsed.problems).toEqual([]);
    const plan = planImport(vocabulary, parsed.entries);
    expect(plan.problems).toEqual([]);
    expect(plan.added).toEqual(['csto-parliamentary-assembly', 'yerevan']);
    expect(plan.vocabulary.find((e) => e.id === 'yerevan')).toEqual({
      id: 'yerevan',
      type: 'place',
      labels: { hy: 'Երևան', en: 'Yerevan' },
      aliases: {},
    });
  });

  it('round-trips the vocabulary', () => {
    const parsed = parseVocabularyJson(exportVocabularyJson(vocabulary));
    expect(parsed.problems).toEqual([]);
    const plan = planImport(vocabulary, parsed.entries);
    expect(plan.vocabulary).toEqual(vocabulary);
    expect(plan.added).toEqual([]);
  });

  it('reports every problem by path', () => {
    const parsed = parseVocabularyJson(
      JSON.stringify({
        entries: [
          { type: 'city', labels: { en: 'X' } },
          { type: 'place', labels: {} },
          { type: 'place', labels: { xx: 'Y' } },
        ],
      }),
    );
    expect(parsed.problems.map((p) => p.field)).toEqual([
      'entries[0].type',
      'entries[1].labels',
      'entries[2].labels.xx',
    ]);
    expect(parseVocabularyJson('{ nope').problems[0]!.message).toMatch(/^not valid JSON/);
    expect(parseVocabularyJson('[]').problems[0]!.message).toBe(
      'the file must hold { "entries": [ … ] }',
    );
  });

  it('adds the names of an id-less entry to the entry sharing its label, and refuses a clash', () => {
    const merged = planImport(vocabulary, [
      { type: 'place', labels: { ru: 'Брест', tg: 'Брест' }, aliases: { ru: ['город Брест'] } },
    ]);
    expect(merged.updated).toEqual(['brest']);
    expect(merged.vocabulary.find((e) => e.id === 'brest')!.aliases.ru).toEqual(['город Брест']);
    const clash = planImport(vocabulary, [
      { type: 'place', labels: { en: 'Minsk', ru: 'Москва' } },
    ]);
    expect(clash.updated).toEqual(['moscow']);
    const duplicate = planImport(vocabulary, [
      { id: 'minsk', type: 'place', labels: { en: 'Moscow' } },
    ]);
    expect(duplicate.problems).toHaveLength(1);
    expect(duplicate.problems[0]!.message).toContain(
      'is already the label “Moscow” (English) of moscow',
    );
  });
});

describe('CSV', () => {
  it('quotes and reads fields as RFC 4180 has it', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"'],
      ['line\nbreak', '', 'Ұжымдық'],
    ];
    const text = formatCsv(rows);
    expect(text).toBe('\uFEFFplain,"with, comma","with ""quotes"""\r\n"line\nbreak",,Ұжымдық\r\n');
    expect(parseCsv(text).map((r) => r.fields)).toEqual(rows);
    expect(parseCsv(text).map((r) => r.line)).toEqual([1, 2]);
    expect(parseCsv('a,b\nc,d').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('exports one label and one aliases column per language, and reads it back', () => {
    const csv = exportVocabularyCsv(vocabulary);
    const [header, csto] = parseCsv(csv);
    expect(header!.fields).toEqual([...CSV_COLUMNS]);
    expect(header!.fields.slice(0, 6)).toEqual([
      'id',
      'type',
      'label_ru',
      'aliases_ru',
      'label_en',
      'aliases_en',
    ]);
    expect(csto!.fields.slice(0, 6)).toEqual([
      'csto',
      'organisation',
      'Организация Договора о коллективной безопасности',
      'ОДКБ',
      'Collective Security Treaty Organization',
      'CSTO',
    ]);
    const parsed = parseVocabularyCsv(csv);
    expect(parsed.problems).toEqual([]);
    expect(planImport(vocabulary, parsed.entries).vocabulary).toEqual(vocabulary);
  });

  it('accepts any column order and only the columns it needs; aliases are separated by |', () => {
    const parsed = parseVocabularyCsv(
      'label_en,type,aliases_ru,label_ru\r\nCSTO Parliamentary Assembly,organisation,ПА ОДКБ | ПАОДКБ,Парламентская Ассамблея ОДКБ\r\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      {
        type: 'organisation',
        labels: { ru: 'Парламентская Ассамблея ОДКБ', en: 'CSTO Parliamentary Assembly' },
        aliases: { ru: ['ПА ОДКБ', 'ПАОДКБ'] },
      },
    ]);
  });

  it('reports problems by line and column', () => {
    const parsed = parseVocabularyCsv(
      'type,label_en,label_ru\nplace,Minsk,Минск\ncity,Gomel,Гомель\nplace,,\nplace,Brest\n',
    );
    expect(parsed.problems).toEqual([
      { line: 3, field: 'type', message: expect.any(String) },
      { line: 4, field: 'labels', message: 'an entry needs a label in at least one language' },
      { line: 5, field: '', message: '2 fields where the header has 3' },
    ]);
    expect(parsed.entries).toHaveLength(1);
    expect(parseVocabularyCsv('type,label_xx\n').problems[0]).toMatchObject({
      line: 1,
      field: 'label_xx',
    });
    expect(parseVocabularyCsv('type,label_en,label_en\n').problems[0]).toMatchObject({
      line: 1,
      field: 'label_en',
    });
    expect(parseVocabularyCsv('type,label_en\nplace,"open\n').problems[0]).toEqual({
      line: 2,
      field: '',
      message: 'a quoted field is never closed',
    });
    expect(parseVocabularyCsv('type,label_en\nplace,a"b\n').problems[0]).toMatchObject({ line: 2 });
  });
});

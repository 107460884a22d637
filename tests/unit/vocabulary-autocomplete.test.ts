import { describe, expect, it } from 'vitest';
import { autocomplete } from '@shared/vocabulary/autocomplete';
import { vocabulary } from '../fixtures';

const ids = (query: string, lang?: 'ru' | 'en' | 'kk') =>
  autocomplete(query, vocabulary, { lang }).map((m) => m.entry.id);

describe('autocomplete for tagging', () => {
  it('matches labels and aliases in any language, ignoring case and ё/е', () => {
    expect(ids('одкб')[0]).toBe('csto');
    expect(ids('CSTO')[0]).toBe('csto');
    expect(ids('հապկ')[0]).toBe('csto');
    expect(ids('ОБЪЕДИНЕННЫЙ')).toEqual(['csto-joint-staff']);
    expect(ids('объединённый')).toEqual(['csto-joint-staff']);
    // Both start with the word; the shorter name first.
    expect(ids('ұжым')).toEqual(['collective-security', 'csto']);
  });

  it('reads every typed word as the prefix of a word of the name, in order', () => {
    expect(ids('кол без')).toEqual(['collective-security', 'csto']);
    expect(ids('bre fort')).toEqual(['brest-fortress']);
    expect(ids('fortress brest')).toEqual([]);
  });

  it('ranks an exact name first, then names starting with the words, then the rest', () => {
    expect(ids('brest').slice(0, 2)).toEqual(['brest', 'brest-fortress']);
    expect(ids('tasmag')).toEqual(['imangali-tasmagambetov']);
    const [first] = autocomplete('Тасмагамбетов', vocabulary);
    expect(first!.name).toMatchObject({ kind: 'alias', lang: 'ru', text: 'Тасмагамбетов' });
  });

  it('prefers names in the given language and highlights what matched', () => {
    const [match] = autocomplete('брест', vocabulary, { lang: 'kk' });
    expect(match!.entry.id).toBe('brest');
    expect(match!.name.lang).toBe('kk');
    const [staff] = autocomplete('joint st', vocabulary, { lang: 'en' });
    expect(staff!.name.text).toBe('CSTO Joint Staff');
    expect(staff!.highlights.map(([from, to]) => staff!.name.text.slice(from, to))).toEqual([
      'Joint',
      'St',
    ]);
  });

  it('gives nothing for nothing typed, and respects the limit', () => {
    expect(autocomplete('  ', vocabulary)).toEqual([]);
    expect(autocomplete('2023', vocabulary, { limit: 3 })).toHaveLength(3);
  });
});

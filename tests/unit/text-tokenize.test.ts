import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_INTERNAL } from '@shared/text/fold';
import { forEachWord, terms, tokenize } from '@shared/text/tokenize';

describe('tokenize: words with offsets into the original text', () => {
  it('splits a hyphenated name into parts joined to each other', () => {
    const text = '“Combat Brotherhood-2023” and «Взаимодействие-2023»';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual([
      'combat',
      'brotherhood',
      '2023',
      'and',
      'взаимодействие',
      '2023',
    ]);
    expect(tokens.map((t) => t.joined)).toEqual([false, false, true, false, false, true]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps word-internal apostrophes and Armenian marks inside the word', () => {
    expect(tokenize('Аб’яднаны штаб, CSTO’s staff').map((t) => t.term)).toEqual([
      'абяднаны',
      'штаб',
      'cstos',
      'staff',
    ]);
    expect(tokenize('ինչո՞ւ ՀԱՊԿ-ի').map((t) => t.term)).toEqual(['ինչու', 'հապկ', 'ի']);
    // A quote around a word is not part of it.
    expect(tokenize("'quoted'").map((t) => t.term)).toEqual(['quoted']);
  });

  it('gives offsets into the original text when folding changes its length', () => {
    const text = 'Die Straße, ﬁnal և ՀԱՊԿ';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['die', 'strasse', 'final', 'եվ', 'հապկ']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Die',
      'Straße',
      'ﬁnal',
      'և',
      'ՀԱՊԿ',
    ]);
  });

  it('reads letters outside the BMP', () => {
    expect(tokenize('a 𝐀𝐁-c').map((t) => [t.text, t.term])).toEqual([
      ['a', 'a'],
      ['𝐀𝐁', 'ab'],
      ['c', 'c'],
    ]);
  });

  const letters = [
    ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБЁЙЎўіІәғқңөұүһӣӯҳҷҚҰҮabcdeéèüßÆøABCĐłհապկՀԱՊԿևինչո՞ւ0123456789',
  ];
  const separators = [...' \n\t,.;:!?«»“”"()—–-/'];
  const internal = [...WORD_INTERNAL];
  const texts = fc
    .array(fc.constantFrom(...letters, ...separators, ...internal), { maxLength: 60 })
    .map((chars) => chars.join(''));

  it('terms() (indexing) gives exactly the terms of tokenize() (snippets, tagging)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(terms(text)).toEqual(tokenize(text).map((t) => t.term));
      }),
    );
  });

  it('finds the same words as the regular expression that defines them', () => {
    // Letters, digits and marks other than the word-internal ones (ʼ is a letter in Unicode).
    const letter = `(?:(?![${WORD_INTERNAL}])[\\p{L}\\p{N}\\p{M}])`;
    const word = new RegExp(`${letter}+(?:[${WORD_INTERNAL}]${letter}+)*`, 'gu');
    fc.assert(
      fc.property(texts, (text) => {
        const spans: Array<[number, number]> = [];
        forEachWord(text, (start, end) => spans.push([start, end]));
        expect(spans).toEqual(
          [...text.matchAll(word)].map((m) => [m.index, m.index + m[0].length]),
        );
      }),
    );
  });
});

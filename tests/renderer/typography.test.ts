/** Typography on request: each language's quotes, dashes, ellipsis and apostrophes. */
import { describe, expect, it } from 'vitest';
import { applyTextEdits, typographyEdits } from '../../src/renderer/src/editor/typography';

function typeset(text: string, lang: Parameters<typeof typographyEdits>[1]): string {
  return applyTextEdits(text, typographyEdits(text, lang));
}

describe('typographyEdits', () => {
  it('gives Russian «ёлочки» with „лапками“ inside, and a dash after a no-break space', () => {
    expect(typeset('Он сказал: "Учения "Взаимодействие" начались" - и ушёл...', 'ru')).toBe(
      'Он сказал: «Учения „Взаимодействие“ начались»\u00a0— и ушёл…',
    );
  });

  it('gives English “curly quotes” with ‘single’ ones inside, and apostrophes', () => {
    expect(typeset(`"We're ready," he said - "the 'Search' stage" starts`, 'en')).toBe(
      "“We’re ready,” he said — “the ‘Search’ stage” starts",
    );
  });

  it('keeps straight single quotes as typed where the language has no single pair', () => {
    expect(typeset("Он сказал 'да'", 'ru')).toBe("Он сказал 'да'");
    expect(typeset("'90s rock'n'roll", 'en')).toBe("'90s rock’n’roll");
  });

  it('turns quotes typeset for another language into this one’s', () => {
    expect(typeset('“Combat Brotherhood-2023”', 'ru')).toBe('«Combat Brotherhood-2023»');
    expect(typeset('«Combat Brotherhood»', 'en')).toBe('“Combat Brotherhood”');
    expect(typeset('«Բրեստ»', 'hy')).toBe('«Բրեստ»');
  });

  it('leaves hyphenated words, numbers and ranges alone, and changes nothing twice', () => {
    const text = 'Brotherhood-2023, 2,500 servicemen, pages 5-7';
    expect(typographyEdits(text, 'en')).toEqual([]);
    const once = typeset('Он сказал: "да" -- и всё...', 'ru');
    expect(once).toBe('Он сказал: «да» — и всё…');
    expect(typographyEdits(once, 'ru')).toEqual([]);
    const english = typeset(`"the 'Search' stage"`, 'en');
    expect(english).toBe('“the ‘Search’ stage”');
    expect(typographyEdits(english, 'en')).toEqual([]);
  });

  it('keeps every edit the same length where it can, so marks stay on their letters', () => {
    const edits = typographyEdits("\"a\" 'b' don't", 'en');
    expect(edits.every((edit) => edit.length === 1 && edit.text.length === 1)).toBe(true);
  });
});

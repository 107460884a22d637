/**
 * Typography on request (Ctrl/Cmd+Alt+Q or the toolbar): straight quotes, hyphens between
 * words and three dots become the characters each language prints. Russian, Belarusian,
 * Kazakh, Kyrgyz, Tajik and Armenian texts take «ёлочки» with „лапки“ inside; English takes
 * “curly quotes” with ‘single’ ones inside.
 */
import type { Lang } from '@shared/languages';

interface QuoteStyle {
  outer: [open: string, close: string];
  inner: [open: string, close: string];
  /** What a pair of straight single quotes becomes; null where the language keeps them as typed. */
  single: [open: string, close: string] | null;
  /** A dash between words, with the space before it (no-break where the language wants one). */
  dash: string;
}

const GUILLEMETS: QuoteStyle = { outer: ['«', '»'], inner: ['„', '“'], single: null, dash: '\u00a0—' };
const STYLES: Record<Lang, QuoteStyle> = {
  en: { outer: ['“', '”'], inner: ['‘', '’'], single: ['‘', '’'], dash: ' —' },
  ru: GUILLEMETS,
  be: GUILLEMETS,
  kk: GUILLEMETS,
  ky: GUILLEMETS,
  tg: GUILLEMETS,
  hy: { outer: ['«', '»'], inner: ['„', '“'], single: null, dash: ' —' },
};

/** One replacement in a text: `length` characters at `index` become `text`. */
export interface TextEdit {
  index: number;
  length: number;
  text: string;
}

/** Any double quotation mark a text may hold, straight or typeset in any language's style. */
const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»']);
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;

function opensHere(text: string, index: number): boolean {
  return index === 0 || OPENS_AFTER.test(text[index - 1]!) || DOUBLE_QUOTES.has(text[index - 1]!);
}

export function typographyEdits(text: string, lang: Lang): TextEdit[] {
  const style = STYLES[lang];
  const edits: TextEdit[] = [];
  const replace = (index: number, length: number, replacement: string) => {
    if (text.slice(index, index + length) !== replacement) edits.push({ index, length, text: replacement });
  };
  let depth = 0;
  let singleOpen = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (DOUBLE_QUOTES.has(char)) {
      if (opensHere(text, i) && !(depth > 0 && /\s/u.test(text[i + 1] ?? ' '))) {
        replace(i, 1, depth === 0 ? style.outer[0] : style.inner[0]);
        depth += 1;
      } else if (depth > 0) {
        depth -= 1;
        replace(i, 1, depth === 0 ? style.outer[1] : style.inner[1]);
      }
    } else if (char === "'") {
      // Between letters an apostrophe (don’t, Кот-д’Ивуар). Before a word where a quote may
      // open, and at the end of that quote, the language's single quotes; elsewhere as typed.
      if (/\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) replace(i, 1, '’');
      else if (style.single && !singleOpen && opensHere(text, i) && /\p{L}/u.test(text[i + 1] ?? '')) {
        replace(i, 1, style.single[0]);
        singleOpen = true;
      } else if (style.single && singleOpen) {
        replace(i, 1, style.single[1]);
        singleOpen = false;
      }
    } else if (char === '.' && text.startsWith('...', i) && text[i + 3] !== '.') {
      replace(i, 3, '…');
      i += 2;
    } else if ((char === '-' || char === '–') && text[i - 1] === ' ' && text[i + 1] === ' ') {
      replace(i - 1, 2, style.dash);
    } else if (char === '-' && text[i + 1] === '-' && text[i + 2] !== '-' && text[i - 1] !== '-') {
      replace(i, 2, '—');
      i += 1;
    }
  }
  return edits;
}

/** The text with every edit applied. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.index) + edit.text;
    at = edit.index + edit.length;
  }
  return out + text.slice(at);
}

/**
 * Word segmentation for all seven languages: a word is a run of letters, digits and combining
 * marks (\p{L}\p{N}\p{M}), which may hold word-internal marks between its letters (see
 * WORD_INTERNAL; ʼ counts as such a mark, never as a letter on its own, though Unicode calls
 * it one). Everything else separates words. A hyphenated name ("Combat
 * Brotherhood-2023", "Взаимодействие-2023", "ՀԱՊԿ-ի") is several words, each marked as joined
 * to the one before: the parts are found on their own, and a sequence of parts finds the whole.
 */
import { fold, foldWord, termOfFolded, WORD_INTERNAL } from './fold';

export interface Token {
  /** The word as written. */
  text: string;
  /** Its folded form, the term it is indexed and matched by. */
  term: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Set when a single hyphen or dash joins it to the previous word (no space between). */
  joined: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const JOINER = /^[\p{Pd}]$/u;
const LETTER = 1;
const INTERNAL = 2;

/**
 * The class of every BMP code unit, looked up rather than matched with a Unicode-property
 * regex: segmentation runs over every word of every release, and a table is several times
 * faster. Built on first use (65,536 entries).
 */
let classes: Uint8Array | null = null;
function classTable(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    if (code < 0xd800 || code > 0xdfff)
      classes[code] = WORD_CHAR.test(String.fromCharCode(code)) ? LETTER : 0;
  }
  for (const mark of WORD_INTERNAL) classes[mark.charCodeAt(0)] = INTERNAL;
  return classes;
}

/** Code units taken by the word character at `i`: 1, 2 for a letter outside the BMP, 0 for none. */
function wordCharAt(text: string, i: number, table: Uint8Array): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return table[code] === LETTER ? 1 : 0;
  const pair = text.slice(i, i + 2);
  return pair.length === 2 && WORD_CHAR.test(pair) ? 2 : 0;
}

/** Calls `visit` with the [start, end) of every word, in order. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const table = classTable();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = wordCharAt(text, i, table);
    if (first === 0) {
      i += 1;
      continue;
    }
    const start = i;
    i += first;
    for (;;) {
      const next = i < n ? wordCharAt(text, i, table) : 0;
      if (next > 0) {
        i += next;
        continue;
      }
      const afterMark =
        i + 1 < n && table[text.charCodeAt(i)] === INTERNAL ? wordCharAt(text, i + 1, table) : 0;
      if (afterMark === 0) break;
      i += 1 + afterMark;
    }
    visit(start, i);
  }
}

/**
 * Every word of `text`, with offsets for snippets and highlighting. The text is folded once;
 * where folding kept its length (nearly always: it changes letters, not their number) words
 * are found in the folded text and their offsets hold for the original, otherwise each word
 * is found in the original and folded on its own.
 */
export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const sameOffsets = folded.length === text.length;
  const tokens: Token[] = [];
  let previousEnd = -1;
  forEachWord(sameOffsets ? folded : text, (start, end) => {
    tokens.push({
      text: text.slice(start, end),
      term: sameOffsets ? termOfFolded(folded.slice(start, end)) : foldWord(text.slice(start, end)),
      start,
      end,
      joined: previousEnd >= 0 && start - previousEnd === 1 && JOINER.test(text[previousEnd] ?? ''),
    });
    previousEnd = end;
  });
  return tokens;
}

/** The terms of `text` without offsets, for indexing: the same terms as tokenize() gives (see the tests). */
export function terms(text: string): string[] {
  const folded = fold(text);
  const found: string[] = [];
  forEachWord(folded, (start, end) => found.push(termOfFolded(folded.slice(start, end))));
  return found;
}

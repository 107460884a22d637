/**
 * Text normalisation shared by the review modules. Kept here, not in a general text module,
 * because fingerprints depend on it byte for byte (see fingerprint.ts).
 */

/** Characters that are invisible in the editor and must not count as an edit. */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** NFC, invisible characters dropped, every run of whitespace (nbsp included) one space, trimmed. */
export function normaliseText(text: string): string {
  // Same result as replacing every /\s+/ with a space, but leaves the single spaces alone.
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

/** Case- and ё-insensitive form of a word, for matching names across inflection and spelling. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/**
 * Letters of the scripts the seven languages are written in (Latin, Cyrillic, Armenian), with
 * combining accents, as a character-class body. Spelled out because Unicode property classes
 * are several times slower in V8's regular expressions, and these run over every word. The
 * accents come first: after a letter, a class would read them as one combined character.
 */
export const LETTERS =
  '\\u0300-\\u036fA-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0400-\\u052f\\u0531-\\u0556\\u0561-\\u0587';

/** Runs of letters or of digits: the words names and texts are compared by. */
export const WORD = new RegExp(`[${LETTERS}]+|\\d+`, 'g');

export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

export function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

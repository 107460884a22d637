/**
 * Folding: the form in which two spellings of a word compare equal for search and tagging.
 * Case, ё/е, compatibility forms and Latin diacritics are erased; every letter that makes a
 * difference in one of the seven languages (й, ў, ә, ғ, қ, ң, ө, ұ, ү, һ, і, ӣ, ӯ, ҳ, ҷ and
 * all of Armenian) is kept.
 */

/** Latin letters that have no canonical decomposition, spelled out. */
const LATIN_SPELLED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
};

/** Latin letters with diacritics (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional), or an ASCII letter followed by combining marks. */
const LATIN_WITH_MARKS =
  /(?:[\u00C0-\u024F\u1E00-\u1EFF]|[a-z](?=[\u0300-\u036F]))[\u0300-\u036F]*/g;
/** Acute and grave after a Cyrillic letter are stress marks (за́мок), not part of the letter. */
const CYRILLIC_STRESS = /(?<=[\u0400-\u04FF])[\u0300\u0301]/g;
/**
 * Modern Armenian spells the ligature և as ԵՎ in capitals, so its folded form is եվ; NFKC
 * alone would give եւ, which would never meet the capitalised spelling.
 */
const ARMENIAN_ECH_YIWN = /\u0587/g;

function stripLatinMarks(letter: string): string {
  const base = letter.normalize('NFD').replace(/[\u0300-\u036F]/g, '');
  return LATIN_SPELLED[base] ?? base;
}

const MAY_HAVE_LATIN_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]|[\u0300-\u036F]/;

/** The folded form of any text: NFKC, lower case, ё → е, Latin diacritics removed. */
export function fold(text: string): string {
  // Each step is guarded by a cheap test: folding runs over every word of every release.
  let folded = (text.includes('\u0587') ? text.replace(ARMENIAN_ECH_YIWN, 'եվ') : text)
    .normalize('NFKC')
    .toLowerCase();
  if (folded.includes('ё')) folded = folded.replace(/ё/g, 'е');
  if (!MAY_HAVE_LATIN_MARKS.test(folded)) return folded;
  if (folded.includes('\u0301') || folded.includes('\u0300'))
    folded = folded.replace(CYRILLIC_STRESS, '');
  return folded.replace(LATIN_WITH_MARKS, stripLatinMarks);
}

/**
 * Marks that may stand inside a word without splitting it: apostrophes (Belarusian аб’яднаны,
 * English CSTO’s), the Armenian apostrophe and the Armenian emphasis, exclamation and
 * question marks, which are written over a vowel inside the word (ինչո՞ւ), and the soft hyphen.
 */
export const WORD_INTERNAL = "'\u2019\u02BC\u055A\u055B\u055C\u055E\u00AD";
const WORD_INTERNAL_CLASS = new RegExp(`[${WORD_INTERNAL}]`, 'g');

/** Latin letters typed for their Cyrillic look-alikes (a Belarusian or Kazakh "i" on a Latin layout). */
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};
const HAS_OTHER_LATIN = /[bdf-hj-nq-wz]/;

const INTERNAL_CODES = new Set([...WORD_INTERNAL].map((c) => c.charCodeAt(0)));
const LOOKALIKE_CODES = new Set(Object.keys(CYRILLIC_LOOKALIKES).map((c) => c.charCodeAt(0)));

/**
 * A word already folded (as part of a longer text), made a term: word-internal marks dropped,
 * and Latin look-alike letters inside an otherwise Cyrillic word read as the Cyrillic letters
 * they imitate.
 */
export function termOfFolded(word: string): string {
  // One pass decides whether there is anything to do: nearly always there is not.
  let internal = false;
  let cyrillic = false;
  let lookalike = false;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) cyrillic = true;
    else if (LOOKALIKE_CODES.has(code)) lookalike = true;
    else if (INTERNAL_CODES.has(code)) internal = true;
  }
  const term = internal ? word.replace(WORD_INTERNAL_CLASS, '') : word;
  if (!(cyrillic && lookalike) || HAS_OTHER_LATIN.test(term)) return term;
  return term.replace(/[aceiopxy]/g, (c) => CYRILLIC_LOOKALIKES[c] ?? c);
}

/** The term of one word as written. */
export function foldWord(word: string): string {
  return termOfFolded(fold(word));
}

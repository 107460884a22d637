/**
 * Whether a text is written in the language of its slot, judged by script and by letters:
 * Armenian and English by script; the Cyrillic languages by the letters that tell them apart.
 * Kazakh, Kyrgyz, Belarusian and Tajik have letters Russian lacks (kk ә ғ қ ң ө ұ ү һ і,
 * ky ң ө ү, be ў і, tg ғ ӣ қ ӯ ҳ ҷ), and Belarusian and Tajik lack some Russian ones. A text is
 * in another language when it has letters its slot's language lacks, or when it is long enough
 * to show some letter telling its language from a neighbour, shows none, and fits that
 * neighbour. Short texts give no verdict: a title of a few words may have none of its
 * language's own letters.
 */
import type { Lang } from '../languages';

export type Script = 'latin' | 'cyrillic' | 'armenian';

export const SCRIPT_OF: Readonly<Record<Lang, Script>> = {
  ru: 'cyrillic',
  en: 'latin',
  hy: 'armenian',
  be: 'cyrillic',
  kk: 'cyrillic',
  ky: 'cyrillic',
  tg: 'cyrillic',
};

type CyrillicLang = 'ru' | 'be' | 'kk' | 'ky' | 'tg';
/** Russian first: the neighbour a text is most often mistaken for. */
const CYRILLIC_LANGS: readonly CyrillicLang[] = ['ru', 'be', 'kk', 'ky', 'tg'];

/** Letters each Cyrillic language has and Russian lacks. */
export const OWN_LETTERS: Readonly<Record<CyrillicLang, string>> = {
  ru: '',
  be: 'ўі',
  kk: 'әғқңөұүһі',
  ky: 'ңөү',
  tg: 'ғӣқӯҳҷ',
};
/** Russian letters that some of the others lack. */
const RUSSIAN_TELLING = 'иъщцыь';
const LACKING_RUSSIAN: Readonly<Partial<Record<CyrillicLang, string>>> = { be: 'иъщ', tg: 'цщыь' };

/** Which of the telling letters each language's alphabet has. */
const ALPHABET: Readonly<Record<CyrillicLang, string>> = Object.fromEntries(
  CYRILLIC_LANGS.map((lang) => [
    lang,
    OWN_LETTERS[lang] +
      [...RUSSIAN_TELLING].filter((ch) => !LACKING_RUSSIAN[lang]?.includes(ch)).join(''),
  ]),
) as Record<CyrillicLang, string>;
const TELLING = [...new Set(Object.values(ALPHABET).join(''))].join('');

/** Below this many letters no verdict is given. */
const MIN_LETTERS = 12;
/** A text this long shows some of the letters that tell its language from a neighbour. */
const MIN_LETTERS_FOR_ABSENCE = 40;
/** Letters the language lacks, seen this often, are not a stray name. */
const MIN_FOREIGN = 3;

export type WrongLanguageReason =
  /** Mostly letters of another script. */
  | 'script'
  /** Letters the language does not have. */
  | 'foreign-letters'
  /** None of the letters that tell the language from the one the text reads as. */
  | 'no-own-letters';

export type LanguageVerdict =
  | { fits: true }
  | {
      fits: false;
      reason: WrongLanguageReason;
      /** The letters that gave it away: foreign ones seen, or telling ones missing. */
      letters: string;
      /** The language the text reads as, when one stands out. */
      looksLike: Lang | null;
    };

const CYRILLIC_FIRST = 0x400;
const CYRILLIC_LAST = 0x52f;

interface Evidence {
  letters: number;
  scripts: Record<Script, number>;
  /** Occurrences of each lower-case Cyrillic letter, by code point from CYRILLIC_FIRST. */
  counts: Int32Array;
}

function evidenceOf(text: string): Evidence {
  const scripts: Record<Script, number> = { latin: 0, cyrillic: 0, armenian: 0 };
  const counts = new Int32Array(CYRILLIC_LAST - CYRILLIC_FIRST + 1);
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    if (code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST) {
      scripts.cyrillic += 1;
      counts[code - CYRILLIC_FIRST]! += 1;
    } else if ((code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0x24f && code !== 0xf7)) {
      scripts.latin += 1;
    } else if ((code >= 0x561 && code <= 0x587) || (code >= 0xfb13 && code <= 0xfb17)) {
      scripts.armenian += 1;
    }
  }
  return { letters: scripts.latin + scripts.cyrillic + scripts.armenian, scripts, counts };
}

/** Of `letters`, how many occurrences the text has and which of them it shows. */
function occurrences(evidence: Evidence, letters: string): { total: number; seen: string } {
  let total = 0;
  let seen = '';
  for (const ch of letters) {
    const n = evidence.counts[ch.charCodeAt(0) - CYRILLIC_FIRST]!;
    total += n;
    if (n > 0) seen += ch;
  }
  return { total, seen };
}

const without = (letters: string, excluded: string): string =>
  [...letters].filter((ch) => !excluded.includes(ch)).join('');

/** Telling letters each language's alphabet lacks. */
const FOREIGN: Readonly<Record<CyrillicLang, string>> = Object.fromEntries(
  CYRILLIC_LANGS.map((lang) => [lang, without(TELLING, ALPHABET[lang])]),
) as Record<CyrillicLang, string>;

/** TELLING_FROM[lang][other]: letters `lang` has and `other` lacks. */
const TELLING_FROM = Object.fromEntries(
  CYRILLIC_LANGS.map((lang) => [
    lang,
    Object.fromEntries(
      CYRILLIC_LANGS.map((other) => [other, without(ALPHABET[lang], ALPHABET[other])]),
    ),
  ]),
) as Record<CyrillicLang, Record<CyrillicLang, string>>;

export function judgeLanguage(text: string, lang: Lang): LanguageVerdict {
  const evidence = evidenceOf(text);
  if (evidence.letters < MIN_LETTERS) return { fits: true };
  if (evidence.scripts[SCRIPT_OF[lang]] * 2 < evidence.letters) {
    return { fits: false, reason: 'script', letters: '', looksLike: guessLanguage(evidence) };
  }
  if (SCRIPT_OF[lang] !== 'cyrillic') return { fits: true };
  const slot = lang as CyrillicLang;
  const foreign = occurrences(evidence, FOREIGN[slot]);
  if (foreign.total >= MIN_FOREIGN) {
    return {
      fits: false,
      reason: 'foreign-letters',
      letters: foreign.seen,
      looksLike: guessLanguage(evidence),
    };
  }
  if (evidence.scripts.cyrillic < MIN_LETTERS_FOR_ABSENCE) return { fits: true };
  // Neighbours the text fits without a single foreign letter are tried first.
  for (const tolerance of [1, MIN_FOREIGN]) {
    for (const other of CYRILLIC_LANGS) {
      if (other === slot) continue;
      const missing = TELLING_FROM[slot][other];
      if (missing === '' || occurrences(evidence, missing).total > 0) continue;
      // A neighbour with letters of its own must show one: absence alone does not make
      // Russian text Tajik. Russian has none, so absence alone does make it Russian.
      const theirs = TELLING_FROM[other][slot];
      if (theirs !== '' && occurrences(evidence, theirs).total === 0) continue;
      if (occurrences(evidence, FOREIGN[other]).total >= tolerance) continue;
      return { fits: false, reason: 'no-own-letters', letters: missing, looksLike: other };
    }
  }
  return { fits: true };
}

/**
 * The language a text most likely is: by script, and among Cyrillic languages the one with
 * most of its own letters and no foreign ones; with no telling letters at all, Russian.
 */
function guessLanguage(evidence: Evidence): Lang | null {
  const { latin, cyrillic, armenian } = evidence.scripts;
  if (latin > cyrillic && latin > armenian) return 'en';
  if (armenian > cyrillic) return 'hy';
  let best: { lang: Lang; own: number; size: number } | null = null;
  for (const lang of CYRILLIC_LANGS) {
    if (occurrences(evidence, FOREIGN[lang]).total >= MIN_FOREIGN) continue;
    const own = occurrences(evidence, OWN_LETTERS[lang]).total;
    // On equal evidence the language with fewer own letters wins: Kyrgyz text has only
    // ң ө ү, which Kazakh shares, while Kazakh text would show ә қ ұ too.
    if (!best || own > best.own || (own === best.own && OWN_LETTERS[lang].length < best.size)) {
      best = { lang, own, size: OWN_LETTERS[lang].length };
    }
  }
  return best?.lang ?? null;
}

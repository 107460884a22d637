/**
 * Stemming, so that word forms meet: учение, учения, учений → учен; exercises, exercise →
 * exercis. Russian and English use @orama/stemmers: its Russian stemmer is the Snowball
 * algorithm, its English one Porter's. The other five languages have no stemmer here (Armenian
 * Snowball gives one stem for անվտանգություն and another for its genitive անվտանգության, which
 * is worse than none): their terms stay folded words, and search reaches their word forms by
 * prefix.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import type { Lang } from '../languages';

type Stemmer = (term: string) => string;

/** Each stemmer applies only to words of its own script, so a Latin name in Russian text stays whole. */
const STEMMERS: Partial<Record<Lang, { script: RegExp; stem: Stemmer }>> = {
  ru: { script: /^[а-яё][а-яё0-9]*$/, stem: russianStemmer },
  en: { script: /^[0-9]*[a-z][a-z0-9]*$/, stem: englishStemmer },
};

export const STEMMED_LANGS: readonly Lang[] = Object.keys(STEMMERS) as Lang[];

/** Words repeat (Zipf), and a stemmer costs microseconds: remember the last many. */
const CACHE_LIMIT = 50_000;
const caches = new Map<Lang, Map<string, string>>();

/** The stem of a folded term in `lang`; the term itself where the language has no stemmer. */
export function stem(term: string, lang: Lang): string {
  const stemmer = STEMMERS[lang];
  if (!stemmer || !stemmer.script.test(term)) return term;
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  const cached = cache.get(term);
  if (cached !== undefined) return cached;
  // A stemmer never takes a word down to nothing: keep the word when it would.
  const stemmed = stemmer.stem(term) || term;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(term, stemmed);
  return stemmed;
}

/** The language whose stemmer reads a term of a query, whose language is not known: by script. */
export function stemLangOfScript(term: string): Lang | null {
  for (const lang of STEMMED_LANGS) if (STEMMERS[lang]?.script.test(term)) return lang;
  return null;
}

/** The forms under which a term of unknown language may be indexed: itself and its stem. */
export function queryForms(term: string): string[] {
  const lang = stemLangOfScript(term);
  const stemmed = lang ? stem(term, lang) : term;
  return stemmed === term ? [term] : [term, stemmed];
}

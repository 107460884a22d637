/**
 * Finding vocabulary names in text. Both sides are tokenized and compared word by word, never
 * as substrings, so "Брест" is found in "в Бресте" but not inside "Брестской": a name matches
 * a run of consecutive words of the text when each word meets the name's word.
 *
 * Two words meet when their key sets intersect. A word's keys are its folded term and, in a
 * language with a stemmer, its stem: "Тасмагамбетова" (stem тасмагамбетов) meets the label
 * word "Тасмагамбетов" (term тасмагамбетов), "коллективную" meets "коллективная" (both
 * коллективн). Words of a name may be separated in the text by spaces and dashes only, not by
 * punctuation that ends a phrase.
 */
import type { VocabularyEntry } from '../domain';
import type { Lang } from '../languages';
import { snippetAround, type Snippet } from '../text/snippet';
import { queryForms, stem } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import { entryNames, type EntryName } from './names';

interface CompiledName extends EntryName {
  /** Per word of the name, the keys it is met by. */
  words: string[][];
}

export interface VocabularyMatcher {
  names: CompiledName[];
  /** Names by every key of their first word. */
  byFirstKey: Map<string, CompiledName[]>;
}

export interface Mention {
  entryId: string;
  /** The name that matched. */
  name: EntryName;
  /** UTF-16 offsets into the text: the matched words, first to last. */
  start: number;
  end: number;
}

function keysOf(term: string, lang: Lang | null): string[] {
  if (lang === null) return queryForms(term);
  const stemmed = stem(term, lang);
  return stemmed === term ? [term] : [term, stemmed];
}

const compiled = new WeakMap<readonly VocabularyEntry[], VocabularyMatcher>();

/** The matcher for a vocabulary; compiled once per vocabulary array. */
export function compileVocabulary(entries: readonly VocabularyEntry[]): VocabularyMatcher {
  const cached = compiled.get(entries);
  if (cached) return cached;
  const names: CompiledName[] = [];
  const byFirstKey = new Map<string, CompiledName[]>();
  for (const entry of entries) {
    for (const name of entryNames(entry)) {
      const words = tokenize(name.text).map((token) => keysOf(token.term, name.lang));
      if (words.length === 0) continue;
      const compiledName: CompiledName = { ...name, words };
      names.push(compiledName);
      for (const key of words[0] ?? []) {
        const list = byFirstKey.get(key);
        if (list) list.push(compiledName);
        else byFirstKey.set(key, [compiledName]);
      }
    }
  }
  const matcher = { names, byFirstKey };
  compiled.set(entries, matcher);
  return matcher;
}

const NAME_GAP = /^[\s\p{Pd}]*$/u;

function meets(a: readonly string[], b: readonly string[]): boolean {
  return a.some((key) => b.includes(key));
}

/**
 * Mentions in already tokenized text. With `lang`, only names in that language are looked
 * for and the text is stemmed as that language; with null (a query, of unknown language),
 * names of every language are, and each word is stemmed by its script.
 * Where matches overlap, the one that starts first wins, then the longest: "CSTO Joint Staff"
 * is the Joint Staff, not also the CSTO.
 */
export function matchTokens(
  tokens: readonly Token[],
  text: string,
  lang: Lang | null,
  matcher: VocabularyMatcher,
): Mention[] {
  const keys = tokens.map((token) => keysOf(token.term, lang));
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    const seen = new Set<CompiledName>();
    for (const key of keys[i] ?? []) {
      for (const name of matcher.byFirstKey.get(key) ?? []) {
        if (seen.has(name) || (lang !== null && name.lang !== lang)) continue;
        seen.add(name);
        const last = i + name.words.length - 1;
        let ok = last < tokens.length;
        for (let j = 1; ok && j < name.words.length; j += 1) {
          const prev = tokens[i + j - 1]!;
          const next = tokens[i + j]!;
          ok =
            NAME_GAP.test(text.slice(prev.end, next.start)) && meets(name.words[j]!, keys[i + j]!);
        }
        if (ok) {
          const { words: _words, ...plain } = name;
          found.push({
            entryId: name.entryId,
            name: plain,
            start: token.start,
            end: tokens[last]!.end,
          });
        }
      }
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Mention[] = [];
  let coveredTo = -1;
  for (const mention of found) {
    if (mention.start < coveredTo) continue;
    chosen.push(mention);
    coveredTo = mention.end;
  }
  return chosen;
}

export interface TextMention extends Mention {
  /** The passage around the mention, the mention highlighted. */
  snippet: Snippet;
}

/** Mentions of the vocabulary's names in `lang` within `text`, in text order. */
export function findMentions(
  text: string,
  lang: Lang,
  entries: readonly VocabularyEntry[],
): TextMention[] {
  return matchTokens(tokenize(text), text, lang, compileVocabulary(entries)).map((mention) => ({
    ...mention,
    snippet: snippetAround(text, [[mention.start, mention.end]]),
  }));
}

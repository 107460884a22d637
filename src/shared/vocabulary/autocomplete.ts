/**
 * Autocomplete for tagging: entries whose label or alias, in any language, starts with what
 * was typed, word by word. Case, ё/е and Latin diacritics do not matter ("одкб", "ОДКБ";
 * "объединенный", "Объединённый"); every typed word is a prefix of a word of the name, in order
 * ("кол без" → "коллективная безопасность").
 */
import type { VocabularyEntry } from '../domain';
import type { Lang } from '../languages';
import { tokenize, type Token } from '../text/tokenize';
import type { Range } from '../text/snippet';
import { entryNames, type EntryName } from './names';

export interface AutocompleteOptions {
  /** Names in this language rank first among equally good matches (the release's language). */
  lang?: Lang;
  limit?: number;
}

export interface AutocompleteMatch {
  entry: VocabularyEntry;
  /** The name that matched best. */
  name: EntryName;
  /** Ranges of `name.text` that the typed words matched. */
  highlights: Range[];
}

/** Lower is better: the name is what was typed; starts with it; holds its words further in. */
const enum Tier {
  Exact = 0,
  Start = 1,
  Inside = 2,
}

/** Each typed word must be a prefix of a later word of the name; null when one is not. */
function matchWords(
  typed: readonly Token[],
  words: readonly Token[],
): { tier: Tier; highlights: Range[] } | null {
  const highlights: Range[] = [];
  let from = 0;
  let consecutiveFromStart = true;
  for (const [i, word] of typed.entries()) {
    const at = words.findIndex(
      (candidate, index) => index >= from && candidate.term.startsWith(word.term),
    );
    if (at < 0) return null;
    if (at !== i) consecutiveFromStart = false;
    const target = words[at]!;
    highlights.push([target.start, target.start + Math.min(target.text.length, word.text.length)]);
    from = at + 1;
  }
  const exact =
    typed.length === words.length && typed.every((word, i) => word.term === words[i]!.term);
  return { tier: exact ? Tier.Exact : consecutiveFromStart ? Tier.Start : Tier.Inside, highlights };
}

const tokenizedNames = new WeakMap<
  readonly VocabularyEntry[],
  Array<Array<{ name: EntryName; words: Token[] }>>
>();

/** Names tokenized once per vocabulary array, not on every keystroke. */
function namesOf(entries: readonly VocabularyEntry[]) {
  let names = tokenizedNames.get(entries);
  if (!names) {
    names = entries.map((entry) =>
      entryNames(entry).map((name) => ({ name, words: tokenize(name.text) })),
    );
    tokenizedNames.set(entries, names);
  }
  return names;
}

export function autocomplete(
  query: string,
  entries: readonly VocabularyEntry[],
  options: AutocompleteOptions = {},
): AutocompleteMatch[] {
  const typed = tokenize(query);
  if (typed.length === 0) return [];
  const names = namesOf(entries);
  const ranked: Array<AutocompleteMatch & { rank: number[] }> = [];
  for (const [index, entry] of entries.entries()) {
    let best: (AutocompleteMatch & { rank: number[] }) | null = null;
    for (const { name, words } of names[index] ?? []) {
      const match = matchWords(typed, words);
      if (!match) continue;
      const rank = [
        match.tier,
        name.kind === 'label' ? 0 : 1,
        name.lang === options.lang ? 0 : 1,
        name.text.length,
      ];
      if (!best || compareRanks(rank, best.rank) < 0)
        best = { entry, name, highlights: match.highlights, rank };
    }
    if (best) ranked.push(best);
  }
  ranked.sort((a, b) => compareRanks(a.rank, b.rank) || a.name.text.localeCompare(b.name.text));
  return ranked.slice(0, options.limit ?? 10).map(({ rank: _rank, ...match }) => match);
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

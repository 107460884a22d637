/**
 * Finding vocabulary names (labels and aliases) in text, tolerant of inflection and case: each
 * word of a name may lose up to three final letters before the text's word has to start with
 * it, so "Брестская крепость" is found in "Брестской крепости" and "Коллективные силы" in
 * "Коллективными силами". Words of three letters or fewer and numbers must match whole. An
 * abbreviation must be written in capitals, as in the name, and may take a suffix (ЖКМУнун),
 * so that "ЕС" is not found in "если".
 */
import type { VocabularyEntry } from '../domain';
import type { Lang } from '../languages';
import { foldWord, WORD } from './normalise';

export interface TermMention {
  entryId: string;
  /** The name as written in the text. */
  text: string;
}

interface TermWord {
  /** What a word of the text must start with (or be, when `whole`). */
  stem: string;
  whole: boolean;
  /** Compared with the word as written, not folded: abbreviations. */
  asWritten: boolean;
}

interface Term {
  entryId: string;
  words: TermWord[];
}

/** A text's words, folded and as written (the same words, in the same order). */
interface TextWords {
  folded: readonly string[];
  written: readonly string[];
}

interface Match {
  entryId: string;
  first: number;
  last: number;
}

export class TermMatcher {
  private readonly byKey = new Map<string, Term[]>();
  private readonly names = new Map<string, string[]>();

  constructor(vocabulary: readonly VocabularyEntry[], lang: Lang) {
    for (const entry of vocabulary) {
      const names = [entry.labels[lang], ...(entry.aliases[lang] ?? [])].filter(
        (n): n is string => !!n,
      );
      if (names.length === 0) continue;
      this.names.set(entry.id, names);
      for (const name of names) {
        const words = [...name.normalize('NFC').matchAll(WORD)].map((m) => termWord(m[0]));
        if (words.length === 0) continue;
        const key = keyOf(foldWord(words[0]!.stem));
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), { entryId: entry.id, words }]);
      }
    }
  }

  /** The names the vocabulary has for an entry in this language (empty when it has none). */
  namesOf(entryId: string): string[] {
    return this.names.get(entryId) ?? [];
  }

  /** Entries named in `text`; a name inside a longer one ("CSTO" in "CSTO Secretariat") is not counted. */
  named(text: string): TermMention[] {
    const normalised = text.normalize('NFC');
    const spans = [...normalised.matchAll(WORD)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    const written = spans.map((span) => normalised.slice(span.start, span.end));
    const matches = this.matches({ folded: written.map(foldWord), written });
    const kept = matches.filter(
      (m) =>
        !matches.some(
          (o) => o.first <= m.first && o.last >= m.last && o.last - o.first > m.last - m.first,
        ),
    );
    const seen = new Set<string>();
    const mentions: TermMention[] = [];
    for (const m of kept) {
      if (seen.has(m.entryId)) continue;
      seen.add(m.entryId);
      mentions.push({
        entryId: m.entryId,
        text: normalised.slice(spans[m.first]!.start, spans[m.last]!.end),
      });
    }
    return mentions;
  }

  /** Ids of the entries any of whose names occurs in `text`. */
  present(text: string): Set<string> {
    // Folding the whole text at once is faster than word by word. Case folding keeps letters
    // letters, so both lists cut the text into the same words.
    const normalised = text.normalize('NFC');
    const words = {
      folded: foldWord(normalised).match(WORD) ?? [],
      written: normalised.match(WORD) ?? [],
    };
    return new Set(this.matches(words).map((m) => m.entryId));
  }

  private matches(words: TextWords): Match[] {
    const found: Match[] = [];
    words.folded.forEach((word, first) => {
      for (const term of this.byKey.get(keyOf(word)) ?? []) {
        const last = first + term.words.length - 1;
        if (last >= words.folded.length) continue;
        if (term.words.every((w, k) => wordMatches(w, words, first + k))) {
          found.push({ entryId: term.entryId, first, last });
        }
      }
    });
    return found;
  }
}

function keyOf(folded: string): string {
  return folded.slice(0, 3);
}

function termWord(word: string): TermWord {
  const abbreviation =
    word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
  if (abbreviation) return { stem: word, whole: false, asWritten: true };
  const folded = foldWord(word);
  if (folded.length <= 3 || /^\d/.test(folded))
    return { stem: folded, whole: true, asWritten: false };
  const ending = folded.length >= 8 ? 3 : folded.length >= 5 ? 2 : 1;
  return { stem: folded.slice(0, folded.length - ending), whole: false, asWritten: false };
}

function wordMatches(term: TermWord, words: TextWords, at: number): boolean {
  const word = term.asWritten ? words.written[at]! : words.folded[at]!;
  return term.whole ? word === term.stem : word.startsWith(term.stem);
}

/**
 * A query's text read into clauses, one per word; a release version matches when it meets
 * every clause. A clause is met by the word's folded form or stem (учения → учен meets учение),
 * by words it is a prefix of (the word being typed, and any word of three letters or more,
 * which is how languages without a stemmer reach their word forms: Қазақстан → Қазақстанның),
 * or by a tag: words that name a vocabulary entry (ОДКБ, CSTO, ՀԱՊԿ) are also met by every
 * version of a release tagged with it, whatever its language.
 */
import { matchTokens, type VocabularyMatcher } from '@shared/vocabulary/matcher';
import { queryForms } from '@shared/text/stem';
import { tokenize } from '@shared/text/tokenize';

export interface Clause {
  /** Terms that meet the clause fully: the word's folded form and stem. */
  exact: string[];
  /** Indexed terms starting with this meet it too, at a lower score; null for none. */
  prefix: string | null;
  /** Vocabulary entries the word is part of a name of: releases tagged with one meet the clause. */
  tags: string[];
}

const MIN_PREFIX = 3;
/** Words of a query read at most: a clause counter is a byte, and no one types more. */
const MAX_CLAUSES = 32;

export function planQuery(text: string, matcher: VocabularyMatcher | null): Clause[] {
  const tokens = tokenize(text).slice(0, MAX_CLAUSES);
  const typingLast = tokens.length > 0 && tokens[tokens.length - 1]!.end === text.length;
  const clauses = tokens.map((token, i): Clause => {
    const isTyped = typingLast && i === tokens.length - 1;
    const long = token.term.length >= MIN_PREFIX && !/^\d+$/.test(token.term);
    return { exact: queryForms(token.term), prefix: isTyped || long ? token.term : null, tags: [] };
  });
  if (matcher) {
    for (const mention of matchTokens(tokens, text, null, matcher)) {
      tokens.forEach((token, i) => {
        if (token.start >= mention.start && token.end <= mention.end)
          clauses[i]!.tags.push(mention.entryId);
      });
    }
  }
  return clauses;
}

/**
 * The passage shown under a hit: the first field of the matched version where most of the
 * query's words are found (the lead or a body paragraph before the title, which is shown
 * anyway), with each word that met the query highlighted.
 */
import type { Lang } from '@shared/languages';
import type { TextField, VersionText } from '@shared/text/doc-text';
import { snippetAround, type Range, type Snippet } from '@shared/text/snippet';
import { stem } from '@shared/text/stem';
import { tokenize } from '@shared/text/tokenize';
import { matchTokens, type VocabularyMatcher } from '@shared/vocabulary/matcher';
import type { Clause } from './query-plan';

function highlights(
  text: string,
  lang: Lang,
  clauses: readonly Clause[],
  matcher: VocabularyMatcher | null,
): { ranges: Range[]; clausesMet: number } {
  const ranges: Range[] = [];
  const met = new Set<number>();
  const tokens = tokenize(text);
  // A word that named a tag: the tag's name in this version's language is what met it here (ՀԱՊԿ → ОДКБ).
  if (matcher && clauses.some((c) => c.tags.length > 0)) {
    for (const mention of matchTokens(tokens, text, lang, matcher)) {
      const clause = clauses.findIndex((c) => c.tags.includes(mention.entryId));
      if (clause < 0) continue;
      ranges.push([mention.start, mention.end]);
      met.add(clause);
    }
  }
  for (const token of tokens) {
    if (ranges.some(([from, to]) => token.start >= from && token.end <= to)) continue;
    const term = stem(token.term, lang);
    const clause = clauses.findIndex(
      (c) =>
        c.exact.includes(term) ||
        c.exact.includes(token.term) ||
        (c.prefix !== null && token.term.startsWith(c.prefix)),
    );
    if (clause >= 0) {
      ranges.push([token.start, token.end]);
      met.add(clause);
    }
  }
  return { ranges: ranges.sort((a, b) => a[0] - b[0]), clausesMet: met.size };
}

/** Lead, body paragraphs, title: the body is only read (decoded) when the lead does not do. */
function* fieldsOf(text: VersionText): Iterable<{ field: TextField; text: string }> {
  yield { field: 'lead', text: text.lead };
  for (const paragraph of text.body) yield { field: 'body', text: paragraph };
  yield { field: 'title', text: text.title };
}

export function hitSnippet(
  text: VersionText,
  lang: Lang,
  clauses: readonly Clause[],
  matcher: VocabularyMatcher | null,
): { field: TextField; snippet: Snippet } {
  let best: { field: TextField; text: string; ranges: Range[]; clausesMet: number } | null = null;
  for (const candidate of fieldsOf(text)) {
    if (!candidate.text) continue;
    const found = highlights(candidate.text, lang, clauses, matcher);
    if (found.ranges.length > 0 && (!best || found.clausesMet > best.clausesMet))
      best = { ...candidate, ...found };
    // The first field meeting every clause will do: most hits stop at the lead.
    if (best?.clausesMet === clauses.length) break;
  }
  if (best) return { field: best.field, snippet: snippetAround(best.text, best.ranges) };
  for (const { field, text: fieldText } of fieldsOf(text))
    if (fieldText) return { field, snippet: snippetAround(fieldText, []) };
  return { field: 'title', snippet: { text: '', highlights: [] } };
}

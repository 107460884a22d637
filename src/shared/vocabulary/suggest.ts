/** Tag suggestions for a release: the vocabulary entries its text mentions, in any of its versions. */
import type { Release, VocabularyEntry } from '../domain';
import { LANGS, type Lang } from '../languages';
import type { Snippet } from '../text/snippet';
import { versionText, type TextField } from '../text/doc-text';
import { findMentions } from './matcher';

export interface SuggestionMention {
  lang: Lang;
  field: TextField;
  /** Index of the body paragraph (see docParagraphs); null for the title and the lead. */
  paragraph: number | null;
  /** Offsets into that field's (or paragraph's) text. */
  start: number;
  end: number;
  snippet: Snippet;
}

export interface TagSuggestion {
  entryId: string;
  /** The release already carries this tag. */
  tagged: boolean;
  mentions: SuggestionMention[];
}

/**
 * Every entry named in the title, lead or body of any version, with where: versions are read
 * in the UI's language order, each against the names in its own language, so a Tajik alias
 * that is an ordinary Russian word is never found in Russian text. Most mentioned first.
 */
export function suggestTags(
  release: Release,
  entries: readonly VocabularyEntry[],
): TagSuggestion[] {
  const byEntry = new Map<string, SuggestionMention[]>();
  const add = (lang: Lang, field: TextField, paragraph: number | null, text: string) => {
    for (const { entryId, start, end, snippet } of findMentions(text, lang, entries)) {
      const list = byEntry.get(entryId) ?? [];
      list.push({ lang, field, paragraph, start, end, snippet });
      byEntry.set(entryId, list);
    }
  };
  for (const lang of LANGS) {
    const variant = release.variants[lang];
    if (!variant) continue;
    const { title, lead, body } = versionText(variant);
    add(lang, 'title', null, title);
    add(lang, 'lead', null, lead);
    body.forEach((paragraph, index) => add(lang, 'body', index, paragraph));
  }
  const order = new Map(entries.map((entry, index) => [entry.id, index]));
  return [...byEntry.entries()]
    .map(([entryId, mentions]) => ({ entryId, tagged: release.tags.includes(entryId), mentions }))
    .sort(
      (a, b) =>
        b.mentions.length - a.mentions.length ||
        (order.get(a.entryId) ?? 0) - (order.get(b.entryId) ?? 0),
    );
}

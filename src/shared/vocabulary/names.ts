/** The names of vocabulary entries: every label and alias, each in its own language. */
import type { VocabularyEntry } from '../domain';
import { LANGS, type Lang } from '../languages';

export type NameKind = 'label' | 'alias';

export interface EntryName {
  entryId: string;
  lang: Lang;
  kind: NameKind;
  text: string;
}

/** Labels before aliases, languages in the UI's order. */
export function entryNames(entry: VocabularyEntry): EntryName[] {
  const names: EntryName[] = [];
  for (const lang of LANGS) {
    const label = entry.labels[lang];
    if (label) names.push({ entryId: entry.id, lang, kind: 'label', text: label });
  }
  for (const lang of LANGS) {
    for (const alias of entry.aliases[lang] ?? [])
      names.push({ entryId: entry.id, lang, kind: 'alias', text: alias });
  }
  return names;
}

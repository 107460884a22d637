import type { VocabularyEntry } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';

export interface ShownLabel {
  text: string;
  lang: Lang;
  /** The entry has no label in the language asked for: this is another language's. */
  fallback: boolean;
}

/**
 * The entry's label in `lang`; failing that in `fallback` (the release's source language, or
 * English for the interface), then in the first language that has one.
 */
export function labelIn(entry: VocabularyEntry, lang: Lang, fallback: Lang = 'en'): ShownLabel {
  const own = entry.labels[lang];
  if (own) return { text: own, lang, fallback: false };
  for (const other of [fallback, ...LANGS]) {
    const text = entry.labels[other];
    if (text) return { text, lang: other, fallback: true };
  }
  return { text: entry.id, lang, fallback: true };
}

import type { ReleaseSummary } from '@shared/domain';
import type { Lang } from '@shared/languages';

/**
 * The title in the preferred language (the one the list is filtered to, else the interface
 * language) when that version has one, else the source title.
 */
export function displayTitle(summary: ReleaseSummary, preferred: Lang): { text: string; lang: Lang } {
  const inPreferred = summary.titles[preferred]?.trim();
  if (inPreferred) return { text: inPreferred, lang: preferred };
  return { text: summary.titles[summary.sourceLang]?.trim() ?? '', lang: summary.sourceLang };
}

import type { ReleaseSummary } from '@shared/domain';
import type { Lang, UiLang } from '@shared/languages';

/** The title in the interface language when that version has one, else the source title. */
export function displayTitle(
  summary: ReleaseSummary,
  uiLang: UiLang,
): { text: string; lang: Lang } {
  const inUiLang = summary.titles[uiLang]?.trim();
  if (inUiLang) return { text: inUiLang, lang: uiLang };
  return { text: summary.titles[summary.sourceLang]?.trim() ?? '', lang: summary.sourceLang };
}

import type { UiLang } from '@shared/languages';
import type { OutdatedReport } from '@shared/review/outdated';
import { UI_LOCALES, type Translate } from '../i18n';

/** What changed in the source since a translation was brought up to date, as one phrase. */
export function describeSourceChanges(report: OutdatedReport, t: Translate, lang: UiLang): string {
  const count = (kind: 'changed' | 'added' | 'removed') =>
    report.paragraphs.filter((p) => p.kind === kind).length;
  const parts: string[] = [];
  if (report.title) parts.push(t('review.outdated.partTitle'));
  if (report.lead) parts.push(t('review.outdated.partLead'));
  for (const kind of ['changed', 'added', 'removed'] as const) {
    const n = count(kind);
    if (n > 0) parts.push(t(`review.outdated.paragraphs.${kind}`, { count: n }));
  }
  return new Intl.ListFormat(UI_LOCALES[lang], { type: 'conjunction' }).format(parts);
}

/**
 * Why the gate leaves a version out, in the interface language; failed checks are worded by
 * the review view's describeFinding, so a finding reads the same in review and export. Main
 * records the same reasons in English in the manifest.
 */
import { VARIANT_STATUSES, type VariantStatus } from '@shared/domain';
import type { GateProblem } from '@shared/export-api';
import { LANG_NATIVE_NAMES, type Lang, type UiLang } from '@shared/languages';
import type { Finding } from '@shared/review/findings';
import { UI_LOCALES, type Translate } from '../i18n';
import { describeFinding, describeLocation } from '../review/describe-finding';

/** A reason other than a failed check; those are listed as findings. */
export type GateReason = Exclude<GateProblem, { code: 'check-failed' }>;

export function isReason(problem: GateProblem): problem is GateReason {
  return problem.code !== 'check-failed';
}

/** The languages' own names, listed as the interface language lists things. */
export function languageList(langs: readonly Lang[], lang: UiLang): string {
  return new Intl.ListFormat(UI_LOCALES[lang], { type: 'conjunction' }).format(
    langs.map((l) => LANG_NATIVE_NAMES[l]),
  );
}

function isVariantStatus(status: string): status is VariantStatus {
  return (VARIANT_STATUSES as readonly string[]).includes(status);
}

export function describeProblem(t: Translate, lang: UiLang, problem: GateReason): string {
  switch (problem.code) {
    case 'missing':
    case 'untracked':
      return t(`export.problem.${problem.code}`);
    case 'empty':
      return t(problem.part === 'title' ? 'export.problem.emptyTitle' : 'export.problem.emptyBody');
    case 'not-approved':
      return t('export.problem.not-approved', {
        status: isVariantStatus(problem.status)
          ? t(`status.${problem.status}`).toLowerCase()
          : problem.status,
      });
    case 'outdated':
      return t('export.problem.outdated', {
        date: new Intl.DateTimeFormat(UI_LOCALES[lang], {
          dateStyle: 'long',
          timeStyle: 'short',
        }).format(new Date(problem.recordedAt)),
      });
  }
}

/** "Numbers and dates · Paragraph 1: missing here: 7; not in the source: 8". */
export function findingLine(t: Translate, finding: Finding): string {
  const where = 'at' in finding ? `${describeLocation(finding.at, t)}: ` : '';
  return `${t(`review.checkName.${finding.check}`)} · ${where}${describeFinding(finding, t)}`;
}

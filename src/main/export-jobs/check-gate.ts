/**
 * Which translation checks keep a version out of a package. A wrong number, an empty or
 * untranslated segment, text in another language or a lost paragraph makes a translation
 * say something else than the source: those block. A vocabulary name or a link that differs
 * may be a deliberate choice: those only warn. The source version is not a translation; its
 * language check only warns, but an empty title or text blocks it as it blocks any version.
 */
import type { Release, VocabularyEntry } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { runAllChecks } from '@shared/review/checks';
import type { CheckName, Finding } from '@shared/review/findings';
import type { CheckFinding } from '../export/gate';
import { findingText } from './finding-text';

export const BLOCKING_CHECKS: ReadonlySet<CheckName> = new Set<CheckName>([
  'numbers',
  'empty',
  'untranslated',
  'wrong-language',
  'paragraph-count',
]);

export interface CheckVerdict {
  blocking: Finding[];
  warnings: Finding[];
}

export function checkVerdicts(
  release: Release,
  vocabulary: readonly VocabularyEntry[],
): Partial<Record<Lang, CheckVerdict>> {
  const verdicts: Partial<Record<Lang, CheckVerdict>> = {};
  for (const [lang, findings] of Object.entries(runAllChecks(release, vocabulary))) {
    const blocks = (f: Finding) =>
      f.check === 'empty' || (lang !== release.sourceLang && BLOCKING_CHECKS.has(f.check));
    verdicts[lang as Lang] = {
      blocking: findings.filter(blocks),
      warnings: findings.filter((f) => !blocks(f)),
    };
  }
  return verdicts;
}

/** The blocking findings as the export gate takes them. */
export function gateFindings(verdicts: Partial<Record<Lang, CheckVerdict>>): CheckFinding[] {
  return Object.entries(verdicts).flatMap(([lang, verdict]) =>
    verdict.blocking.map((finding) => ({
      lang: lang as Lang,
      check: finding.check,
      message: findingText(finding),
    })),
  );
}

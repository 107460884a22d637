/**
 * What an export of one release would do, shown before it runs: per language whether it goes
 * in and, if not, why (status, currency, the blocking check findings), the findings that only
 * warn, and the embargo the files would carry.
 */
import type { ExportPlan, PlannedLanguage } from '@shared/export-api';
import type { Lang } from '@shared/languages';
import type { ExportSource } from '../export/export-release';
import { activeEmbargo } from '../export/embargo';
import { evaluateGate, isUnoverridable } from '../export/gate';
import { checkVerdicts, gateFindings } from './check-gate';

export interface PlanOptions {
  langs?: readonly Lang[];
  now: Date;
  destination: string;
}

export function planExport(
  source: Pick<ExportSource, 'release' | 'vocabulary'>,
  options: PlanOptions,
): ExportPlan {
  const { release } = source;
  const verdicts = checkVerdicts(release, source.vocabulary);
  const gate = evaluateGate(release, { langs: options.langs, findings: gateFindings(verdicts) });
  const embargo = activeEmbargo(release.embargo, options.now);
  return {
    releaseId: release.id,
    rev: release.rev,
    sourceLang: release.sourceLang,
    title: release.variants[release.sourceLang]?.title ?? '',
    languages: gate.decisions.map((decision): PlannedLanguage => ({
      lang: decision.lang,
      status: release.variants[decision.lang]?.status ?? null,
      included: decision.included,
      problems: decision.problems,
      blocking: verdicts[decision.lang]?.blocking ?? [],
      warnings: verdicts[decision.lang]?.warnings ?? [],
      overridable: !decision.included && !decision.problems.some(isUnoverridable),
    })),
    embargo: embargo
      ? { until: embargo.until, timeZone: embargo.timeZone, utcOffset: embargo.utcOffset }
      : null,
    destination: options.destination,
  };
}

import { formatWallDateTime } from '@shared/date-format';
import type { ExportPlan, PlannedLanguage } from '@shared/export-api';
import { LANG_NATIVE_NAMES } from '@shared/languages';
import { useT, useUiLanguage } from '../i18n';
import { describeProblem, findingLine, isReason } from './describe-gate';
import { useExportStore } from './export-store';

/** One release: every language version, whether it goes in, and if not, why. */
export function ReleaseGate({ plan }: { plan: ExportPlan }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const override = useExportStore((s) => s.override);
  const count = plan.languages.filter((l) => l.included || override.includes(l.lang)).length;
  // The source first, as in the editor's tabs.
  const languages = [...plan.languages].sort(
    (a, b) => Number(b.lang === plan.sourceLang) - Number(a.lang === plan.sourceLang),
  );
  return (
    <div className="export-gate">
      {plan.embargo && (
        <p className="export-embargo" role="note">
          {t('export.embargo', {
            when: formatWallDateTime(plan.embargo.until, uiLang),
            zone: plan.embargo.timeZone,
            offset: plan.embargo.utcOffset,
          })}
        </p>
      )}
      <p className="export-release-title" lang={plan.sourceLang}>
        {plan.title || t('list.untitled')}
      </p>
      <h3 className="export-heading" id="export-languages">
        {t('export.languages')}
      </h3>
      <p className="export-count">
        {t('export.includedCount', { count, total: plan.languages.length })}
      </p>
      <ul className="export-langs" aria-labelledby="export-languages">
        {languages.map((language) => (
          <LanguageRow
            key={language.lang}
            language={language}
            isSource={language.lang === plan.sourceLang}
          />
        ))}
      </ul>
    </div>
  );
}

/** Approved, but the source changed since: the state the review screen and the list show. */
function needsUpdate(language: PlannedLanguage): boolean {
  return language.status === 'approved' && language.problems.some((p) => p.code === 'outdated');
}

function LanguageRow({ language, isSource }: { language: PlannedLanguage; isSource: boolean }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const overridden = useExportStore((s) => s.override.includes(language.lang));
  const toggleOverride = useExportStore((s) => s.toggleOverride);
  const reasons = language.problems.filter(isReason);
  const id = `export-lang-${language.lang}`;
  return (
    <li
      className="export-lang"
      data-lang={language.lang}
      data-verdict={language.included ? 'in' : overridden ? 'overridden' : 'out'}
    >
      <div className="export-lang__head" id={id}>
        <span className="export-lang__name" lang={language.lang}>
          {LANG_NATIVE_NAMES[language.lang]}
        </span>
        {isSource && <span className="export-lang__source">{t('editor.sourceLanguage')}</span>}
        {needsUpdate(language) && (
          <span className="lang-badge" data-status="needs-update" data-testid="export-needs-update">
            <span className="lang-badge__dot" aria-hidden="true" />
            {t('status.needs-update')}
          </span>
        )}
        <span className="export-lang__verdict">
          {language.included ? t('export.goesIn') : t('export.leftOut')}
        </span>
      </div>
      {reasons.length > 0 && (
        <ul className="export-lang__reasons">
          {reasons.map((problem) => (
            <li key={problem.code}>{describeProblem(t, uiLang, problem)}</li>
          ))}
        </ul>
      )}
      <Findings title={t('export.failedChecks')} findings={language.blocking} blocking />
      <Findings title={t('export.warnings')} findings={language.warnings} blocking={false} />
      {language.overridable && (
        <label className="check export-lang__override">
          <input
            type="checkbox"
            checked={overridden}
            aria-describedby={id}
            onChange={() => toggleOverride(language.lang)}
          />
          <span>{t('export.override')}</span>
        </label>
      )}
    </li>
  );
}

function Findings({
  title,
  findings,
  blocking,
}: {
  title: string;
  findings: PlannedLanguage['blocking'];
  blocking: boolean;
}) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <div className={blocking ? 'export-findings' : 'export-findings export-findings--warning'}>
      <p className="export-findings__title">{title}</p>
      <ul>
        {findings.map((finding, index) => (
          <li key={index}>{findingLine(t, finding)}</li>
        ))}
      </ul>
    </div>
  );
}

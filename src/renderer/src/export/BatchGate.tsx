import { describeError } from '@shared/errors';
import type { PlannedLanguage } from '@shared/export-api';
import { LANG_NATIVE_NAMES } from '@shared/languages';
import { useT, useUiLanguage } from '../i18n';
import { describeProblem, findingLine, isReason, languageList } from './describe-gate';
import { useExportStore, type PlannedRelease } from './export-store';

/** Many releases: per release what goes in, and each left-out version with its first reason. */
export function BatchGate() {
  const t = useT();
  const releases = useExportStore((s) => s.releases);
  if (releases.length === 0) return <p className="dialog__text">{t('export.noApproved')}</p>;
  return (
    <div className="export-gate">
      <p className="dialog__text">{t('export.batchIntro')}</p>
      <h3 className="export-heading" id="export-batch">
        {t('export.batchReleases')}
      </h3>
      {/* Focusable: a long list scrolls, and the keyboard must be able to scroll it too. */}
      <ul className="export-batch" aria-labelledby="export-batch" tabIndex={0}>
        {releases.map((release) => (
          <BatchRow key={release.releaseId} release={release} />
        ))}
      </ul>
    </div>
  );
}

function BatchRow({ release }: { release: PlannedRelease }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const { plan, error } = release;
  if (!plan) {
    return (
      <li className="export-batch__item" data-verdict="out">
        <span className="export-batch__title">{release.releaseId}</span>
        <span>
          {t('export.batchFailed', { reason: error ? describeError(error, uiLang) : '' })}
        </span>
      </li>
    );
  }
  const included = plan.languages.filter((l) => l.included).map((l) => l.lang);
  const leftOut = plan.languages.filter((l) => !l.included);
  return (
    <li className="export-batch__item" data-verdict={included.length ? 'in' : 'out'}>
      <span className="export-batch__title" lang={plan.sourceLang}>
        {plan.title || t('list.untitled')}
      </span>
      <span>
        {included.length
          ? t('export.batchGoesIn', { languages: languageList(included, uiLang) })
          : t('export.batchNothing')}
      </span>
      {leftOut.length > 0 && (
        <ul className="export-batch__left-out">
          {leftOut.map((language) => (
            <li key={language.lang}>
              <span lang={language.lang}>{LANG_NATIVE_NAMES[language.lang]}</span>
              {' — '}
              {firstReason(language, t, uiLang)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function firstReason(
  language: PlannedLanguage,
  t: ReturnType<typeof useT>,
  uiLang: ReturnType<typeof useUiLanguage>,
): string {
  const problem = language.problems.find(isReason);
  if (problem) return describeProblem(t, uiLang, problem);
  const finding = language.blocking[0];
  return finding ? findingLine(t, finding) : '';
}

import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import type { OutdatedReport } from '@shared/review/outdated';
import { useState } from 'react';
import { api } from '../api';
import { useT, useUiLanguage } from '../i18n';
import { formatMoment } from './format-moment';
import { describeSourceChanges } from './outdated-summary';
import { runReviewStep } from './review-step';

interface OutdatedSummaryProps {
  report: OutdatedReport;
  lang: Lang;
  sourceLang: Lang;
}

/** How the translation stands against its source, and the step that records it as current. */
export function OutdatedSummary({ report, lang, sourceLang }: OutdatedSummaryProps) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [busy, setBusy] = useState(false);
  const source = LANG_NATIVE_NAMES[sourceLang];
  const since = report.recordedAt ? formatMoment(report.recordedAt, uiLang) : '';

  const markUpToDate = async () => {
    setBusy(true);
    await runReviewStep((ref) => api.call('review.markUpToDate', { ...ref, lang }), {
      recordsName: false,
    });
    setBusy(false);
  };

  if (report.state === 'current') {
    return (
      <p className="outdated outdated--current" data-testid="outdated-state" data-state="current">
        {t('review.outdated.current', { source, since })}
      </p>
    );
  }
  const outdated = report.state === 'outdated';
  return (
    <div
      className={outdated ? 'outdated outdated--behind' : 'outdated outdated--untracked'}
      data-testid="outdated-state"
      data-state={report.state}
    >
      <div className="outdated__body">
        <p className="outdated__title">
          {outdated
            ? t('review.outdated.behind', {
                source,
                since,
                changes: describeSourceChanges(report, t, uiLang),
              })
            : t('review.outdated.untracked', { source })}
        </p>
        <p className="outdated__hint">
          {outdated && !report.baseTextKnown
            ? t('review.outdated.noOldText')
            : t(outdated ? 'review.outdated.behindHint' : 'review.outdated.untrackedHint')}
        </p>
      </div>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => void markUpToDate()}
      >
        {t('review.outdated.markUpToDate')}
      </button>
    </div>
  );
}

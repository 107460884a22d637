import type { Release } from '@shared/domain';
import { describeError } from '@shared/errors';
import type { Lang } from '@shared/languages';
import type { VersionReview } from '@shared/review/review-report';
import { useMemo } from 'react';
import { useT, useUiLanguage } from '../i18n';
import { OutdatedSummary } from './OutdatedSummary';
import { buildRows } from './review-rows';
import { ReviewSidebar } from './ReviewSidebar';
import { useReviewStore } from './review-store';
import { ReviewTable } from './ReviewTable';

interface ComparePanelProps {
  release: Release;
  lang: Lang;
  /** The report on this version; null until main has answered. */
  review: VersionReview | null;
  /** The report was computed for the release as shown. */
  current: boolean;
}

/** Side by side: the translation against its source, or the source version on its own. */
export function ComparePanel({ release, lang, review, current }: ComparePanelProps) {
  const isSource = lang === release.sourceLang;
  const source = isSource ? null : (release.variants[release.sourceLang] ?? null);
  const target = release.variants[lang];
  const findings = review?.findings;
  const outdated = review?.outdated ?? null;
  const { rows, unplaced } = useMemo(
    () =>
      target
        ? buildRows({ source, target, findings: findings ?? [], outdated, comments: release.comments })
        : { rows: [], unplaced: [] },
    [source, target, findings, outdated, release.comments],
  );
  if (!target) return null;
  const overall = (findings ?? []).filter((f) => !('at' in f));

  return (
    <div className="compare">
      {outdated && (
        <OutdatedSummary report={outdated} lang={lang} sourceLang={release.sourceLang} />
      )}
      {!review && <ReportPending releaseId={release.id} />}
      <div className="compare__layout">
        <ReviewTable
          rows={rows}
          sourceLang={source ? release.sourceLang : null}
          lang={lang}
          current={current}
        />
        <ReviewSidebar rows={rows} overall={overall} unplaced={unplaced} />
      </div>
    </div>
  );
}

/** Until main has answered with the review report: loading, or why it failed and a retry. */
function ReportPending({ releaseId }: { releaseId: string }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const error = useReviewStore((s) => s.error);
  const refresh = useReviewStore((s) => s.refresh);
  if (!error) {
    return (
      <p className="review-loading" role="status">
        {t('review.loading')}
      </p>
    );
  }
  return (
    <div className="banner banner--error" role="alert">
      <p className="banner__body">{describeError(error, uiLang)}</p>
      <button type="button" className="button" onClick={() => void refresh(releaseId)}>
        {t('app.tryAgain')}
      </button>
    </div>
  );
}

import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PlusIcon } from '../components/icons';
import { useT, useUiLanguage } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { AddLanguageDialog } from './AddLanguageDialog';
import { MinorEditToggle } from './MinorEditToggle';
import { describeSourceChanges } from './outdated-summary';
import { openReview } from './review-navigation';
import { SourceLanguageDialog } from './SourceLanguageDialog';
import { StatusControl } from './StatusControl';
import { useReleaseReview } from './use-release-review';
import { useReturnedToDraft } from './use-returned-to-draft';
import { UserNameDialog } from './UserNameDialog';
import './review.css';

/** Saves while typing are frequent: the bar asks for a new review report only after a pause. */
const REVIEW_REFRESH_DELAY_MS = 1200;

/** The editor's review strip for the open version: status, lag behind the source, and the way to review and history. */
export function VersionReviewBar({ lang }: { lang: Lang }) {
  const t = useT();
  const release = useOpenReleaseStore(
    useShallow((s) =>
      s.draft
        ? {
            id: s.draft.id,
            rev: s.draft.rev,
            sourceLang: s.draft.sourceLang,
            versions: Object.keys(s.draft.variants).length,
          }
        : null,
    ),
  );
  const [adding, setAdding] = useState(false);
  const [makingSource, setMakingSource] = useState<Lang | null>(null);
  if (!release) return null;
  const isSource = lang === release.sourceLang;

  return (
    <div className="review-bar" data-testid="review-bar">
      <div className="review-bar__row">
        <StatusControl lang={lang} />
        <div className="review-bar__tools">
          <button
            type="button"
            className="button button--small"
            onClick={() => void openReview(lang, 'compare')}
          >
            {t(isSource ? 'review.open.source' : 'review.open.compare')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void openReview(lang, 'history')}
          >
            {t('review.open.history')}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={release.versions >= LANGS.length}
            onClick={() => setAdding(true)}
          >
            <PlusIcon />
            {t('review.open.addLanguage')}
          </button>
        </div>
      </div>
      <VersionNotices
        lang={lang}
        releaseId={release.id}
        rev={release.rev}
        sourceLang={release.sourceLang}
        hasTranslations={release.versions > 1}
        onMakeSource={() => setMakingSource(lang)}
      />
      <AddLanguageDialog open={adding} onClose={() => setAdding(false)} />
      <SourceLanguageDialog lang={makingSource} onClose={() => setMakingSource(null)} />
      <UserNameDialog />
    </div>
  );
}

interface VersionNoticesProps {
  lang: Lang;
  releaseId: string;
  rev: number;
  sourceLang: Lang;
  hasTranslations: boolean;
  onMakeSource(): void;
}

function VersionNotices({
  lang,
  releaseId,
  rev,
  sourceLang,
  hasTranslations,
  onMakeSource,
}: VersionNoticesProps) {
  const t = useT();
  const uiLang = useUiLanguage();
  const variant = useOpenReleaseStore((s) => s.draft?.variants[lang]);
  const returned = useReturnedToDraft(variant);
  const review = useReleaseReview(releaseId, rev, REVIEW_REFRESH_DELAY_MS);
  const outdated = review?.versions.find((v) => v.lang === lang)?.outdated ?? null;
  const source = LANG_NATIVE_NAMES[sourceLang];
  const isSource = lang === sourceLang;

  return (
    <div className="review-bar__notices" aria-live="polite">
      {returned && (
        <p className="review-notice review-notice--warning" data-testid="returned-to-draft">
          {t('review.notice.returnedToDraft')}
        </p>
      )}
      {variant?.status === 'approved' && (
        <p className="review-notice">{t('review.notice.approvedEdits')}</p>
      )}
      {!isSource && outdated?.state === 'outdated' && (
        <p className="review-notice review-notice--warning" data-testid="outdated-notice">
          <span>
            {t('review.notice.outdated', {
              source,
              changes: describeSourceChanges(outdated, t, uiLang),
            })}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => void openReview(lang, 'compare')}
          >
            {t('review.notice.showChanges')}
          </button>
        </p>
      )}
      {!isSource && outdated?.state === 'untracked' && (
        <p className="review-notice">{t('review.notice.untracked', { source })}</p>
      )}
      {isSource && hasTranslations && <MinorEditToggle releaseId={releaseId} />}
      {!isSource && (
        <p className="review-notice review-notice--quiet">
          <span>{t('review.notice.sourceIs', { source })}</span>
          <button type="button" className="button button--quiet button--small" onClick={onMakeSource}>
            {t('review.notice.makeSource', { language: LANG_NATIVE_NAMES[lang] })}
          </button>
        </p>
      )}
    </div>
  );
}

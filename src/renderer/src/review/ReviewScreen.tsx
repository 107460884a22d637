import { describeError } from '@shared/errors';
import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { useEffect } from 'react';
import { ArrowLeftIcon } from '../components/icons';
import { SaveErrorBanner } from '../editor/SaveStatus';
import { useT, useUiLanguage, type MessageKey } from '../i18n';
import { useNavigationStore, type ReviewPanel, type View } from '../stores/navigation-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { ComparePanel } from './ComparePanel';
import { FourEyesToggle } from './FourEyesToggle';
import { HistoryPanel } from './HistoryPanel';
import { backToEditor } from './review-navigation';
import { StatusControl } from './StatusControl';
import { useReleaseReview } from './use-release-review';
import { UserNameDialog } from './UserNameDialog';
import { REVIEW_PANEL_ID, VersionSwitch, versionTabId } from './VersionSwitch';
import './review.css';

type ReviewView = Extract<View, { name: 'review' }>;

const PANELS: readonly ReviewPanel[] = ['compare', 'history'];

/** The source has nothing to be compared with: its first panel is just its text. */
function panelLabel(panel: ReviewPanel, isSource: boolean): MessageKey {
  if (panel === 'history') return 'review.panel.history';
  return isSource ? 'review.panel.source' : 'review.panel.compare';
}

/** Reviewing one version of the open release: side by side with its source, or its history. */
export function ReviewScreen({ view }: { view: ReviewView }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const release = useOpenReleaseStore((s) => s.draft);
  const loadError = useOpenReleaseStore((s) => s.loadError);
  const load = useOpenReleaseStore((s) => s.load);
  const show = useNavigationStore((s) => s.show);
  const opened = release?.id === view.releaseId ? release : null;
  const review = useReleaseReview(view.releaseId, opened?.rev ?? 0, 0);

  useEffect(() => {
    // Reached without the editor having the release open: open it.
    if (useOpenReleaseStore.getState().draft?.id !== view.releaseId) void load(view.releaseId);
  }, [load, view.releaseId]);

  const back = (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => backToEditor(view.releaseId, view.lang)}
    >
      <ArrowLeftIcon />
      {t('review.back')}
    </button>
  );
  if (loadError) {
    return (
      <div className="centered" role="alert">
        <h1 className="centered__title">{t('editor.loadFailed')}</h1>
        <p className="centered__text">{describeError(loadError, uiLang)}</p>
        {back}
      </div>
    );
  }
  if (!opened) {
    return (
      <div className="centered" role="status">
        <p className="centered__text">{t('editor.loading')}</p>
      </div>
    );
  }
  // A version that is not there (never, in practice): review the source.
  const lang: Lang = opened.variants[view.lang] ? view.lang : opened.sourceLang;
  const title = opened.variants[lang]?.title || opened.variants[opened.sourceLang]?.title;
  const select = (next: { lang?: Lang; panel?: ReviewPanel }) => show({ ...view, lang, ...next });

  return (
    <section className="review-screen" aria-labelledby="review-title">
      <div className="screen-bar">
        {back}
        <h1 className="review-screen__title" id="review-title">
          <span className="review-screen__eyebrow">{t('review.screenTitle')}</span>
          <span className="review-screen__name" lang={lang}>
            {title || t('list.untitled')}
          </span>
        </h1>
      </div>
      <SaveErrorBanner />
      <VersionSwitch
        release={opened}
        review={review}
        lang={lang}
        onSelect={(next) => select({ lang: next })}
      />
      <div
        className="review-panel"
        role="tabpanel"
        id={REVIEW_PANEL_ID}
        aria-labelledby={versionTabId(lang)}
      >
        <div className="review-card">
          <h2 className="review-card__title" lang={lang}>
            {LANG_NATIVE_NAMES[lang]}
          </h2>
          <StatusControl lang={lang} />
          <FourEyesToggle />
          <div className="segmented review-card__panels" role="group" aria-label={t('review.panel.label')}>
            {PANELS.map((panel) => (
              <button
                key={panel}
                type="button"
                className="segmented__option"
                aria-pressed={view.panel === panel}
                onClick={() => select({ panel })}
              >
                {t(panelLabel(panel, lang === opened.sourceLang))}
              </button>
            ))}
          </div>
        </div>
        {view.panel === 'compare' ? (
          <ComparePanel
            release={opened}
            lang={lang}
            review={review?.versions.find((v) => v.lang === lang) ?? null}
            current={review?.rev === opened.rev}
          />
        ) : (
          <HistoryPanel key={lang} release={opened} lang={lang} />
        )}
      </div>
      <UserNameDialog />
    </section>
  );
}

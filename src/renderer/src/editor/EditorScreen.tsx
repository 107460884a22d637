import { describeError } from '@shared/errors';
import { useShallow } from 'zustand/react/shallow';
import { ExportReleaseButton } from '../export/ExportButtons';
import { ArrowLeftIcon } from '../components/icons';
import { formatCalendarDate, useT, useUiLanguage } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { backToList } from '../stores/release-actions';
import { CheckpointStatus } from './CheckpointStatus';
import { MetadataPanel } from './MetadataPanel';
import { describeSaveError } from './save-error-text';
import { ChangedElsewhereNotice, SaveErrorBanner, SaveStatus } from './SaveStatus';
import { useState } from 'react';
import { panelId, tabId, VariantTabs } from './VariantTabs';
import { VariantForm } from './VariantForm';
import { VersionReviewBar } from '../review/VersionReviewBar';

/** Back to the list; when the release cannot be left unsaved, it says why instead. */
function BackButton() {
  const t = useT();
  const uiLang = useUiLanguage();
  const saveError = useOpenReleaseStore((s) => s.saveError);
  const [refused, setRefused] = useState(false);
  const leave = async () => setRefused(!(await backToList()));
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => void leave()}>
        <ArrowLeftIcon />
        {t('editor.back')}
      </button>
      {refused && saveError && (
        <p className="editor-notice editor-notice--error" role="alert" data-testid="cannot-leave">
          {t('editor.cannotLeave', { reason: describeSaveError(saveError, uiLang) })}
        </p>
      )}
    </>
  );
}

export function EditorScreen() {
  const t = useT();
  const uiLang = useUiLanguage();
  const release = useOpenReleaseStore(
    useShallow((s) =>
      s.draft ? { id: s.draft.id, kind: s.draft.kind, date: s.draft.date } : null,
    ),
  );
  const activeLang = useOpenReleaseStore((s) => s.activeLang);
  const loadError = useOpenReleaseStore((s) => s.loadError);

  if (loadError) {
    return (
      <div className="centered" role="alert">
        <h1 className="centered__title">{t('editor.loadFailed')}</h1>
        <p className="centered__text">{describeError(loadError, uiLang)}</p>
        <BackButton />
      </div>
    );
  }
  if (!release || !activeLang) {
    return (
      <div className="centered" role="status">
        <p className="centered__text">{t('editor.loading')}</p>
      </div>
    );
  }
  return (
    <section className="editor-screen">
      <div className="screen-bar">
        <BackButton />
        <span className="screen-bar__meta">
          {t(`kind.${release.kind}`)}
          <span aria-hidden="true"> · </span>
          <time dateTime={release.date}>{formatCalendarDate(release.date, uiLang)}</time>
        </span>
        <CheckpointStatus />
        <SaveStatus />
        <ExportReleaseButton />
      </div>
      <SaveErrorBanner />
      <ChangedElsewhereNotice />
      <div className="editor-layout">
        <div className="editor-layout__main">
          <VariantTabs />
          <div
            className="editor-panel"
            role="tabpanel"
            id={panelId(activeLang)}
            aria-labelledby={tabId(activeLang)}
          >
            <VersionReviewBar lang={activeLang} />
            <VariantForm key={`${release.id}:${activeLang}`} lang={activeLang} />
          </div>
        </div>
        <MetadataPanel lang={activeLang} />
      </div>
    </section>
  );
}

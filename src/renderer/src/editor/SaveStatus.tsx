import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT, useUiLanguage, type MessageKey } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import type { SaveState } from './autosave-queue';
import { ConflictDialog } from './ConflictDialog';
import { describeSaveError } from './save-error-text';

const LABELS: Record<SaveState, MessageKey> = {
  dirty: 'save.dirty',
  saving: 'save.saving',
  saved: 'save.saved',
  error: 'save.error',
};

/** The save indicator; tests wait on its data-state. */
export function SaveStatus() {
  const t = useT();
  const state = useOpenReleaseStore((s) => s.saveState);
  return (
    <div className="save-status" data-testid="save-status" data-state={state} role="status">
      <span className="save-status__dot" aria-hidden="true" />
      {t(LABELS[state])}
    </div>
  );
}

function retryHint(retriesAutomatically: boolean): MessageKey {
  return retriesAutomatically ? 'save.autoRetry' : 'save.manualRetry';
}

/** Why the last save failed, and the way out; the text stays in the editor meanwhile. */
export function SaveErrorBanner() {
  const t = useT();
  const uiLang = useUiLanguage();
  const { error, saving, retriesAutomatically, retry, resolve, conflicted } = useOpenReleaseStore(
    useShallow((s) => ({
      error: s.saveError,
      saving: s.saveState === 'saving',
      retriesAutomatically: s.retriesAutomatically,
      retry: s.retry,
      resolve: s.resolveConflict,
      conflicted: s.conflict !== null,
    })),
  );
  const [comparing, setComparing] = useState(false);
  if (!error) return null;
  if (conflicted) {
    return (
      <>
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <p className="banner__title">{t('save.conflictTitle')}</p>
            <p className="banner__hint">{t('save.conflictChoose')}</p>
          </div>
          <button
            type="button"
            className="button button--primary"
            disabled={saving}
            onClick={() => setComparing(true)}
          >
            {t('save.compare')}
          </button>
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => void resolve('mine')}
          >
            {t('save.keepMine')}
          </button>
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => void resolve('theirs')}
          >
            {t('save.takeTheirs')}
          </button>
        </div>
        <ConflictDialog open={comparing} onClose={() => setComparing(false)} />
      </>
    );
  }
  return (
    <div className="banner banner--error" role="alert">
      <div className="banner__body">
        <p className="banner__title">{describeSaveError(error, uiLang)}</p>
        <p className="banner__hint">{t(retryHint(retriesAutomatically))}</p>
      </div>
      <button type="button" className="button" disabled={saving} onClick={() => void retry()}>
        {t('save.retry')}
      </button>
    </div>
  );
}

/** Another window or tab stored this release: said at once, before a save of this one is refused. */
export function ChangedElsewhereNotice() {
  const t = useT();
  const { changed, catchUp, unsaved } = useOpenReleaseStore(
    useShallow((s) => ({
      changed: s.changedElsewhere !== null && s.conflict === null,
      catchUp: s.catchUp,
      unsaved: s.saveState === 'dirty',
    })),
  );
  if (!changed) return null;
  return (
    <div
      className="banner banner--warning editor-elsewhere"
      role="status"
      data-testid="changed-elsewhere"
    >
      <p className="banner__body">{t('elsewhere.text')}</p>
      <button type="button" className="button" onClick={() => void catchUp()}>
        {t(unsaved ? 'elsewhere.merge' : 'elsewhere.reload')}
      </button>
    </div>
  );
}

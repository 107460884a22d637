import { useShallow } from 'zustand/react/shallow';
import { useT, useUiLanguage, type MessageKey } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import type { SaveState } from './autosave-queue';
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
  const { error, saving, retriesAutomatically, retry, resolve } = useOpenReleaseStore(
    useShallow((s) => ({
      error: s.saveError,
      saving: s.saveState === 'saving',
      retriesAutomatically: s.retriesAutomatically,
      retry: s.retry,
      resolve: s.resolveConflict,
    })),
  );
  if (!error) return null;
  if (error.code === 'conflict') {
    return (
      <div className="banner banner--error" role="alert">
        <div className="banner__body">
          <p className="banner__title">{t('save.conflictTitle')}</p>
          <p className="banner__hint">{t('save.conflictChoose')}</p>
        </div>
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

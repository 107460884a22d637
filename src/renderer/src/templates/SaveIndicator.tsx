import { describeError, type ApiError } from '@shared/errors';
import { useT, useUiLanguage, type MessageKey } from '../i18n';
import type { DebouncedSaveState } from './use-debounced-save';

const LABELS: Record<DebouncedSaveState, MessageKey> = {
  dirty: 'save.dirty',
  saving: 'save.saving',
  saved: 'save.saved',
  error: 'save.error',
};

/** Whether a template or snippet is stored, and why not when it is not. */
export function SaveIndicator({
  state,
  error,
  onRetry,
}: {
  state: DebouncedSaveState;
  error: ApiError | null;
  onRetry(): void;
}) {
  const t = useT();
  const uiLang = useUiLanguage();
  return (
    <div className="save-indicator">
      <div className="save-status" data-state={state} role="status">
        <span className="save-status__dot" aria-hidden="true" />
        {t(LABELS[state])}
      </div>
      {state === 'error' && error && (
        <p className="field__error" role="alert">
          {describeError(error, uiLang)}{' '}
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </p>
      )}
    </div>
  );
}

import { describeError } from '@shared/errors';
import type { BootState } from '../stores/boot-store';
import { useT, useUiLanguage } from '../i18n';

/** What shows until the library is loaded, or why it could not be. */
export function BootScreen({ boot, onRetry }: { boot: BootState; onRetry: () => void }) {
  const t = useT();
  const lang = useUiLanguage();
  if (boot.phase === 'failed') {
    return (
      <div className="centered" role="alert">
        <h1 className="centered__title">{t('app.loadFailed')}</h1>
        <p className="centered__text">{describeError(boot.error, lang)}</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('app.tryAgain')}
        </button>
      </div>
    );
  }
  return (
    <div className="centered" role="status">
      <p className="centered__text">{t('app.loading')}</p>
    </div>
  );
}

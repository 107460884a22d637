import { describeError } from '@shared/errors';
import { useT, useUiLanguage } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';

export function NoticeBar() {
  const t = useT();
  const lang = useUiLanguage();
  const error = useNoticeStore((state) => state.error);
  const info = useNoticeStore((state) => state.info);
  const dismiss = useNoticeStore((state) => state.dismiss);
  if (!error && info) {
    return (
      <div className="banner banner--warning" role="status" data-testid="notice">
        <p className="banner__body">{t(info)}</p>
        <button type="button" className="button button--quiet" onClick={dismiss}>
          {t('app.dismiss')}
        </button>
      </div>
    );
  }
  if (!error) return null;
  return (
    <div className="banner banner--error" role="alert">
      <p className="banner__body">{describeError(error, lang)}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}

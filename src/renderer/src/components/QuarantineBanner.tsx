import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { useLibraryStore } from '../stores/library-store';
import { useNoticeStore } from '../stores/notice-store';

/** Files main found unreadable and moved aside when it opened the library. */
export function QuarantineBanner() {
  const t = useT();
  const files = useLibraryStore(useShallow((state) => state.info?.quarantined ?? []));
  const dismiss = useLibraryStore((state) => state.dismissQuarantine);
  const report = useNoticeStore((state) => state.report);
  if (files.length === 0) return null;
  return (
    <section className="banner banner--warning" role="alert" aria-labelledby="quarantine-title">
      <div className="banner__body">
        <h2 className="banner__title" id="quarantine-title">
          {t('quarantine.title', { count: files.length })}
        </h2>
        <ul className="quarantine-list">
          {files.map((file) => (
            <li key={file.file} className="quarantine-list__item">
              <dl>
                <dt>{t('quarantine.found')}</dt>
                <dd className="mono">{file.original}</dd>
                <dt>{t('quarantine.reason')}</dt>
                <dd>{file.reason}</dd>
                <dt>{t('quarantine.movedTo')}</dt>
                <dd className="mono">{file.file}</dd>
              </dl>
            </li>
          ))}
        </ul>
        <p className="banner__hint">{t('quarantine.hint')}</p>
      </div>
      <button type="button" className="button button--quiet" onClick={() => void dismiss(files).catch(report)}>
        {t('app.dismiss')}
      </button>
    </section>
  );
}

import { describeError } from '@shared/errors';
import type { ExportJobItem, ExportJobStatus, RevealedExport } from '@shared/export-api';
import { useT, useUiLanguage } from '../i18n';
import { languageList } from './describe-gate';
import { useExportStore } from './export-store';

export function ExportResult({
  job,
  revealed,
}: {
  job: ExportJobStatus;
  revealed: RevealedExport | null;
}) {
  const t = useT();
  const uiLang = useUiLanguage();
  const error = useExportStore((s) => s.error);
  const { close, reveal } = useExportStore.getState();
  const exported = job.items.filter((item) => item.outcome === 'exported').length;
  const cancelled = job.state === 'cancelled';
  return (
    <div className="export-result" data-state={job.state}>
      <div role="status">
        <p className="export-result__title">
          {cancelled ? t('export.cancelled') : t('export.done')}
        </p>
        {cancelled && <p className="dialog__text">{t('export.cancelledHint')}</p>}
        {exported > 0 && (
          <p className="dialog__text">
            {t('export.summary', { count: exported, path: job.destination })}
          </p>
        )}
      </div>
      {/* Focusable: a long list scrolls, and the keyboard must be able to scroll it too. */}
      <ul className="export-outcomes" tabIndex={0}>
        {job.items.map((item) => (
          <Outcome key={item.releaseId} item={item} />
        ))}
      </ul>
      {revealed && !revealed.shown && (
        <p className="field__hint" role="status">
          {t('export.notShown', { path: revealed.path })}
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {describeError(error, uiLang)}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          disabled={exported === 0}
          onClick={() => void reveal()}
        >
          {t('export.showInFolder')}
        </button>
        <button type="button" className="button button--primary" autoFocus onClick={close}>
          {t('export.close')}
        </button>
      </div>
    </div>
  );
}

function Outcome({ item }: { item: ExportJobItem }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const plan = useExportStore((s) => s.releases.find((r) => r.releaseId === item.releaseId)?.plan);
  return (
    <li className="export-outcome" data-outcome={item.outcome}>
      <span className="export-outcome__title" lang={plan?.sourceLang}>
        {plan?.title || item.releaseId}
      </span>
      {item.outcome === 'exported' && (
        <>
          <span className="export-outcome__path">{item.path}</span>
          <span>
            {t('export.included', { languages: languageList(item.included, uiLang) })}
            {item.overridden.length > 0 &&
              ` · ${t('export.overridden', { languages: languageList(item.overridden, uiLang) })}`}
            {item.leftOut.length > 0 &&
              ` · ${t('export.leftOutLanguages', { languages: languageList(item.leftOut, uiLang) })}`}
          </span>
        </>
      )}
      {item.outcome === 'blocked' && <span>{t('export.blocked')}</span>}
      {item.outcome === 'failed' && <span>{describeError(item.error, uiLang)}</span>}
    </li>
  );
}

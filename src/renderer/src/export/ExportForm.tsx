import { EXPORT_FORMATS } from '@shared/export-api';
import { describeError } from '@shared/errors';
import { DialogForm } from '../components/Modal';
import { useT, useUiLanguage } from '../i18n';
import { BatchGate } from './BatchGate';
import { exportableIds, hasContent, useExportStore } from './export-store';
import { ReleaseGate } from './ReleaseGate';

/** The browser has no folder dialog: there the folder is typed, and main checks it. */
const NATIVE_DIALOGS = Boolean(window.pressOffice);

export function ExportForm() {
  const t = useT();
  const uiLang = useUiLanguage();
  const target = useExportStore((s) => s.target);
  const releases = useExportStore((s) => s.releases);
  const override = useExportStore((s) => s.override);
  const formats = useExportStore((s) => s.formats);
  const destination = useExportStore((s) => s.destination);
  const error = useExportStore((s) => s.error);
  const { close, start, setFormat, setDestination, chooseDestination } = useExportStore.getState();

  const single = target?.kind === 'release' ? (releases[0]?.plan ?? null) : null;
  const batchIds = target?.kind === 'approved' ? exportableIds(releases) : [];
  const goesIn = single
    ? single.languages.some((l) => l.included || override.includes(l.lang))
    : batchIds.length > 0;
  const canStart = goesIn && hasContent(formats) && destination.trim() !== '';
  const nothingToShow = target?.kind === 'release' ? !single : releases.length === 0;

  return (
    <DialogForm onSubmit={() => void start()}>
      {error && (
        <p className="field__error" role="alert">
          {describeError(error, uiLang)}
        </p>
      )}
      {single ? <ReleaseGate plan={single} /> : target?.kind === 'approved' && <BatchGate />}
      {!nothingToShow && (
        <>
          <fieldset className="export-formats">
            <legend className="field__label">{t('export.formats')}</legend>
            {EXPORT_FORMATS.map((format) => (
              <label key={format} className="check">
                <input
                  type="checkbox"
                  checked={formats[format]}
                  onChange={(event) => setFormat(format, event.target.checked)}
                />
                <span>{t(`export.format.${format}`)}</span>
              </label>
            ))}
            {!hasContent(formats) && <p className="field__error">{t('export.formatsNeeded')}</p>}
          </fieldset>
          <div className="field">
            <label className="field__label" htmlFor="export-destination">
              {t('export.destination')}
            </label>
            {NATIVE_DIALOGS ? (
              <div className="export-destination">
                <input
                  id="export-destination"
                  className="field__input export-destination__path"
                  readOnly
                  value={destination}
                />
                <button type="button" className="button" onClick={() => void chooseDestination()}>
                  {t('export.chooseFolder')}
                </button>
              </div>
            ) : (
              <>
                <input
                  id="export-destination"
                  className="field__input export-destination__path"
                  spellCheck={false}
                  autoComplete="off"
                  aria-describedby="export-destination-hint"
                  value={destination}
                  onChange={(event) => setDestination(event.target.value)}
                />
                <p className="field__hint" id="export-destination-hint">
                  {t('export.destinationHint')}
                </p>
              </>
            )}
          </div>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={close}>
          {nothingToShow ? t('export.close') : t('dialog.cancel')}
        </button>
        {!nothingToShow && (
          <button type="submit" className="button button--primary" disabled={!canStart}>
            {target?.kind === 'approved'
              ? t('export.startBatch', { count: batchIds.length })
              : t('export.start')}
          </button>
        )}
      </div>
    </DialogForm>
  );
}

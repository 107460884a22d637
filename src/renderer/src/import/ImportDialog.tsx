import type { ImportOutcome, ImportProblem } from '@shared/drafting-api';
import { describeError, type ApiError } from '@shared/errors';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { useState } from 'react';
import { DialogForm, Modal } from '../components/Modal';
import { useT, useUiLanguage, type MessageKey } from '../i18n';
import { useDialogsStore } from '../stores/dialogs-store';
import { useImportStore } from './import-store';

const ACCEPT = '.txt,.text,.docx,.html,.htm,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const PROBLEMS: Record<ImportProblem, MessageKey> = {
  'unsupported-type': 'import.problem.unsupported-type',
  'too-large': 'import.problem.too-large',
  'archive-too-large': 'import.problem.archive-too-large',
  damaged: 'import.problem.damaged',
  empty: 'import.problem.empty',
  'conversion-failed': 'import.problem.conversion-failed',
};

/** Imports archives and documents as releases, with progress and a report per file. */
export function ImportDialog() {
  const t = useT();
  const open = useDialogsStore((s) => s.open === 'import');
  const hide = useDialogsStore((s) => s.hide);
  const running = useImportStore((s) => s.run.phase === 'running');
  const reset = useImportStore((s) => s.reset);
  const close = () => {
    // Closing does not abandon an import in progress: it stops after the current file.
    if (running) return;
    reset();
    hide();
  };
  return (
    <Modal open={open} titleId="import-title" title={t('import.title')} onClose={close} size="large">
      <ImportForm onClose={close} />
    </Modal>
  );
}

function ImportForm({ onClose }: { onClose(): void }) {
  const t = useT();
  const run = useImportStore((s) => s.run);
  const start = useImportStore((s) => s.start);
  const stop = useImportStore((s) => s.stop);
  const [files, setFiles] = useState<File[]>([]);
  const [lang, setLang] = useState<Lang | ''>('');

  if (run.phase === 'running') {
    const done = run.outcomes.length;
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <p>{t('import.progress', { current: done + 1, total: run.total, name: run.current })}</p>
        <progress className="progress" max={run.total} value={done} aria-label={t('import.title')} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={stop}>
            {t('import.stop')}
          </button>
        </div>
      </div>
    );
  }
  if (run.phase === 'finished') {
    return <ImportReport outcomes={run.outcomes} stopped={run.stopped} error={run.error} onClose={onClose} />;
  }
  return (
    <DialogForm onSubmit={() => void start(files, lang || null)}>
      <p className="dialog__text">{t('import.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor="import-files">
          {t('import.files')}
        </label>
        <input
          id="import-files"
          className="field__file"
          type="file"
          multiple
          accept={ACCEPT}
          autoFocus
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="import-lang">
          {t('import.language')}
        </label>
        <select
          id="import-lang"
          className="field__input"
          value={lang}
          onChange={(event) => setLang(event.target.value as Lang | '')}
        >
          <option value="">{t('import.detectLanguage')}</option>
          {LANGS.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANG_NATIVE_NAMES[option]}
            </option>
          ))}
        </select>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={files.length === 0}>
          {files.length ? t('import.start', { count: files.length }) : t('import.startNone')}
        </button>
      </div>
    </DialogForm>
  );
}

function ImportReport({
  outcomes,
  stopped,
  error,
  onClose,
}: {
  outcomes: ImportOutcome[];
  stopped: boolean;
  error: ApiError | null;
  onClose(): void;
}) {
  const t = useT();
  const uiLang = useUiLanguage();
  const created = outcomes.reduce((sum, o) => sum + (o.ok ? o.releases.length : 0), 0);
  return (
    <div className="import-report">
      <p className="dialog__text" role="status">
        {t('import.summary', { count: created })}
        {stopped && ` ${t('import.stopped')}`}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {describeError(error, uiLang)}
        </p>
      )}
      <ul className="import-outcomes">
        {outcomes.map((outcome, index) => (
          <li
            key={`${outcome.name}-${index}`}
            className={outcome.ok ? 'import-outcome' : 'import-outcome import-outcome--failed'}
          >
            <span className="import-outcome__name">{outcome.name}</span>
            <span>
              {outcome.ok
                ? t('import.fileDone', { count: outcome.releases.length })
                : t(PROBLEMS[outcome.problem])}
              {outcome.ok && outcome.droppedImages > 0 && ` ${t('import.droppedImages', { count: outcome.droppedImages })}`}
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('import.close')}
        </button>
      </div>
    </div>
  );
}

import type { ImportProblem } from '@shared/drafting-api';
import { describeError } from '@shared/errors';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { useState } from 'react';
import { DialogForm, Modal } from '../components/Modal';
import { useT, useUiLanguage, type MessageKey } from '../i18n';
import { useDialogsStore } from '../stores/dialogs-store';
import { ArchivePreview } from './ArchivePreview';
import { useImportStore, type ImportRun } from './import-store';

type RunningImport = Extract<ImportRun, { phase: 'running' }>;
type FinishedImport = Extract<ImportRun, { phase: 'finished' }>;

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
  const running = useImportStore((s) => s.run.phase === 'running' || s.run.phase === 'cutting');
  const reset = useImportStore((s) => s.reset);
  const close = () => {
    // Closing does not abandon an import in progress: Cancel import says what it keeps.
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
  const cancel = useImportStore((s) => s.cancel);
  const [files, setFiles] = useState<File[]>([]);
  const [lang, setLang] = useState<Lang | ''>('');

  if (run.phase === 'running') return <ImportProgress run={run} onCancel={cancel} />;
  if (run.phase === 'cutting') {
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <p className="import-progress__count">{t('import.cutting', { done: run.done, total: run.total })}</p>
        <progress className="progress" max={run.total} value={run.done} aria-label={t('import.title')} />
      </div>
    );
  }
  if (run.phase === 'preview') return <ArchivePreview run={run} />;
  if (run.phase === 'finished') return <ImportReport run={run} onClose={onClose} />;
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

function ImportProgress({ run, onCancel }: { run: RunningImport; onCancel(): void }) {
  const t = useT();
  return (
    <div className="import-progress">
      <div role="status" aria-live="polite">
        <p className="import-progress__count">{t('import.progressCount', { done: run.filesDone, total: run.total })}</p>
        <p className="import-progress__current">
          {run.cancelling
            ? t('import.cancelling')
            : run.current && t('import.progressCurrent', { name: run.current })}
        </p>
      </div>
      <progress className="progress" max={run.total} value={run.filesDone} aria-label={t('import.title')} />
      <p className="dialog__text import-progress__note">{t('import.cancelNote')}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} disabled={run.cancelling}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}

function ImportReport({ run, onClose }: { run: FinishedImport; onClose(): void }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const { outcomes, cancelled, error } = run;
  const created = outcomes.reduce((sum, o) => sum + (o.ok ? o.releases.length : 0), 0);
  const notImported = run.total - outcomes.length;
  return (
    <div className="import-report">
      <p className="dialog__text" role="status">
        {t('import.summary', { count: created })}
        {cancelled && ` ${t('import.cancelledRest', { count: notImported })}`}
      </p>
      {cancelled && outcomes.length > 0 && <p className="dialog__text">{t('import.cancelledKept')}</p>}
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

import type { VocabularyFormat, VocabularyImportOutcome } from '@shared/search-api';
import { describeError } from '@shared/errors';
import { useState } from 'react';
import { apiErrorOf } from '../api';
import { Modal } from '../components/Modal';
import { useT, useUiLanguage } from '../i18n';
import { useVocabularyStore } from './vocabulary-store';

interface VocabularyImportDialogProps {
  open: boolean;
  onClose(): void;
  onImported(outcome: VocabularyImportOutcome): void;
}

interface ChosenFile {
  name: string;
  format: VocabularyFormat;
  content: string;
  /** What importing it would do. */
  preview: VocabularyImportOutcome;
}

function formatOf(fileName: string): VocabularyFormat {
  return /\.csv$/i.test(fileName) ? 'csv' : 'json';
}

/**
 * Imports a JSON or CSV vocabulary file: the file is read in the page (a file input works the
 * same in a browser and in the app), checked as a dry run, and imported whole when confirmed.
 */
export function VocabularyImportDialog({ open, onClose, onImported }: VocabularyImportDialogProps) {
  const t = useT();
  return (
    <Modal
      open={open}
      titleId="vocabulary-import-title"
      title={t('vocabulary.importTitle')}
      onClose={onClose}
    >
      <ImportForm onClose={onClose} onImported={onImported} />
    </Modal>
  );
}

function ImportForm({ onClose, onImported }: Omit<VocabularyImportDialogProps, 'open'>) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { importFile } = useVocabularyStore.getState();

  const choose = async (file: File | undefined) => {
    setChosen(null);
    setError(null);
    if (!file) return;
    try {
      const content = await file.text();
      const format = formatOf(file.name);
      setChosen({
        name: file.name,
        format,
        content,
        preview: await importFile(format, content, true),
      });
    } catch (failure) {
      setError(describeError(apiErrorOf(failure), uiLang));
    }
  };

  const confirm = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const outcome = await importFile(chosen.format, chosen.content, false);
      if (outcome.problems.length === 0) onImported(outcome);
      else setChosen({ ...chosen, preview: outcome });
    } catch (failure) {
      setError(describeError(apiErrorOf(failure), uiLang));
    } finally {
      setBusy(false);
    }
  };

  const problems = chosen?.preview.problems ?? [];
  const ready = chosen !== null && problems.length === 0;
  return (
    <div className="dialog-form">
      <div className="field">
        <label className="field__label" htmlFor="vocabulary-import-file">
          {t('vocabulary.importFile')}
        </label>
        <input
          id="vocabulary-import-file"
          className="field__file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <p className="field__hint">{t('vocabulary.importHint')}</p>
      </div>
      {chosen && ready && (
        <p className="dialog__text" role="status">
          {t('vocabulary.importPreview', {
            added: chosen.preview.added.length,
            updated: chosen.preview.updated.length,
          })}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert">
          <p className="field__error">
            {t('vocabulary.importProblems', { count: problems.length })}
          </p>
          <ul className="import-problems">
            {problems.slice(0, 50).map((problem, index) => (
              <li key={index}>
                {problem.line !== null && (
                  <span className="import-problems__where">
                    {t('vocabulary.importLine', { line: problem.line })}
                  </span>
                )}
                {problem.field && <code className="import-problems__where">{problem.field}</code>}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || busy}
          onClick={() => void confirm()}
        >
          {t('vocabulary.importConfirm')}
        </button>
      </div>
    </div>
  );
}

import type { VocabularyEntry } from '@shared/domain';
import { describeError } from '@shared/errors';
import { useEffect, useState } from 'react';
import { api, apiErrorOf } from '../api';
import { Modal } from '../components/Modal';
import { useT, useUiLanguage } from '../i18n';
import { labelIn } from './entry-label';
import { useVocabularyStore } from './vocabulary-store';

interface DeleteDialogProps {
  /** The entry to delete; null while the dialog is closed. */
  entry: VocabularyEntry | null;
  onClose(): void;
  onDeleted(retagged: number): void;
}

/** Asks before deleting an entry, saying how many releases lose the tag. */
export function DeleteDialog({ entry, onClose, onDeleted }: DeleteDialogProps) {
  const t = useT();
  const uiLang = useUiLanguage();
  return (
    <Modal
      open={entry !== null}
      titleId="delete-entry-title"
      title={entry ? t('vocabulary.deleteTitle', { entry: labelIn(entry, uiLang).text }) : ''}
      onClose={onClose}
      size="small"
    >
      {entry && <DeleteConfirmation entry={entry} onClose={onClose} onDeleted={onDeleted} />}
    </Modal>
  );
}

function DeleteConfirmation({
  entry,
  onClose,
  onDeleted,
}: DeleteDialogProps & { entry: VocabularyEntry }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [affected, setAffected] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api
      .call('vocabulary.deletePreview', { id: entry.id })
      .then(({ affected: count }) => current && setAffected(count))
      .catch((failure: unknown) => current && setError(describeError(apiErrorOf(failure), uiLang)));
    return () => {
      current = false;
    };
  }, [entry.id, uiLang]);

  const remove = async () => {
    setBusy(true);
    try {
      onDeleted(await useVocabularyStore.getState().remove(entry.id));
    } catch (failure) {
      setError(describeError(apiErrorOf(failure), uiLang));
      setBusy(false);
    }
  };

  return (
    <>
      <p className="dialog__text" role="status">
        {affected === null
          ? t('vocabulary.deleteCounting')
          : t('vocabulary.deleteAffected', { count: affected })}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions vocabulary-dialog__actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('dialog.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={affected === null || busy}
          onClick={() => void remove()}
        >
          {t('vocabulary.deleteConfirm')}
        </button>
      </div>
    </>
  );
}

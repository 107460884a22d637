import type { VocabularyEntry } from '@shared/domain';
import { describeError } from '@shared/errors';
import { useState } from 'react';
import { apiErrorOf } from '../api';
import { DialogForm, Modal } from '../components/Modal';
import { useT, useUiLanguage } from '../i18n';
import { labelIn } from './entry-label';
import { EntryPicker } from './EntryPicker';
import { useVocabularyStore } from './vocabulary-store';

interface MergeDialogProps {
  /** The entry that is merged away; null while the dialog is closed. */
  from: VocabularyEntry | null;
  entries: readonly VocabularyEntry[];
  onClose(): void;
  onMerged(into: VocabularyEntry, retagged: number): void;
}

/** Merges one entry into another: its releases carry the other, its names become the other's. */
export function MergeDialog({ from, entries, onClose, onMerged }: MergeDialogProps) {
  const t = useT();
  const uiLang = useUiLanguage();
  return (
    <Modal
      open={from !== null}
      titleId="merge-title"
      title={from ? t('vocabulary.mergeTitle', { entry: labelIn(from, uiLang).text }) : ''}
      onClose={onClose}
    >
      {from && <MergeForm from={from} entries={entries} onClose={onClose} onMerged={onMerged} />}
    </Modal>
  );
}

function MergeForm({
  from,
  entries,
  onClose,
  onMerged,
}: MergeDialogProps & { from: VocabularyEntry }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const used = useVocabularyStore((s) => s.usage[from.id] ?? 0);
  const [into, setInto] = useState<VocabularyEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fromLabel = labelIn(from, uiLang).text;

  const merge = async () => {
    if (!into || busy) return;
    setBusy(true);
    try {
      onMerged(into, await useVocabularyStore.getState().merge(into.id, from.id));
    } catch (failure) {
      setError(describeError(apiErrorOf(failure), uiLang));
      setBusy(false);
    }
  };

  return (
    <DialogForm onSubmit={() => void merge()}>
      {into ? (
        <div className="merge-target">
          <p className="dialog__text">
            {t('vocabulary.mergeInto', { entry: labelIn(into, uiLang).text })}
          </p>
          <button type="button" className="button button--small" onClick={() => setInto(null)}>
            {t('vocabulary.mergeOther')}
          </button>
        </div>
      ) : (
        <EntryPicker
          id="merge-into"
          label={t('vocabulary.mergePick')}
          labelClassName="field__label"
          entries={entries}
          exclude={new Set([from.id])}
          lang={uiLang}
          onPick={setInto}
        />
      )}
      <p className="field__hint">
        {t('vocabulary.mergeExplain', { entry: fromLabel, count: used })}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={!into || busy}>
          {t('vocabulary.mergeConfirm')}
        </button>
      </div>
    </DialogForm>
  );
}

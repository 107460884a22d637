import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import type { RevisionSummary } from '@shared/review/revision-summary';
import { useState } from 'react';
import { api } from '../api';
import { Modal } from '../components/Modal';
import { useT, useUiLanguage } from '../i18n';
import { formatMoment } from './format-moment';
import { runReviewStep } from './review-step';
import { ConfirmActions } from '../components/ConfirmActions';

interface RestoreDialogProps {
  /** The revision to restore; null while closed. */
  revision: RevisionSummary | null;
  lang: Lang;
  onClose(): void;
  onRestored(): void;
}

/** Restoring never deletes anything: the dialog says so before the user decides. */
export function RestoreDialog({ revision, lang, onClose, onRestored }: RestoreDialogProps) {
  const t = useT();
  return (
    <Modal
      open={revision !== null}
      titleId="restore-title"
      title={t('review.restore.title')}
      onClose={onClose}
      size="small"
    >
      {revision && (
        <RestoreConfirm revision={revision} lang={lang} onClose={onClose} onRestored={onRestored} />
      )}
    </Modal>
  );
}

function RestoreConfirm({
  revision,
  lang,
  onClose,
  onRestored,
}: {
  revision: RevisionSummary;
  lang: Lang;
  onClose(): void;
  onRestored(): void;
}) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [busy, setBusy] = useState(false);

  const restore = async () => {
    setBusy(true);
    const stored = await runReviewStep(
      (ref) => api.call('revisions.restore', { ...ref, revisionId: revision.id }),
      { recordsName: true },
    );
    if (!stored) {
      setBusy(false);
      return;
    }
    onRestored();
    onClose();
  };

  return (
    <div className="dialog-form">
      <p>
        {t('review.restore.what', {
          language: LANG_NATIVE_NAMES[lang],
          when: formatMoment(revision.createdAt, uiLang, { seconds: true }),
        })}
      </p>
      <p className="dialog__text">{t('review.restore.safe')}</p>
      <ConfirmActions
        confirmLabel={t('review.restore.confirm')}
        busy={busy}
        onConfirm={() => void restore()}
        onCancel={onClose}
      />
    </div>
  );
}

import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { useState } from 'react';
import { api } from '../api';
import { Modal } from '../components/Modal';
import { useT } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { runReviewStep } from './review-step';
import { ConfirmActions } from '../components/ConfirmActions';

interface SourceLanguageDialogProps {
  /** The version to make the source; null while closed. */
  lang: Lang | null;
  onClose(): void;
}

/** Changing the source language is deliberate: the dialog says what it does to translations. */
export function SourceLanguageDialog({ lang, onClose }: SourceLanguageDialogProps) {
  const t = useT();
  return (
    <Modal
      open={lang !== null}
      titleId="source-language-title"
      title={lang ? t('review.source.title', { language: LANG_NATIVE_NAMES[lang] }) : ''}
      onClose={onClose}
      size="small"
    >
      {lang && <SourceLanguageConfirm lang={lang} onClose={onClose} />}
    </Modal>
  );
}

function SourceLanguageConfirm({ lang, onClose }: { lang: Lang; onClose(): void }) {
  const t = useT();
  const current = useOpenReleaseStore((s) => s.draft?.sourceLang);
  const [busy, setBusy] = useState(false);
  const names = {
    language: LANG_NATIVE_NAMES[lang],
    current: current ? LANG_NATIVE_NAMES[current] : '',
  };

  const confirm = async () => {
    setBusy(true);
    const stored = await runReviewStep(
      (ref) => api.call('review.setSourceLanguage', { ...ref, lang }),
      { recordsName: false },
    );
    if (stored) onClose();
    else setBusy(false);
  };

  return (
    <div className="dialog-form">
      <p className="dialog__text">{t('review.source.explain', names)}</p>
      <ConfirmActions
        confirmLabel={t('review.source.confirm')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={onClose}
      />
    </div>
  );
}

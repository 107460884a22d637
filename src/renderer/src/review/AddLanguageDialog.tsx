import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import type { NewVersionMode } from '@shared/review-api';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../api';
import { DialogForm, Modal } from '../components/Modal';
import { useT } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { runReviewStep } from './review-step';

interface AddLanguageDialogProps {
  open: boolean;
  onClose(): void;
}

/** A new language version: which language, and whether it starts from a copy of the source. */
export function AddLanguageDialog({ open, onClose }: AddLanguageDialogProps) {
  const t = useT();
  return (
    <Modal open={open} titleId="add-language-title" title={t('review.addLanguage.title')} onClose={onClose}>
      <AddLanguageForm onClose={onClose} />
    </Modal>
  );
}

const MODES: readonly NewVersionMode[] = ['prefilled', 'empty'];

function AddLanguageForm({ onClose }: { onClose(): void }) {
  const t = useT();
  const choices = useOpenReleaseStore(
    useShallow((s) => LANGS.filter((lang) => s.draft && !s.draft.variants[lang])),
  );
  const sourceLang = useOpenReleaseStore((s) => s.draft?.sourceLang);
  const selectLang = useOpenReleaseStore((s) => s.selectLang);
  const [lang, setLang] = useState<Lang | undefined>(choices[0]);
  const [mode, setMode] = useState<NewVersionMode>('prefilled');
  const [busy, setBusy] = useState(false);
  const source = sourceLang ? LANG_NATIVE_NAMES[sourceLang] : '';

  const add = async () => {
    if (busy || !lang) return;
    setBusy(true);
    const stored = await runReviewStep(
      (ref) => api.call('review.addLanguage', { ...ref, lang, mode }),
      { recordsName: true },
    );
    if (!stored) {
      setBusy(false);
      return;
    }
    selectLang(lang);
    onClose();
  };

  return (
    <DialogForm onSubmit={() => void add()}>
      <fieldset className="choice-group">
        <legend className="field__label">{t('review.addLanguage.language')}</legend>
        {choices.map((option, index) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="add-language-lang"
              value={option}
              checked={lang === option}
              autoFocus={index === 0}
              onChange={() => setLang(option)}
            />
            <span lang={option}>{LANG_NATIVE_NAMES[option]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group choice-group--stacked">
        <legend className="field__label">{t('review.addLanguage.start')}</legend>
        {MODES.map((option) => (
          <label key={option} className="choice choice--described">
            <input
              type="radio"
              name="add-language-mode"
              value={option}
              checked={mode === option}
              aria-describedby={`add-language-mode-${option}`}
              onChange={() => setMode(option)}
            />
            <span className="choice__text">
              <span>{t(`review.addLanguage.mode.${option}`, { source })}</span>
              <span className="choice__hint" id={`add-language-mode-${option}`}>
                {t(`review.addLanguage.mode.${option}.hint`, { source })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="field__hint">{t('review.addLanguage.hint', { source })}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy || !lang}>
          {t('review.addLanguage.add')}
        </button>
      </div>
    </DialogForm>
  );
}

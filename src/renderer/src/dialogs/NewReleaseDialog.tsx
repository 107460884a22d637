import { RELEASE_KINDS, type ReleaseKind } from '@shared/domain';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { useState } from 'react';
import { DateField } from '../components/DateField';
import { DialogForm, Modal } from '../components/Modal';
import { useT, useUiLanguage } from '../i18n';
import { useDialogsStore } from '../stores/dialogs-store';
import { createRelease } from '../stores/release-actions';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Ctrl/Cmd+N: kind, language and date of a new release, which starts from its template. */
export function NewReleaseDialog() {
  const t = useT();
  const open = useDialogsStore((s) => s.open === 'new-release');
  const hide = useDialogsStore((s) => s.hide);
  return (
    <Modal open={open} titleId="new-release-title" title={t('newRelease.title')} onClose={hide}>
      <NewReleaseForm onClose={hide} />
    </Modal>
  );
}

function NewReleaseForm({ onClose }: { onClose(): void }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [kind, setKind] = useState<ReleaseKind>('press-release');
  const [sourceLang, setSourceLang] = useState<Lang>(uiLang);
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (busy || !date) return;
    setBusy(true);
    if (await createRelease({ kind, sourceLang, date })) onClose();
    else setBusy(false);
  };

  return (
    <DialogForm onSubmit={() => void create()}>
      <fieldset className="choice-group">
        <legend className="field__label">{t('newRelease.kind')}</legend>
        {RELEASE_KINDS.map((option, index) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="new-release-kind"
              value={option}
              checked={kind === option}
              autoFocus={index === 0}
              onChange={() => setKind(option)}
            />
            <span>{t(`kind.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="dialog-row">
        <div className="field">
          <label className="field__label" htmlFor="new-release-lang">
            {t('newRelease.language')}
          </label>
          <select
            id="new-release-lang"
            className="field__input"
            value={sourceLang}
            onChange={(event) => setSourceLang(event.target.value as Lang)}
          >
            {LANGS.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {LANG_NATIVE_NAMES[lang]}
              </option>
            ))}
          </select>
        </div>
        <DateField
          id="new-release-date"
          label={t('newRelease.date')}
          value={date}
          required
          onChange={(next) => setDate(next ?? '')}
        />
      </div>
      <p className="field__hint">{t('newRelease.templateHint')}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy || !date}>
          {t('newRelease.create')}
        </button>
      </div>
    </DialogForm>
  );
}

import { describeError } from '@shared/errors';
import { useState } from 'react';
import { apiErrorOf } from '../api';
import { DialogForm, Modal } from '../components/Modal';
import { useT, useUiLanguage } from '../i18n';
import { useUserNameStore } from './user-name-store';

/** Asked once, before the first review step that records who took it. */
export function UserNameDialog() {
  const t = useT();
  const asking = useUserNameStore((s) => s.asking);
  const decline = useUserNameStore((s) => s.decline);
  return (
    <Modal
      open={asking}
      titleId="user-name-title"
      title={t('review.userName.title')}
      onClose={decline}
      size="small"
    >
      <UserNameForm />
    </Modal>
  );
}

function UserNameForm() {
  const t = useT();
  const uiLang = useUiLanguage();
  const submit = useUserNameStore((s) => s.submit);
  const decline = useUserNameStore((s) => s.decline);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    if (name.trim() === '') {
      setProblem(t('review.userName.required'));
      return;
    }
    setBusy(true);
    try {
      await submit(name);
    } catch (error) {
      setProblem(describeError(apiErrorOf(error), uiLang));
      setBusy(false);
    }
  };

  return (
    <DialogForm onSubmit={() => void save()}>
      <p className="dialog__text">{t('review.userName.why')}</p>
      <div className="field">
        <label className="field__label" htmlFor="user-name-input">
          {t('review.userName.label')}
        </label>
        <input
          id="user-name-input"
          className="field__input"
          value={name}
          maxLength={200}
          autoFocus
          autoComplete="name"
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'user-name-problem' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(null);
          }}
        />
        {problem && (
          <p className="field__error" id="user-name-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={decline}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('review.userName.save')}
        </button>
      </div>
    </DialogForm>
  );
}

import { normaliseHref } from '@shared/link-policy';
import { useState } from 'react';
import { DialogForm, Modal } from '../components/Modal';
import { useT } from '../i18n';

interface LinkDialogProps {
  open: boolean;
  /** The address of the link being edited; empty for a new one. */
  href: string;
  onApply(href: string): void;
  onRemove(): void;
  onClose(): void;
}

/** Adds, changes or removes the link on the selected text (Ctrl/Cmd+K). */
export function LinkDialog({ open, href, onApply, onRemove, onClose }: LinkDialogProps) {
  const t = useT();
  return (
    <Modal
      open={open}
      size="small"
      titleId="link-dialog-title"
      title={href ? t('link.editTitle') : t('link.addTitle')}
      onClose={onClose}
    >
      <LinkForm href={href} onApply={onApply} onRemove={onRemove} onClose={onClose} />
    </Modal>
  );
}

function LinkForm({ href, onApply, onRemove, onClose }: Omit<LinkDialogProps, 'open'>) {
  const t = useT();
  const [typed, setTyped] = useState(href);
  const [refused, setRefused] = useState(false);
  const apply = () => {
    const normalised = normaliseHref(typed);
    if (normalised) onApply(normalised);
    else setRefused(true);
  };
  return (
    <DialogForm onSubmit={apply}>
      <div className="field">
        <label className="field__label" htmlFor="link-href">
          {t('link.address')}
        </label>
        <input
          id="link-href"
          className="field__input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          value={typed}
          placeholder={t('link.placeholder')}
          aria-describedby="link-hint"
          aria-invalid={refused}
          autoFocus
          onChange={(event) => {
            setTyped(event.target.value);
            setRefused(false);
          }}
        />
        <p
          id="link-hint"
          className={refused ? 'field__error' : 'field__hint'}
          role={refused ? 'alert' : undefined}
        >
          {refused ? t('link.refused') : t('link.hint')}
        </p>
      </div>
      <div className="dialog__actions">
        {href && (
          <button type="button" className="button button--danger" onClick={onRemove}>
            {t('link.remove')}
          </button>
        )}
        <span className="dialog__spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('link.apply')}
        </button>
      </div>
    </DialogForm>
  );
}

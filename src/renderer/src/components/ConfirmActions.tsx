import { useT } from '../i18n';

interface ConfirmActionsProps {
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Cancel (focused first, so Enter never confirms by accident) and the confirming action. */
export function ConfirmActions({ confirmLabel, busy, onConfirm, onCancel }: ConfirmActionsProps) {
  const t = useT();
  return (
    <div className="dialog__actions">
      <button type="button" className="button" onClick={onCancel} autoFocus>
        {t('dialog.cancel')}
      </button>
      <button type="button" className="button button--primary" disabled={busy} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </div>
  );
}

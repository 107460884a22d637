import type { ApprovalCheck } from '@shared/review/approval';
import type { ApprovalOverride } from '@shared/review-api';
import { ConfirmActions } from '../components/ConfirmActions';
import { Modal } from '../components/Modal';
import { findingLine } from '../export/describe-gate';
import { useT } from '../i18n';
import '../export/export.css';

/** What an approval with these open problems must name for main to let it through. */
export function overrideOf(check: ApprovalCheck): ApprovalOverride {
  return {
    checks: [...new Set(check.blocking.map((finding) => finding.check))],
    comments: check.openComments.map((comment) => comment.id),
  };
}

export function hasOpenProblems(check: ApprovalCheck): boolean {
  return check.blocking.length > 0 || check.openComments.length > 0;
}

interface ApproveConfirmDialogProps {
  /** The problems to accept; null while closed. */
  check: ApprovalCheck | null;
  busy: boolean;
  onConfirm(check: ApprovalCheck): void;
  onClose(): void;
}

/** Approving over failed checks and open comments is allowed, but never without a word. */
export function ApproveConfirmDialog({ check, busy, onConfirm, onClose }: ApproveConfirmDialogProps) {
  const t = useT();
  return (
    <Modal
      open={check !== null}
      titleId="approve-confirm-title"
      title={t('approval.confirm.title')}
      onClose={onClose}
    >
      {check && (
        <div className="dialog-form approve-confirm" data-testid="approve-confirm">
          <p className="dialog__text">{t('approval.confirm.intro')}</p>
          {check.blocking.length > 0 && (
            <section className="export-findings">
              <p className="export-findings__title">
                {t('approval.confirm.failedChecks', { count: check.blocking.length })}
              </p>
              <ul>
                {check.blocking.map((finding, index) => (
                  <li key={index}>{findingLine(t, finding)}</li>
                ))}
              </ul>
            </section>
          )}
          {check.openComments.length > 0 && (
            <section className="export-findings export-findings--warning">
              <p className="export-findings__title">
                {t('approval.confirm.openComments', { count: check.openComments.length })}
              </p>
              <ul>
                {check.openComments.map((comment) => (
                  <li key={comment.id}>
                    {t('approval.confirm.comment', {
                      author: comment.author,
                      paragraph: comment.paragraph + 1,
                      text: comment.text,
                    })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ConfirmActions
            confirmLabel={t('approval.confirm.approve')}
            busy={busy}
            onConfirm={() => onConfirm(check)}
            onCancel={onClose}
          />
        </div>
      )}
    </Modal>
  );
}

import type { VariantStatus } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { ApprovalCheck } from '@shared/review/approval';
import { displayStatus } from '@shared/review/needs-update';
import type { ApprovalOverride } from '@shared/review-api';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../api';
import { useT, useUiLanguage } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { ApproveConfirmDialog, hasOpenProblems, overrideOf } from './ApproveConfirmDialog';
import { formatMoment } from './format-moment';
import { useFourEyesStore } from './four-eyes-store';
import { runReviewStep } from './review-step';
import { statusActions } from './status-actions';
import { useApprovalCheck } from './use-approval-check';
import { useUserNameStore } from './user-name-store';

/**
 * A version's status with who set it and when, and the workflow's next moves as buttons.
 * Approve first asks main what stands before it: open problems are confirmed in a dialog,
 * and with four-eyes review on, the button says why this user may not approve.
 */
export function StatusControl({ lang }: { lang: Lang }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const { releaseId, rev, status, shown, last } = useOpenReleaseStore(
    useShallow((s) => {
      const variant = s.draft?.variants[lang];
      return {
        releaseId: s.draft?.id ?? null,
        rev: s.draft?.rev ?? 0,
        status: variant?.status,
        shown: s.draft ? displayStatus(s.draft, lang) : null,
        last: variant?.statusHistory.at(-1),
      };
    }),
  );
  const settingStored = useFourEyesStore((s) => s.stored);
  const canApprove = status !== undefined && statusActions(status).some((a) => a.to === 'approved');
  const approval = useApprovalCheck(releaseId, rev, lang, canApprove, settingStored);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<ApprovalCheck | null>(null);
  if (!status || !shown) return null;

  const move = async (to: VariantStatus, override?: ApprovalOverride) => {
    setBusy(true);
    await runReviewStep(
      (ref) => api.call('review.setStatus', { ...ref, lang, status: to, override }),
      { recordsName: true },
    );
    setBusy(false);
  };

  const approve = async () => {
    setBusy(true);
    try {
      // The check must see the name and the text that the approval will record.
      if (!(await useUserNameStore.getState().ensure())) return;
      if (!(await useOpenReleaseStore.getState().saveNow())) return;
      const check = await approval.refresh();
      if (!check || check.fourEyes.refused) return;
      if (hasOpenProblems(check)) setConfirming(check);
      else await move('approved');
    } catch (error) {
      useNoticeStore.getState().report(error);
    } finally {
      setBusy(false);
    }
  };

  const refused = approval.check?.fourEyes.refused ?? null;
  const refusedId = `four-eyes-refused-${lang}`;
  const when = last ? formatMoment(last.at, uiLang) : null;
  return (
    <div className="status-control">
      <p className="status-control__state" data-status={shown} role="status">
        <span className="status-pill" data-testid="version-status">
          <span className="lang-badge__dot" aria-hidden="true" />
          {t(`status.${shown}`)}
        </span>
        {last && when && (
          <span className="status-control__since">
            {last.by
              ? t('review.status.byWhen', { by: last.by, when })
              : t('review.status.when', { when })}
            {last.override && (
              <span className="review-tag review-tag--update" data-testid="approval-overridden">
                {t('approval.overridden')}
              </span>
            )}
          </span>
        )}
      </p>
      <div className="status-control__actions">
        {statusActions(status).map((action) => {
          const isApprove = action.to === 'approved';
          return (
            <button
              key={action.to}
              type="button"
              className={action.primary ? 'button button--primary button--small' : 'button button--small'}
              disabled={busy || (isApprove && refused !== null)}
              aria-describedby={isApprove && refused ? refusedId : undefined}
              onClick={() => void (isApprove ? approve() : move(action.to))}
            >
              {t(action.label)}
            </button>
          );
        })}
      </div>
      {shown === 'needs-update' && (
        <p className="review-notice review-notice--warning status-control__why" data-testid="needs-update-notice">
          {t('approval.needsUpdate')}
        </p>
      )}
      {refused && (
        <p className="review-notice status-control__why" id={refusedId} data-testid="four-eyes-refused">
          {t(`approval.fourEyes.${refused.role}`, { name: refused.name })}
        </p>
      )}
      <ApproveConfirmDialog
        check={confirming}
        busy={busy}
        onClose={() => setConfirming(null)}
        onConfirm={(check) => {
          setConfirming(null);
          void move('approved', overrideOf(check));
        }}
      />
    </div>
  );
}

import type { VariantStatus } from '@shared/domain';
import { STATUS_TRANSITIONS } from '@shared/review/status';
import type { MessageKey } from '../i18n';

export interface StatusAction {
  to: VariantStatus;
  label: MessageKey;
  /** The move the workflow expects next: shown as the main button. */
  primary: boolean;
}

function labelOf(from: VariantStatus, to: VariantStatus): MessageKey {
  switch (to) {
    case 'in-review':
      return from === 'changes-requested' ? 'review.action.resubmit' : 'review.action.submit';
    case 'approved':
      return 'review.action.approve';
    case 'changes-requested':
      return 'review.action.requestChanges';
    case 'draft':
      return from === 'approved' ? 'review.action.reopen' : 'review.action.backToDraft';
  }
}

const NEXT: Readonly<Record<VariantStatus, VariantStatus | null>> = {
  draft: 'in-review',
  'in-review': 'approved',
  'changes-requested': 'in-review',
  approved: null,
};

/** The moves the workflow allows from `status`, the expected one first. */
export function statusActions(status: VariantStatus): StatusAction[] {
  return STATUS_TRANSITIONS[status]
    .map((to) => ({ to, label: labelOf(status, to), primary: to === NEXT[status] }))
    .sort((a, b) => Number(b.primary) - Number(a.primary));
}

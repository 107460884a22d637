import type { RevisionSummary } from '@shared/review/revision-summary';
import type { Translate } from '../i18n';

/** What a revision records, in words: "Checkpoint", "Status: Approved", "Restored"… */
export function revisionLabel(revision: RevisionSummary, t: Translate): string {
  switch (revision.reason) {
    case 'status':
      return t('review.history.reason.status', { status: t(`status.${revision.status}`) });
    case 'checkpoint':
      return t('review.history.reason.checkpoint');
    case 'autosave':
      return t('review.history.reason.autosave');
    case 'restore':
      return t('review.history.reason.restore');
    case 'conflict-mine':
      return t('review.history.reason.conflict-mine');
    case 'conflict-theirs':
      return t('review.history.reason.conflict-theirs');
    case 'sync-side':
      return t('review.history.reason.sync-side');
  }
}

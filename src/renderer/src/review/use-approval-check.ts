import type { ApprovalCheck } from '@shared/review/approval';
import type { Lang } from '@shared/languages';
import { useEffect, useState } from 'react';
import { api } from '../api';

/**
 * What stands before approving the version, asked of main while Approve is on offer, so
 * that the button can say at once why four-eyes review does not let this user approve.
 * Asked again whenever the release is saved (its rev changes), the setting changes, or
 * `refresh` is called.
 */
export function useApprovalCheck(
  releaseId: string | null,
  rev: number,
  lang: Lang,
  enabled: boolean,
  /** Changes whenever the four-eyes setting is stored: the answer depends on it. */
  settingVersion: number,
): { check: ApprovalCheck | null; refresh(): Promise<ApprovalCheck | null> } {
  const [check, setCheck] = useState<ApprovalCheck | null>(null);
  const ask = async (): Promise<ApprovalCheck | null> => {
    if (!releaseId) return null;
    const answer = await api.call('review.approvalCheck', { id: releaseId, lang });
    setCheck(answer);
    return answer;
  };
  useEffect(() => {
    if (!enabled || !releaseId) return;
    let live = true;
    api
      .call('review.approvalCheck', { id: releaseId, lang })
      .then((answer) => live && setCheck(answer))
      // Only the hint is missing then: approving still goes through main's guard.
      .catch(() => live && setCheck(null));
    return () => {
      live = false;
    };
  }, [enabled, releaseId, rev, lang, settingVersion]);
  return { check: enabled ? check : null, refresh: ask };
}

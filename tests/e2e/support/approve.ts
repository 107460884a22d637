import type { Release } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { RunningHost } from './host';
import { callHost } from './host-api';

/**
 * Approves an in-review version through the API, accepting whatever blocking findings and
 * open comments it has, as a user confirming the approve dialog does: fixtures that arrange
 * an approved version with known problems use it.
 */
export async function approveAccepting(
  host: RunningHost,
  release: Pick<Release, 'id' | 'rev'>,
  lang: Lang,
): Promise<Release> {
  const check = await callHost(host, 'review.approvalCheck', { id: release.id, lang });
  return callHost(host, 'review.setStatus', {
    id: release.id,
    rev: release.rev,
    lang,
    status: 'approved',
    override: {
      checks: [...new Set(check.blocking.map((finding) => finding.check))],
      comments: check.openComments.map((comment) => comment.id),
    },
  });
}

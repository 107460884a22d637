/**
 * What stands before approving one language version (review.approvalCheck): the blocking
 * findings and open comments an approval must explicitly accept, and, with four-eyes review
 * on, why the current user may not approve at all.
 */
import type { Comment } from '../domain';
import type { Lang } from '../languages';
import type { Finding } from './findings';

/** The current user's part in the version that four-eyes review forbids approving after. */
export type FourEyesRole = 'last-editor' | 'submitter';

export interface ApprovalCheck {
  lang: Lang;
  rev: number;
  /** Failed checks that keep a version out of an export (the export gate's blocking ones). */
  blocking: Finding[];
  /** Comments on this version nobody resolved yet. */
  openComments: Comment[];
  fourEyes: {
    on: boolean;
    /** Set when the current user may not approve: what they did to the version. */
    refused: { role: FourEyesRole; name: string } | null;
  };
}

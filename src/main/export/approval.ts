/**
 * Who approved a language version, when, and against which state of the source: read from
 * the version's status history and, where the library has them, its revisions.
 */
import type { Release, Revision, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';

export interface Approval {
  by: string;
  at: string;
}

/** What the source looked like when the version was approved, as far as the library knows. */
export interface ApprovalBasis {
  /** The release revision the approval was recorded at (from the status revision). */
  releaseRev: number | null;
  /** The source revision the translation was brought up to date against (its source base),
   * else the source language's latest revision at the approval. */
  sourceRevisionId: string | null;
  /** When the translation's source base (paragraph fingerprints) was recorded. */
  sourceBaseRecordedAt: string | null;
}

/** The approval behind the current status; null unless the version is approved. */
export function approvalOf(variant: Variant): Approval | null {
  if (variant.status !== 'approved') return null;
  const entry = variant.statusHistory.findLast((change) => change.status === 'approved');
  return entry ? { by: entry.by, at: entry.at } : null;
}

export function approvalBasis(
  release: Release,
  lang: Lang,
  revisions: readonly Revision[],
): ApprovalBasis {
  const variant = release.variants[lang];
  const approval = variant ? approvalOf(variant) : null;
  const statusRevision = approval
    ? revisions.findLast(
        (r) =>
          r.lang === lang &&
          r.reason === 'status' &&
          r.variant.status === 'approved' &&
          Date.parse(r.createdAt) <= Date.parse(approval.at) + 1000,
      )
    : undefined;
  const releaseRev = statusRevision?.releaseRev ?? null;
  const sourceRevision =
    releaseRev === null
      ? undefined
      : revisions.findLast((r) => r.lang === release.sourceLang && r.releaseRev <= releaseRev);
  return {
    releaseRev,
    sourceRevisionId: variant?.sourceBase?.sourceRevisionId ?? sourceRevision?.id ?? null,
    sourceBaseRecordedAt: variant?.sourceBase?.recordedAt ?? null,
  };
}

/** A revision as the history list shows it, without the snapshot's text. */
import type { Revision, VariantStatus } from '../domain';

export interface RevisionSummary {
  id: string;
  lang: Revision['lang'];
  reason: Revision['reason'];
  createdAt: string;
  author: string;
  releaseRev: number;
  /** The version's status and title in the snapshot. */
  status: VariantStatus;
  title: string;
}

export function summarizeRevision(revision: Revision): RevisionSummary {
  const { id, lang, reason, createdAt, author, releaseRev, variant } = revision;
  return {
    id,
    lang,
    reason,
    createdAt,
    author,
    releaseRev,
    status: variant.status,
    title: variant.title,
  };
}

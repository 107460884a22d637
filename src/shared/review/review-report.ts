/** What the review view shows for a release: per version, its status, findings and lag. */
import type { VariantStatus } from '../domain';
import type { Lang } from '../languages';
import type { Finding } from './findings';
import type { OutdatedReport } from './outdated';

export interface VersionReview {
  lang: Lang;
  status: VariantStatus;
  findings: Finding[];
  /** How the translation stands against the source; null for the source version itself. */
  outdated: OutdatedReport | null;
}

export interface ReleaseReview {
  releaseId: string;
  rev: number;
  sourceLang: Lang;
  versions: VersionReview[];
}

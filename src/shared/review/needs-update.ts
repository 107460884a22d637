/**
 * "Needs update": an approved translation whose source changed after it was last brought up
 * to date. It is derived, never stored: the stored status stays `approved` (who approved and
 * when is history), and the state follows from the same source-base comparison that marks
 * paragraphs outdated, so no source save has to rewrite its translations, and a concurrent
 * save of a translation cannot lose the mark. Re-approving after an update, or marking the
 * translation up to date, clears it.
 */
import { VARIANT_STATUSES, type Release, type Variant, type VariantStatus } from '../domain';
import type { Lang } from '../languages';
import { baseMatches } from './source-base';

/** What a version's status reads as: its stored status, or `needs-update`. */
export const DISPLAY_STATUSES = [...VARIANT_STATUSES, 'needs-update'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export function needsUpdate(release: Release, lang: Lang): boolean {
  const variant = release.variants[lang];
  const source = release.variants[release.sourceLang];
  if (variant?.status === 'approved' && approvalOutdated(variant)) return true;
  if (!variant || !source || lang === release.sourceLang || variant.status !== 'approved')
    return false;
  const base = variant.sourceBase;
  return base !== null && base.sourceLang === release.sourceLang && !baseMatches(base, source);
}

/**
 * An approval that a sync merged with text changed on another machine (Variant.approvalOutdated):
 * it stands until the version is approved again, which adds a later approval.
 */
function approvalOutdated(variant: Variant): boolean {
  const mark = variant.approvalOutdated;
  if (!mark) return false;
  const approval = variant.statusHistory.findLast((change) => change.status === 'approved');
  return approval?.at === mark.approvedAt;
}

export function displayStatus(release: Release, lang: Lang): DisplayStatus | null {
  const variant = release.variants[lang];
  if (!variant) return null;
  return needsUpdate(release, lang) ? 'needs-update' : variant.status;
}

/** The stored statuses with the derived state applied, for badges. */
export function displayStatuses(
  statuses: Partial<Record<Lang, VariantStatus>>,
  needingUpdate: readonly Lang[] | undefined,
): Partial<Record<Lang, DisplayStatus>> {
  const shown: Partial<Record<Lang, DisplayStatus>> = { ...statuses };
  for (const lang of needingUpdate ?? []) if (shown[lang] === 'approved') shown[lang] = 'needs-update';
  return shown;
}

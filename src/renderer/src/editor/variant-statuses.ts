import type { Release } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { displayStatus, type DisplayStatus } from '@shared/review/needs-update';

/** Language → status of each existing version, as shown; flat, so useShallow can compare it. */
export function variantStatuses(release: Release | null): Partial<Record<Lang, DisplayStatus>> {
  const statuses: Partial<Record<Lang, DisplayStatus>> = {};
  if (!release) return statuses;
  for (const lang of Object.keys(release.variants) as Lang[]) {
    const status = displayStatus(release, lang);
    if (status) statuses[lang] = status;
  }
  return statuses;
}

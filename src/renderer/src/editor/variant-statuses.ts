import type { Release, VariantStatus } from '@shared/domain';
import type { Lang } from '@shared/languages';

/** Language → status of each existing version; flat, so useShallow can compare it. */
export function variantStatuses(release: Release | null): Partial<Record<Lang, VariantStatus>> {
  const statuses: Partial<Record<Lang, VariantStatus>> = {};
  for (const [lang, variant] of Object.entries(release?.variants ?? {}) as [
    Lang,
    { status: VariantStatus } | undefined,
  ][]) {
    if (variant) statuses[lang] = variant.status;
  }
  return statuses;
}

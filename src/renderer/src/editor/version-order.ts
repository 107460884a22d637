import { LANGS, type Lang } from '@shared/languages';

/** Language versions as the tabs show them: the source first, then in the order of LANGS. */
export function versionOrder(
  sourceLang: Lang | undefined,
  versions: Partial<Record<Lang, unknown>>,
): Lang[] {
  return LANGS.filter((lang) => versions[lang]).sort(
    (a, b) => Number(b === sourceLang) - Number(a === sourceLang),
  );
}

/** The version `step` tabs away from `current`, wrapping around. */
export function neighbourVersion(order: Lang[], current: Lang | null, step: number): Lang | null {
  if (order.length === 0) return null;
  const index = current ? order.indexOf(current) : 0;
  return order[(index + step + order.length) % order.length] ?? null;
}

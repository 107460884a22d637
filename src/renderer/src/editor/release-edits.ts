import type { Release, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';

/** The fields a user types into; everything else in a release comes from main. */
export type VariantEdit = Partial<Pick<Variant, 'title' | 'lead' | 'body'>>;
export type ReleaseEdits = Partial<Record<Lang, VariantEdit>>;

export function hasEdits(edits: ReleaseEdits): boolean {
  return Object.values(edits).some((edit) => edit && Object.keys(edit).length > 0);
}

/** `later` wins field by field. */
export function mergeEdits(earlier: ReleaseEdits, later: ReleaseEdits): ReleaseEdits {
  const merged: ReleaseEdits = { ...earlier };
  for (const [lang, edit] of Object.entries(later) as [Lang, VariantEdit | undefined][]) {
    if (edit) merged[lang] = { ...merged[lang], ...edit };
  }
  return merged;
}

/** The release as the user sees it: `base` with the edits laid on top. */
export function applyEdits(base: Release, edits: ReleaseEdits): Release {
  if (!hasEdits(edits)) return base;
  const variants = { ...base.variants };
  for (const [lang, edit] of Object.entries(edits) as [Lang, VariantEdit | undefined][]) {
    const variant = variants[lang];
    if (variant && edit) variants[lang] = { ...variant, ...edit };
  }
  return { ...base, variants };
}

import type { Release, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';

/** The fields of one language version a user types into. */
export type VariantEdit = Partial<
  Pick<Variant, 'title' | 'lead' | 'body' | 'datelinePlace' | 'issuer' | 'contacts'>
>;
/** The release-wide fields of the metadata panel. */
export type ReleaseFieldsEdit = Partial<
  Pick<Release, 'kind' | 'date' | 'embargo' | 'issuer' | 'contacts' | 'boilerplate' | 'tags'>
>;

/** Everything edited and not yet stored; everything else in a release comes from main. */
export interface ReleaseEdits {
  fields?: ReleaseFieldsEdit;
  variants?: Partial<Record<Lang, VariantEdit>>;
}

function hasKeys(value: object | undefined): boolean {
  return value !== undefined && Object.keys(value).length > 0;
}

export function hasEdits(edits: ReleaseEdits): boolean {
  return hasKeys(edits.fields) || Object.values(edits.variants ?? {}).some(hasKeys);
}

/** `later` wins field by field. */
export function mergeEdits(earlier: ReleaseEdits, later: ReleaseEdits): ReleaseEdits {
  const variants = { ...earlier.variants };
  for (const [lang, edit] of Object.entries(later.variants ?? {}) as [Lang, VariantEdit][]) {
    variants[lang] = { ...variants[lang], ...edit };
  }
  return { fields: { ...earlier.fields, ...later.fields }, variants };
}

/** The release as the user sees it: `base` with the edits laid on top. */
export function applyEdits(base: Release, edits: ReleaseEdits): Release {
  if (!hasEdits(edits)) return base;
  const variants = { ...base.variants };
  for (const [lang, edit] of Object.entries(edits.variants ?? {}) as [Lang, VariantEdit][]) {
    const variant = variants[lang];
    if (variant) variants[lang] = { ...variant, ...edit };
  }
  return { ...base, ...edits.fields, variants };
}

/** Edits that turn any copy of the release into `target` in every field a user types into. */
export function editsTo(target: Release): ReleaseEdits {
  const { kind, date, embargo, issuer, contacts, boilerplate, tags } = target;
  const variants: Partial<Record<Lang, VariantEdit>> = {};
  for (const v of Object.values(target.variants)) {
    if (v)
      variants[v.lang] = {
        title: v.title,
        lead: v.lead,
        body: v.body,
        datelinePlace: v.datelinePlace,
        // A translation's own signature and contact names, only where it has them.
        ...(v.issuer !== undefined ? { issuer: v.issuer } : {}),
        ...(v.contacts !== undefined ? { contacts: v.contacts } : {}),
      };
  }
  return { fields: { kind, date, embargo, issuer, contacts, boilerplate, tags }, variants };
}

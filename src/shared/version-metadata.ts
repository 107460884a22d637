/**
 * What one language version signs with: its issuer/signature, dateline place and press
 * contacts. A translation that has none of its own in a field gets the source version's value,
 * so that an export never prints an empty signature; `fallbacks` names those fields, for the
 * checks to flag and the editor to show as a placeholder.
 */
import type { Contact, ContactLabel, Release } from './domain';
import type { Lang } from './languages';

export const OWN_FIELDS = ['issuer', 'datelinePlace', 'contacts'] as const;
export type OwnField = (typeof OWN_FIELDS)[number];

export interface VersionMetadata {
  issuer: string;
  datelinePlace: string;
  contacts: Contact[];
  /** Fields this version shows the source's value in, because it has none of its own. */
  fallbacks: OwnField[];
}

const blank = (text: string | undefined): boolean => (text ?? '').trim() === '';

/** A contact as one language writes it: its own name and role, the shared phone and e-mail. */
function contactIn(
  shared: Contact,
  own: ContactLabel | undefined,
): { contact: Contact; fellBack: boolean } {
  const name = blank(own?.name) ? shared.name : own!.name;
  const role = blank(own?.role) ? shared.role : own!.role;
  const fellBack =
    (blank(own?.name) && !blank(shared.name)) || (blank(own?.role) && !blank(shared.role));
  return { contact: { ...shared, name, role }, fellBack };
}

export function versionMetadata(release: Release, lang: Lang): VersionMetadata {
  const variant = release.variants[lang];
  const source = release.variants[release.sourceLang];
  if (!variant || !source) throw new Error(`release ${release.id} has no ${lang} version`);
  if (lang === release.sourceLang)
    return {
      issuer: release.issuer,
      datelinePlace: variant.datelinePlace,
      contacts: release.contacts,
      fallbacks: [],
    };
  const fallbacks: OwnField[] = [];
  const own = (field: OwnField, value: string | undefined, sourceValue: string): string => {
    if (!blank(value)) return value!;
    if (!blank(sourceValue)) fallbacks.push(field);
    return sourceValue;
  };
  const issuer = own('issuer', variant.issuer, release.issuer);
  const datelinePlace = own('datelinePlace', variant.datelinePlace, source.datelinePlace);
  const contacts = release.contacts.map((shared, i) => contactIn(shared, variant.contacts?.[i]));
  if (contacts.some((c) => c.fellBack)) fallbacks.push('contacts');
  return { issuer, datelinePlace, contacts: contacts.map((c) => c.contact), fallbacks };
}

/** The translations' contact labels with contact `index` removed, as the release's list loses it. */
export function withoutContactLabel(
  labels: readonly ContactLabel[] | undefined,
  index: number,
): ContactLabel[] | undefined {
  return labels?.filter((_, i) => i !== index);
}

/**
 * The release with `lang` as the source of its signature and contacts: the release-wide values
 * become the new source's (what it showed, fallbacks included), and the old source keeps its
 * own as a translation's fields, so that no language's signature changes with the switch.
 */
export function withSignatureSource(release: Release, lang: Lang): Release {
  const oldLang = release.sourceLang;
  const oldSource = release.variants[oldLang];
  const newSource = release.variants[lang];
  if (lang === oldLang || !oldSource || !newSource) return release;
  const shown = versionMetadata(release, lang);
  const { issuer: _issuer, contacts: _contacts, ...newSourceRest } = newSource;
  return {
    ...release,
    issuer: shown.issuer,
    contacts: shown.contacts,
    variants: {
      ...release.variants,
      [lang]: newSourceRest,
      [oldLang]: {
        ...oldSource,
        issuer: release.issuer,
        contacts: release.contacts.map(({ name, role }) => ({ name, role })),
      },
    },
  };
}

/**
 * One language version of a release as every export format prints it: texts cleaned,
 * dateline and labels in that language, tags as the vocabulary names them there.
 */
import type { Contact, Release, VocabularyEntry } from '@shared/domain';
import { formatDateline } from '@shared/date-format';
import type { Lang } from '@shared/languages';
import { versionMetadata } from '@shared/version-metadata';
import { embargoNotice, type ActiveEmbargo } from './embargo';
import { EXPORT_STRINGS } from './export-strings';
import { cleanText } from './markup-escape';
import { bodyText, renderBody, type RenderedBody } from './render-body';

export interface Tag {
  id: string;
  label: string;
}

export interface LanguageView {
  lang: Lang;
  title: string;
  lead: string;
  place: string;
  /** "Brest, 1 September 2023". */
  dateline: string;
  kindLabel: string;
  body: RenderedBody;
  xhtmlBody: string;
  bodyText: string;
  issuer: string;
  contacts: Contact[];
  boilerplate: string[];
  tags: Tag[];
  /** The embargo notice in this language while the release is embargoed. */
  embargo: string | null;
}

function tagLabel(
  entry: VocabularyEntry | undefined,
  id: string,
  lang: Lang,
  source: Lang,
): string {
  return entry?.labels[lang] ?? entry?.labels[source] ?? entry?.labels.en ?? id;
}

export function languageView(
  release: Release,
  lang: Lang,
  vocabulary: readonly VocabularyEntry[],
  embargo: ActiveEmbargo | null,
): LanguageView {
  const variant = release.variants[lang];
  if (!variant) throw new Error(`release ${release.id} has no ${lang} version`);
  const byId = new Map(vocabulary.map((entry) => [entry.id, entry]));
  // The language's own signature, place and contacts, or the source's where it has none.
  const own = versionMetadata(release, lang);
  const place = cleanText(own.datelinePlace);
  return {
    lang,
    title: cleanText(variant.title).trim(),
    lead: cleanText(variant.lead).trim(),
    place,
    dateline: formatDateline(place, release.date, lang),
    kindLabel: EXPORT_STRINGS[lang].kinds[release.kind],
    body: renderBody(variant.body, 'html'),
    xhtmlBody: renderBody(variant.body, 'xhtml').html,
    bodyText: bodyText(variant.body),
    issuer: cleanText(own.issuer).trim(),
    contacts: own.contacts.map((c) => ({
      name: cleanText(c.name).trim(),
      role: cleanText(c.role).trim(),
      phone: cleanText(c.phone).trim(),
      email: cleanText(c.email).trim(),
    })),
    boilerplate: cleanText(release.boilerplate[lang] ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    tags: release.tags.map((id) => ({
      id,
      label: cleanText(tagLabel(byId.get(id), id, lang, release.sourceLang)),
    })),
    embargo: embargo ? embargoNotice(embargo, lang) : null,
  };
}

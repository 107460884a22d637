/**
 * NewsML-G2 (IPTC, standard version 2.34, power conformance) for news agencies: one newsItem
 * per language version, with the body as XHTML inline and the page and PDF as remote
 * content, and one packageItem grouping the versions as alternatives. Element order follows
 * the schema's sequences (AnyItemType, ItemManagementGroup, AdministrativeMetadataGroup,
 * DescriptiveMetadataGroup, groupSet); docs/EXPORT.md says what is and is not covered.
 */
import { createHash } from 'node:crypto';
import type { Release, VocabularyEntry } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { ActiveEmbargo } from './embargo';
import type { LanguageView } from './language-view';
import { escapeMarkup as esc } from './markup-escape';
import type { PackageNames } from './package-names';

export const NEWSML_FOLDER = 'newsml';
export const newsItemFile = (lang: Lang): string => `${NEWSML_FOLDER}/${lang}.xml`;
export const PACKAGE_ITEM_FILE = `${NEWSML_FOLDER}/package.xml`;

const NAR_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';
const STANDARD_VERSION = '2.34';
const CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml';
/** Namespace of the name-based UUIDs that identify Press Office items. */
const GUID_NAMESPACE = '452f5049-8641-4957-960a-1ef9135dec30';

/** Vocabulary types as IPTC concept natures. */
const CONCEPT_NATURE: Record<VocabularyEntry['type'], string> = {
  person: 'cpnat:person',
  organisation: 'cpnat:organisation',
  place: 'cpnat:geoArea',
  event: 'cpnat:event',
  topic: 'cpnat:abstract',
};

export interface NewsmlInput {
  release: Release;
  views: readonly LanguageView[];
  vocabulary: readonly VocabularyEntry[];
  embargo: ActiveEmbargo | null;
  /** What the package's pages and PDFs are called, for remoteContent. */
  names: PackageNames;
  /** Byte sizes of the PDFs in the package, by language; absent when there are none. */
  pdfSizes: Partial<Record<Lang, number>>;
  hasHtml: boolean;
  generator: { name: string; version: string };
}

/** RFC 4122 version-5 UUID: the same release and language always get the same guid. */
function nameBasedUuid(name: string): string {
  const namespace = Buffer.from(GUID_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newsItemGuid(releaseId: string, lang: Lang | 'package'): string {
  return `urn:uuid:${nameBasedUuid(`${releaseId}/${lang}`)}`;
}

function itemOpen(tag: string, guid: string, release: Release, lang: Lang): string {
  return (
    `<${tag} xmlns="${NAR_NAMESPACE}" guid="${guid}" version="${release.rev}" ` +
    `standard="NewsML-G2" standardversion="${STANDARD_VERSION}" conformance="power" xml:lang="${lang}">`
  );
}

/** Editorial notes, each in its own language: the embargo notices. */
type EdNote = { lang: Lang; text: string };

function itemMeta(input: NewsmlInput, itemClass: string, title: string, notes: EdNote[]): string {
  const { release, embargo, generator } = input;
  const provider = release.issuer.trim() || generator.name;
  return [
    '  <itemMeta>',
    `    <itemClass qcode="${itemClass}"/>`,
    `    <provider literal="${esc(provider)}"/>`,
    `    <versionCreated>${release.updatedAt}</versionCreated>`,
    `    <firstCreated>${release.createdAt}</firstCreated>`,
    ...(embargo ? [`    <embargoed>${embargo.liftsAtZoned}</embargoed>`] : []),
    '    <pubStatus qcode="stat:usable"/>',
    `    <generator versioninfo="${esc(generator.version)}">${esc(generator.name)}</generator>`,
    `    <title>${esc(title)}</title>`,
    ...notes.map((note) => `    <edNote xml:lang="${note.lang}">${esc(note.text)}</edNote>`),
    '  </itemMeta>',
  ].join('\n');
}

function embargoNotes(views: readonly LanguageView[]): EdNote[] {
  return views.flatMap((v) => (v.embargo ? [{ lang: v.lang, text: v.embargo }] : []));
}

function subjects(input: NewsmlInput, view: LanguageView): string[] {
  const byId = new Map(input.vocabulary.map((entry) => [entry.id, entry]));
  return view.tags.map((tag) => {
    const entry = byId.get(tag.id);
    const type = entry ? ` type="${CONCEPT_NATURE[entry.type]}"` : '';
    return `    <subject${type} literal="${esc(tag.id)}"><name>${esc(tag.label)}</name></subject>`;
  });
}

function xhtmlDocument(view: LanguageView): string {
  return [
    `      <html xmlns="http://www.w3.org/1999/xhtml" lang="${view.lang}" xml:lang="${view.lang}">`,
    `        <head><title>${esc(view.title)}</title></head>`,
    '        <body>',
    `          <h1>${esc(view.title)}</h1>`,
    `          <p>${esc(view.dateline)}</p>`,
    ...(view.lead ? [`          <p>${esc(view.lead)}</p>`] : []),
    `          ${view.xhtmlBody}`,
    ...(view.issuer ? [`          <p>${esc(view.issuer)}</p>`] : []),
    '        </body>',
    '      </html>',
  ].join('\n');
}

export function renderNewsItem(input: NewsmlInput, view: LanguageView): string {
  const { release } = input;
  const pdfSize = input.pdfSizes[view.lang];
  const remote = [
    ...(pdfSize !== undefined
      ? [
          `    <remoteContent href="../${input.names.pdf(view.lang)}" contenttype="application/pdf" size="${pdfSize}"/>`,
        ]
      : []),
    ...(input.hasHtml
      ? [`    <remoteContent href="../${input.names.page(view.lang)}" contenttype="text/html"/>`]
      : []),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    itemOpen('newsItem', newsItemGuid(release.id, view.lang), release, view.lang),
    `  <catalogRef href="${CATALOG}"/>`,
    itemMeta(input, 'ninat:text', view.title, embargoNotes([view])),
    '  <contentMeta>',
    `    <contentCreated>${release.date}</contentCreated>`,
    `    <contentModified>${release.variants[view.lang]?.updatedAt ?? release.updatedAt}</contentModified>`,
    ...(view.place ? [`    <located><name>${esc(view.place)}</name></located>`] : []),
    ...(view.issuer ? [`    <creator><name>${esc(view.issuer)}</name></creator>`] : []),
    `    <language tag="${view.lang}"/>`,
    `    <genre literal="${release.kind}"><name>${esc(view.kindLabel)}</name></genre>`,
    ...subjects(input, view),
    `    <headline>${esc(view.title)}</headline>`,
    `    <dateline>${esc(view.dateline)}</dateline>`,
    ...(view.lead ? [`    <description role="drol:summary">${esc(view.lead)}</description>`] : []),
    '  </contentMeta>',
    '  <contentSet>',
    `    <inlineXML contenttype="application/xhtml+xml">`,
    xhtmlDocument(view),
    '    </inlineXML>',
    ...remote,
    '  </contentSet>',
    '</newsItem>',
    '',
  ].join('\n');
}

/** The package as a packageItem whose one group holds the language versions as alternatives. */
export function renderPackageItem(input: NewsmlInput): string {
  const { release, views } = input;
  const main = views.find((v) => v.lang === release.sourceLang) ?? views[0];
  if (!main) throw new Error(`release ${release.id}: no language version to export`);
  const refs = views.map((view) =>
    [
      `      <itemRef residref="${newsItemGuid(release.id, view.lang)}" version="${release.rev}" ` +
        `href="${view.lang}.xml" contenttype="application/vnd.iptc.g2.newsitem+xml" xml:lang="${view.lang}">`,
      '        <itemClass qcode="ninat:text"/>',
      `        <title>${esc(view.title)}</title>`,
      '      </itemRef>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    itemOpen('packageItem', newsItemGuid(release.id, 'package'), release, main.lang),
    `  <catalogRef href="${CATALOG}"/>`,
    itemMeta(input, 'ninat:composite', main.title, embargoNotes(views)),
    '  <contentMeta>',
    `    <contentCreated>${release.date}</contentCreated>`,
    ...views.map((v) => `    <language tag="${v.lang}"/>`),
    `    <headline>${esc(main.title)}</headline>`,
    '  </contentMeta>',
    '  <groupSet root="versions">',
    '    <group id="versions" role="group:main" mode="pgrmod:alt">',
    ...refs,
    '    </group>',
    '  </groupSet>',
    '</packageItem>',
    '',
  ].join('\n');
}

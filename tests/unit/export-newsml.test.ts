/**
 * NewsML-G2: well-formed, and in the order the IPTC schema's sequences demand for what we
 * write (checked offline against the sequences, not the XSD itself: see docs/EXPORT.md).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LANGS } from '@shared/languages';
import { newsItemGuid } from '../../src/main/export/newsml';
import { embargoedAdvisory, sevenLanguageItem } from '../fixtures';
import { approved } from './support/export-releases';
import { exportFixture, readTree } from './support/export-run';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
});

const nameOf = (node: OrderedNode) => Object.keys(node).find((k) => k !== ':@')!;
const childrenOf = (node: OrderedNode) =>
  (node[nameOf(node)] as OrderedNode[]).filter((c) => nameOf(c) !== '#text');
const child = (node: OrderedNode, name: string) =>
  childrenOf(node).find((c) => nameOf(c) === name)!;
const textOf = (node: OrderedNode) =>
  (node[nameOf(node)] as OrderedNode[]).map((c) => String(c['#text'] ?? '')).join('');

/** The schema's sequence for each parent, as the order in which its children may appear. */
const SEQUENCES: Record<string, string[]> = {
  newsItem: [
    'catalogRef',
    'catalog',
    'hopHistory',
    'pubHistory',
    'rightsInfo',
    'itemMeta',
    'contentMeta',
    'partMeta',
    'assert',
    'inlineRef',
    'derivedFrom',
    'contentSet',
  ],
  packageItem: [
    'catalogRef',
    'catalog',
    'hopHistory',
    'pubHistory',
    'rightsInfo',
    'itemMeta',
    'contentMeta',
    'partMeta',
    'assert',
    'inlineRef',
    'derivedFrom',
    'groupSet',
  ],
  itemMeta: [
    'itemClass',
    'provider',
    'versionCreated',
    'firstCreated',
    'embargoed',
    'pubStatus',
    'role',
    'fileName',
    'generator',
    'profile',
    'service',
    'title',
    'edNote',
    'memberOf',
    'instanceOf',
    'signal',
    'altRep',
    'deliverableOf',
    'hash',
    'expires',
    'origRep',
    'incomingFeedId',
    'metadataCreator',
    'link',
  ],
  // AdministrativeMetadataGroup, then DescriptiveMetadataGroup (each a choice, so one rank per group).
  contentMeta: [
    'icon',
    'urgency',
    'contentCreated',
    'contentModified',
    'administrative',
    'descriptive',
  ],
};
const ADMINISTRATIVE = [
  'located',
  'infoSource',
  'creator',
  'contributor',
  'audience',
  'exclAudience',
  'altId',
  'rating',
  'userInteraction',
];
const DESCRIPTIVE = [
  'language',
  'genre',
  'keyword',
  'subject',
  'slugline',
  'headline',
  'dateline',
  'by',
  'creditline',
  'description',
];
const REQUIRED: Record<string, string[]> = {
  itemMeta: ['itemClass', 'provider', 'versionCreated'],
};

function rank(parent: string, name: string): number {
  const key =
    parent === 'contentMeta' && ADMINISTRATIVE.includes(name)
      ? 'administrative'
      : parent === 'contentMeta' && DESCRIPTIVE.includes(name)
        ? 'descriptive'
        : name;
  return SEQUENCES[parent]!.indexOf(key);
}

/** Problems with the order and presence of children, recursively for the parents we know. */
function structureProblems(node: OrderedNode): string[] {
  const name = nameOf(node);
  const problems: string[] = [];
  if (SEQUENCES[name]) {
    const ranks = childrenOf(node).map((c) => [nameOf(c), rank(name, nameOf(c))] as const);
    for (const [childName, r] of ranks)
      if (r < 0) problems.push(`${name} may not hold ${childName}`);
    for (let i = 1; i < ranks.length; i += 1) {
      if (ranks[i]![1] < ranks[i - 1]![1])
        problems.push(`${name}: ${ranks[i]![0]} after ${ranks[i - 1]![0]}`);
    }
    for (const required of REQUIRED[name] ?? []) {
      if (!ranks.some(([n]) => n === required)) problems.push(`${name} lacks ${required}`);
    }
  }
  for (const c of childrenOf(node))
    if (SEQUENCES[nameOf(c)]) problems.push(...structureProblems(c));
  return problems;
}

function root(xml: string): OrderedNode {
  return (parser.parse(xml) as OrderedNode[]).find((n) => nameOf(n) !== '?xml')!;
}

describe('NewsML-G2', () => {
  it('writes a well-formed newsItem per language that follows the schema’s order', async () => {
    const release = approved(sevenLanguageItem);
    const files = await readTree((await exportFixture(release, await tempDir())).path);
    for (const lang of LANGS) {
      const xml = files.get(`newsml/${lang}.xml`)!.toString('utf8');
      expect(XMLValidator.validate(xml), lang).toBe(true);
      const item = root(xml);
      expect(nameOf(item)).toBe('newsItem');
      expect(item[':@']).toMatchObject({
        xmlns: 'http://iptc.org/std/nar/2006-10-01/',
        standard: 'NewsML-G2',
        standardversion: '2.34',
        conformance: 'power',
        'xml:lang': lang,
        guid: newsItemGuid(release.id, lang),
      });
      expect(structureProblems(item), lang).toEqual([]);
      const meta = child(item, 'contentMeta');
      expect(textOf(child(meta, 'headline'))).toBe(release.variants[lang]!.title);
      expect(child(meta, 'language')[':@']).toEqual({ tag: lang });
      const inline = child(child(item, 'contentSet'), 'inlineXML');
      expect(inline[':@']).toEqual({ contenttype: 'application/xhtml+xml' });
      expect(nameOf(childrenOf(inline)[0]!)).toBe('html');
    }
  });

  it('groups the versions as alternatives in a packageItem', async () => {
    const release = approved(sevenLanguageItem);
    const files = await readTree((await exportFixture(release, await tempDir())).path);
    const xml = files.get('newsml/package.xml')!.toString('utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = root(xml);
    expect(nameOf(item)).toBe('packageItem');
    expect(structureProblems(item)).toEqual([]);
    const groupSet = child(item, 'groupSet');
    const group = child(groupSet, 'group');
    expect(groupSet[':@']!.root).toBe(group[':@']!.id);
    const refs = childrenOf(group).filter((c) => nameOf(c) === 'itemRef');
    expect(refs.map((r) => r[':@']!.residref)).toEqual(
      LANGS.map((lang) => newsItemGuid(release.id, lang)),
    );
    expect(refs.map((r) => r[':@']!.href)).toEqual(LANGS.map((lang) => `${lang}.xml`));
  });

  it('carries the embargo as embargoed and as an editorial note in the item’s language', async () => {
    const release = approved(embargoedAdvisory);
    const files = await readTree(
      (await exportFixture(release, await tempDir(), { now: new Date('2023-08-24T12:00:00Z') }))
        .path,
    );
    const item = root(files.get('newsml/ru.xml')!.toString('utf8'));
    const meta = child(item, 'itemMeta');
    expect(textOf(child(meta, 'embargoed'))).toBe('2023-08-25T10:00:00+03:00');
    expect(child(meta, 'edNote')[':@']).toEqual({ 'xml:lang': 'ru' });
    expect(textOf(child(meta, 'edNote'))).toMatch(/^ЭМБАРГО ДО 25 августа 2023 г., 10:00/);
    expect(structureProblems(item)).toEqual([]);
  });
});

/**
 * Every method of the contract, fed invalid input over both transports (the loopback HTTP host
 * and the IPC wrapper), must answer a coded error and leave the library untouched: no session
 * call at all, and every file on disk byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodInput, type MethodName } from '@shared/contract';
import type { Release, Variant } from '@shared/domain';
import { ERROR_CODES, type Envelope } from '@shared/errors';
import type { Lang } from '@shared/languages';
import { createDispatcher } from '../../src/main/api/dispatch';
import { registerApi, sameOriginAs } from '../../src/main/ipc';
import { startHost, type RunningHost } from '../../src/main/host/server';
import type { LibrarySessionApi } from '../../src/main/library/library-api';
import { LibrarySession } from '../../src/main/library/session';

const AT = '2024-07-25T10:00:00.000Z';

function variant(lang: Lang): Variant {
  return {
    lang,
    title: 'Title',
    lead: 'Lead',
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Hello', marks: [{ type: 'bold' }] }],
        },
      ],
    },
    datelinePlace: 'Yerevan',
    status: 'in-review',
    statusHistory: [{ status: 'in-review', by: 'Anna', at: AT }],
    sourceBase: { sourceLang: 'ru', paragraphs: ['a1b2'], recordedAt: AT },
    updatedAt: AT,
  };
}

const VALID_RELEASE: Release = {
  id: 'sample-release',
  rev: 1,
  kind: 'press-release',
  sourceLang: 'ru',
  date: '2024-07-25',
  embargo: { until: '2024-07-25T10:00', timeZone: 'Asia/Yerevan' },
  issuer: 'Press centre',
  contacts: [
    { name: 'Anna', role: 'Spokesperson', phone: '+374 10 000000', email: 'anna@example.org' },
  ],
  tags: ['summit'],
  boilerplate: { ru: 'О нас' },
  variants: { ru: variant('ru'), en: variant('en') },
  comments: [
    {
      id: 'comment-1',
      lang: 'ru',
      paragraph: 0,
      quote: 'Hello',
      author: 'Anna',
      text: 'Check the date',
      createdAt: AT,
      resolvedAt: null,
      resolvedBy: null,
    },
  ],
  createdAt: AT,
  updatedAt: AT,
};

/** One valid input per method, mutated into invalid ones below; a new method must add its own. */
const VALID: { [M in MethodName]: MethodInput<M> } = {
  'library.info': {},
  'library.open': { path: '/somewhere/else' },
  'library.dismissQuarantined': { files: ['quarantine/2024-07-25T10-00-00-000Z-x.json'] },
  'settings.get': {},
  'settings.update': { uiLanguage: 'ru', userName: 'Anna' },
  'releases.list': {
    offset: 0,
    limit: 20,
    sort: 'kind',
    order: 'asc',
    filter: {
      kinds: ['news'],
      statuses: ['draft'],
      langs: ['ru'],
      dateFrom: '2024-01-01',
      dateTo: '2024-12-31',
    },
  },
  'releases.get': { id: 'sample-release' },
  'releases.create': {
    kind: 'news',
    sourceLang: 'en',
    title: 'Title',
    date: '2024-07-25',
    template: true,
  },
  'releases.save': { release: VALID_RELEASE, minorSourceEdit: true },
  'releases.delete': { id: 'sample-release' },
  'vocabulary.list': {},
  'releases.checkpoint': { id: 'sample-release', lang: 'ru' },
  'templates.list': {},
  'templates.save': {
    template: {
      kind: 'news',
      versions: {
        en: {
          title: 'Title',
          lead: 'Lead',
          body: { type: 'doc', content: [{ type: 'paragraph' }] },
          datelinePlace: 'Brest',
          issuer: 'Press Centre',
        },
      },
      snippetId: 'about-press-centre',
      contacts: [
        { name: 'Anna', role: 'Spokesperson', phone: '+374 10 000000', email: 'anna@example.org' },
      ],
    },
  },
  'templates.reset': { kind: 'news' },
  'snippets.list': {},
  'snippets.save': {
    snippet: { id: 'about-us', name: 'About us', texts: { en: 'About.', ru: 'О нас.' } },
  },
  'snippets.delete': { id: 'about-us' },
  'assets.put': { data: 'iVBORw0KGgo=' },
  'assets.get': { src: `assets/${'a'.repeat(64)}.png` },
  'import.start': { files: [{ name: 'archive.txt', data: 'VGl0bGU=' }], sourceLang: 'en' },
  'import.status': { jobId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  'import.cancel': { jobId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  'import.previewArchive': { file: { name: 'archive.txt', data: 'VGl0bGU=' }, sourceLang: 'en' },
  'import.createArchive': {
    name: 'archive.txt',
    items: [
      {
        title: 'Title',
        date: '2024-07-25',
        datelinePlace: 'Moscow',
        paragraphs: ['Text.'],
        issuer: 'Press Centre\n(Moscow)',
        lang: 'en',
        kind: 'news',
      },
    ],
  },
  'import.html': { html: '<p>Pasted</p>' },
  'review.get': { id: 'sample-release' },
  'review.addLanguage': { id: 'sample-release', rev: 1, lang: 'kk', mode: 'prefilled' },
  'review.markUpToDate': { id: 'sample-release', rev: 1, lang: 'en' },
  'review.setStatus': {
    id: 'sample-release',
    rev: 1,
    lang: 'en',
    status: 'approved',
    override: { checks: ['numbers'], comments: ['comment-1'] },
  },
  'review.approvalCheck': { id: 'sample-release', lang: 'en' },
  'review.setSourceLanguage': { id: 'sample-release', rev: 1, lang: 'en' },
  'comments.add': {
    id: 'sample-release',
    rev: 1,
    lang: 'en',
    paragraph: 0,
    text: 'Check the figure',
  },
  'comments.resolve': { id: 'sample-release', rev: 1, commentId: 'comment-1' },
  'revisions.list': { id: 'sample-release', lang: 'en' },
  'revisions.get': { id: 'sample-release', revisionId: 'r-first' },
  'revisions.autosave': { id: 'sample-release' },
  'revisions.keepCopy': { id: 'sample-release', side: 'mine', variants: [VALID_RELEASE.variants.en!] },
  'revisions.restore': { id: 'sample-release', rev: 1, revisionId: 'r-first' },
  'revisions.diff': { id: 'sample-release', from: 'r-first', to: null },
  'export.plan': { id: 'sample-release', langs: ['ru', 'en'] },
  'export.run': {
    ids: ['sample-release', 'other-release'],
    formats: ['html', 'pdf', 'newsml', 'zip'],
    langs: ['ru', 'en', 'kk'],
    override: ['kk'],
    destination: '/home/anna/Exports',
  },
  'export.status': { jobId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  'export.cancel': { jobId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  'export.reveal': { jobId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  'export.chooseDestination': {},
  'search.query': {
    text: 'ОДКБ учени',
    tags: ['csto'],
    kinds: ['press-release'],
    statuses: ['approved'],
    langs: ['ru', 'en'],
    from: '2023-01-01',
    to: '2023-12-31',
    offset: 0,
    limit: 20,
  },
  'search.status': {},
  'vocabulary.usage': {},
  'vocabulary.save': {
    entry: {
      id: 'csto',
      type: 'organisation',
      labels: {
        en: 'Collective Security Treaty Organization',
        ru: 'Организация Договора о коллективной безопасности',
      },
      aliases: { en: ['CSTO'], ru: ['ОДКБ'] },
    },
  },
  'vocabulary.merge': { into: 'csto', from: 'csto-secretariat' },
  'vocabulary.deletePreview': { id: 'csto' },
  'vocabulary.delete': { id: 'csto' },
  'vocabulary.import': {
    format: 'json',
    content: '{"entries":[{"type":"place","labels":{"en":"Brest"}}]}',
    dryRun: true,
  },
  'vocabulary.export': { format: 'csv' },
};

// --- Mutations -------------------------------------------------------------------------------

type Path = (string | number)[];
type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as Kind;
}

const VALUE_OF_KIND: Record<Kind, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 20 }),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
};

function valueNotOfKind(kind: Kind): fc.Arbitrary<unknown> {
  const others = (Object.keys(VALUE_OF_KIND) as Kind[]).filter((k) => k !== kind);
  return fc.constantFrom(...others).chain((k) => VALUE_OF_KIND[k]);
}

/** Every position inside `value`, root excluded. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsIn(child, [...prefix, key])]);
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)[key],
    value,
  );
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = replacement;
  return copy;
}

/** Longer than any bounded string of the contract except a text node's 1,000,000. */
const oversizedString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 20_001, max: 21_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

function invalidInputs(method: MethodName): fc.Arbitrary<unknown> {
  const valid = VALID[method];
  const paths = pathsIn(valid);
  const known = new Set(Object.keys(valid));
  const choices: fc.Arbitrary<unknown>[] = [
    valueNotOfKind('object'),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
      .filter(([key]) => !known.has(key))
      .map(([key, extra]) => ({ ...valid, [key]: extra })),
  ];
  if (paths.length > 0) {
    choices.push(
      fc
        .constantFrom(...paths)
        .chain((path) =>
          valueNotOfKind(kindOf(valueAt(valid, path))).map((wrong) =>
            replaceAt(valid, path, wrong),
          ),
        ),
    );
  }
  const stringPaths = paths.filter((path) => typeof valueAt(valid, path) === 'string');
  if (stringPaths.length > 0) {
    choices.push(
      fc
        .tuple(fc.constantFrom(...stringPaths), oversizedString)
        .map(([path, long]) => replaceAt(valid, path, long)),
    );
  }
  return fc.oneof(...choices);
}

/** Targeted cases: what a confused or hostile caller would actually send. */
function releaseWith(changes: (release: Record<string, unknown>) => void): { release: unknown } {
  const release = structuredClone(VALID_RELEASE) as unknown as Record<string, unknown>;
  changes(release);
  return { release };
}

const BAD_IDS: Array<[string, string]> = [
  ['a parent path', '../x'],
  ['a dot-dot', '..'],
  ['a space', 'A B'],
  ['empty', ''],
  ['2 characters', 'ab'],
  ['65 characters', 'a'.repeat(65)],
  ['a leading dash', '-abc'],
  ['a slash', 'abc/def'],
  ['a backslash', 'abc\\def'],
  ['a NUL byte', 'abc\0'],
  ['capitals', 'ABC'],
  ['a file name', 'abc.json'],
  ['a leading space', ' abc'],
];

const TARGETED: Array<[MethodName, string, unknown]> = [
  ...BAD_IDS.flatMap(([label, id]): Array<[MethodName, string, unknown]> => [
    ['releases.get', `id: ${label}`, { id }],
    ['releases.delete', `id: ${label}`, { id }],
    ['releases.save', `release id: ${label}`, releaseWith((r) => (r.id = id))],
  ]),
  ['releases.get', 'missing id', {}],
  ['releases.get', 'numeric id', { id: 123 }],
  [
    'releases.save',
    'variant filed under another language',
    releaseWith((r) => ((r.variants as Record<string, Variant>).en!.lang = 'ru')),
  ],
  ['releases.save', 'no source-language variant', releaseWith((r) => (r.sourceLang = 'hy'))],
  [
    'releases.save',
    'variant of an unknown language',
    releaseWith(
      (r) => ((r.variants as Record<string, unknown>).fr = { ...variant('en'), lang: 'fr' }),
    ),
  ],
  ['releases.save', 'negative rev', releaseWith((r) => (r.rev = -1))],
  ['releases.save', 'rev 0', releaseWith((r) => (r.rev = 0))],
  ['releases.save', 'fractional rev', releaseWith((r) => (r.rev = 1.5))],
  ['releases.save', 'rev as a string', releaseWith((r) => (r.rev = '1'))],
  ['releases.save', 'impossible date', releaseWith((r) => (r.date = '2024-13-40'))],
  [
    'releases.save',
    'embargo without a time',
    releaseWith((r) => (r.embargo = { until: '2024-07-25', timeZone: 'UTC' })),
  ],
  ['releases.save', 'bad tag', releaseWith((r) => (r.tags = ['A B']))],
  [
    'releases.save',
    'a version signature over the limit',
    releaseWith((r) => ((r.variants as Record<string, Variant>).ru!.issuer = 'Ա'.repeat(501))),
  ],
  [
    'releases.save',
    'a version contact without a role',
    releaseWith((r) => ((r.variants as Record<string, unknown>).ru = { ...variant('ru'), contacts: [{ name: 'Имя' }] })),
  ],
  [
    'releases.save',
    '51 contacts',
    releaseWith((r) => (r.contacts = Array(51).fill(VALID_RELEASE.contacts[0]))),
  ],
  [
    'releases.save',
    'unknown status',
    releaseWith((r) => ((r.variants as Record<string, Variant>).ru!.status = 'published' as never)),
  ],
  [
    'releases.save',
    'negative comment paragraph',
    releaseWith((r) => ((r.comments as Record<string, unknown>[])[0]!.paragraph = -1)),
  ],
  [
    'releases.save',
    'empty comment',
    releaseWith((r) => ((r.comments as Record<string, unknown>[])[0]!.text = '')),
  ],
  [
    'releases.save',
    'text node over 1,000,000 characters',
    releaseWith((r) => {
      const ru = (r.variants as Record<string, Variant>).ru!;
      ru.body = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(1_000_001) }] }],
      };
    }),
  ],
  ['releases.save', 'release missing', {}],
  ['releases.save', 'release null', { release: null }],
  ['releases.create', 'unknown kind', { kind: 'memo', sourceLang: 'ru' }],
  ['releases.create', 'unknown language', { kind: 'news', sourceLang: 'fr' }],
  ['releases.create', 'date in words', { kind: 'news', sourceLang: 'ru', date: 'yesterday' }],
  [
    'releases.create',
    'title over 1000 characters',
    { kind: 'news', sourceLang: 'ru', title: 'x'.repeat(1001) },
  ],
  ['releases.create', 'kind missing', { sourceLang: 'ru' }],
  ['releases.create', 'an id of its own', { kind: 'news', sourceLang: 'ru', id: 'mine' }],
  ['releases.list', 'negative offset', { offset: -1 }],
  ['releases.list', 'limit 0', { limit: 0 }],
  ['releases.list', 'limit over 500', { limit: 501 }],
  ['releases.list', 'fractional offset', { offset: 1.5 }],
  ['releases.list', 'limit as a string', { limit: '10' }],
  ['library.open', 'empty path', { path: '' }],
  ['library.open', 'relative path', { path: 'relative/library' }],
  ['library.open', 'dot path', { path: '.' }],
  ['library.open', 'path over 4096 characters', { path: `/${'x'.repeat(4096)}` }],
  ['library.open', 'numeric path', { path: 42 }],
  ['settings.update', 'unknown UI language', { uiLanguage: 'de' }],
  ['settings.update', 'user name over 200 characters', { userName: 'x'.repeat(201) }],
  ['settings.update', 'unknown setting', { theme: 'dark' }],
  ['settings.update', 'an array', [{ userName: 'x' }]],
  [
    'settings.update',
    'letterhead name over 200 characters',
    { letterhead: { name: { ru: 'x'.repeat(201) }, address: {}, logo: null } },
  ],
  [
    'settings.update',
    'letterhead in an unknown language',
    { letterhead: { name: { de: 'Presse' }, address: {}, logo: null } },
  ],
  [
    'settings.update',
    'letterhead logo outside the library',
    { letterhead: { name: {}, address: {}, logo: '../../etc/logo.png' } },
  ],
  [
    'settings.update',
    'letterhead with an unknown field',
    { letterhead: { name: {}, address: {}, logo: null, motto: 'x' } },
  ],
  ['settings.update', 'letterhead without its address', { letterhead: { name: {}, logo: null } }],
  ['assets.get', 'a path out of assets/', { src: 'assets/../library.json' }],
  ['assets.get', 'an absolute path', { src: '/etc/passwd' }],
  ['assets.get', 'an SVG', { src: `assets/${'a'.repeat(64)}.svg` }],
  ['assets.put', 'data that is not base64', { data: '<svg onload=alert(1)>' }],
  ['import.start', 'no files', { files: [] }],
  ['import.start', '21 files', { files: Array(21).fill({ name: 'a.txt', data: 'YQ==' }) }],
  ['import.start', 'a file without a name', { files: [{ name: '', data: 'YQ==' }] }],
  ['import.start', 'data that is not base64', { files: [{ name: 'a.txt', data: 'not base64!' }] }],
  ['import.previewArchive', 'no file', {}],
  [
    'import.createArchive',
    'an item without a date (nothing is dated today silently)',
    { name: 'a.txt', items: [{ title: 'T', datelinePlace: '', paragraphs: [], issuer: '', lang: 'en', kind: 'news' }] },
  ],
  [
    'import.createArchive',
    'an item with a blank title',
    {
      name: 'a.txt',
      items: [{ title: '  ', date: '2024-07-25', datelinePlace: '', paragraphs: [], issuer: '', lang: 'en', kind: 'news' }],
    },
  ],
  ['import.status', 'a job id that is not a UUID', { jobId: '../../etc/passwd' }],
  ['import.cancel', 'no job id', {}],
  ['import.html', 'over 10,000,000 characters', { html: 'x'.repeat(10_000_001) }],
  ['releases.list', 'an unknown sort', { sort: 'title' }],
  ['releases.list', 'an unknown filter', { filter: { text: 'x' } }],
  [
    'templates.save',
    'a template of an unknown kind',
    { template: { kind: 'memo', versions: {}, snippetId: null, contacts: [] } },
  ],
  [
    'snippets.save',
    'a snippet without a name',
    { snippet: { id: 'about-us', name: '', texts: {} } },
  ],
  [
    'comments.add',
    'a comment of spaces only',
    { id: 'sample-release', rev: 1, lang: 'en', paragraph: 0, text: ' \n ' },
  ],
  [
    'comments.add',
    'a negative paragraph',
    { id: 'sample-release', rev: 1, lang: 'en', paragraph: -1, text: 'x' },
  ],
  [
    'review.setStatus',
    'an unknown status',
    { id: 'sample-release', rev: 1, lang: 'en', status: 'published' },
  ],
  [
    'review.addLanguage',
    'an unknown mode',
    { id: 'sample-release', rev: 1, lang: 'kk', mode: 'machine' },
  ],
  ['review.setStatus', 'an override of an unknown check', { id: 'sample-release', rev: 1, lang: 'en', status: 'approved', override: { checks: ['spelling'], comments: [] } }],
  ['review.setStatus', 'an override as a bare flag', { id: 'sample-release', rev: 1, lang: 'en', status: 'approved', override: true }],
  ['review.approvalCheck', 'an unknown language', { id: 'sample-release', lang: 'xx' }],
  ['settings.update', 'four-eyes as a string', { fourEyes: 'yes' }],
  ['revisions.diff', 'no revision to compare to', { id: 'sample-release', from: 'r-first' }],
  ['revisions.restore', 'no rev', { id: 'sample-release', revisionId: 'r-first' }],
  [
    'export.run',
    'a release twice',
    { ids: ['sample-release', 'sample-release'], formats: ['zip'] },
  ],
  ['export.run', 'no formats', { ids: ['sample-release'], formats: [] }],
  ['export.run', 'an unknown format', { ids: ['sample-release'], formats: ['docx'] }],
  [
    'export.run',
    'a NUL in the destination',
    { ids: ['sample-release'], formats: ['zip'], destination: '/tmp/a\0b' },
  ],
  [
    'export.run',
    '501 releases',
    { ids: Array.from({ length: 501 }, (_, i) => `release-${i}`), formats: ['zip'] },
  ],
  ['export.plan', 'a language twice', { id: 'sample-release', langs: ['ru', 'ru'] }],
  ['export.status', 'a job id that is not a UUID', { jobId: '../../etc/passwd' }],
  ...METHOD_NAMES.flatMap((method): Array<[MethodName, string, unknown]> => [
    [method, 'null', null],
    [method, 'a string', 'input'],
    [method, 'an array', []],
    [method, 'a __proto__ key', JSON.parse(`{"__proto__": {"polluted": true}, "constructor": 1}`)],
  ]),
];

// --- Transports ------------------------------------------------------------------------------

interface Answer {
  status?: number;
  envelope: Envelope<unknown>;
}

function post(
  port: number,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            envelope: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<unknown>,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The library folder as a map from relative path to content hash; directories count too. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    result[relative(dir, path)] = entry.isFile()
      ? createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
      : entry.isDirectory()
        ? 'dir'
        : 'other';
  }
  return result;
}

let root: string;
let libraryDir: string;
let session: LibrarySession;
let host: RunningHost;
let ipcHandler: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
let before: Record<string, string>;
const sessionCalls: string[] = [];

/** Records every use of the session: invalid input must never get that far. */
function recording(inner: LibrarySessionApi): LibrarySessionApi {
  return {
    current: () => (sessionCalls.push('current'), inner.current()),
    info: () => (sessionCalls.push('info'), inner.info()),
    open: (dir, options) => (sessionCalls.push('open'), inner.open(dir, options)),
    close: () => (sessionCalls.push('close'), inner.close()),
  };
}

const mainFrame = { url: 'app://press-office/index.html' };
const appEvent = {
  sender: { id: 1, mainFrame },
  senderFrame: mainFrame,
} as unknown as IpcMainInvokeEvent;

/** What an IPC call does: the arguments cross a structured clone. */
function viaIpc(method: unknown, input: unknown): Promise<Envelope<unknown>> {
  return ipcHandler(appEvent, structuredClone(method), structuredClone(input)) as Promise<
    Envelope<unknown>
  >;
}

function viaHttp(method: string, body: string, token = host.token): Promise<Answer> {
  return post(host.port, `/api/${method}`, body, { Authorization: `Bearer ${token}` });
}

/** Sends over both transports and checks both answered invalid-input (HTTP status 400). */
async function expectRejected(method: MethodName, input: unknown): Promise<void> {
  const ipc = await viaIpc(method, input);
  expect(ipc, 'over IPC').toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  const http = await viaHttp(method, JSON.stringify(input));
  expect(http.envelope, 'over HTTP').toEqual(ipc);
  expect(http.status).toBe(400);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'press-office-api-'));
  libraryDir = join(root, 'library');
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Press Office</title>');

  session = new LibrarySession();
  await session.open(libraryDir, { seedDemo: true });
  await session.opened?.verified();
  await session.opened?.searchCaughtUp();
  await session.current().flush();

  const guarded = recording(session);
  host = await startHost({ session: guarded, rendererDir });
  const ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'> = {
    handle: (_channel, listener) => (ipcHandler = listener),
    removeHandler: () => undefined,
  };
  registerApi(ipcMain, createDispatcher(guarded), sameOriginAs(['app://press-office/']));
  before = await snapshot(libraryDir);
});

afterAll(async () => {
  await host?.close();
  await session?.close();
  await rm(root, { recursive: true, force: true });
});

describe('invalid input to every method', () => {
  it('has valid samples that the contract accepts, so that their mutations test what they claim', () => {
    for (const method of METHOD_NAMES) {
      expect(contract[method].input.safeParse(VALID[method]).success, method).toBe(true);
    }
  });

  it.each(METHOD_NAMES)('%s rejects generated invalid input over IPC and HTTP', async (method) => {
    const schema = contract[method].input;
    await fc.assert(
      fc.asyncProperty(invalidInputs(method), async (input) => {
        // A mutation can land on a value that happens to be allowed (a null where null is fine).
        fc.pre(!schema.safeParse(input).success);
        await expectRejected(method, input);
      }),
      { numRuns: 100 },
    );
  });

  it.each(TARGETED)('%s rejects %s', async (method, _case, input) => {
    await expectRejected(method, input);
  });

  it('rejects absurdly nested documents over both transports', async () => {
    const depth = 100_000;
    const body = `{"type":"doc","content":[${'{"type":"p","content":['.repeat(depth)}${']}'.repeat(depth)}]}`;
    const releaseJson = JSON.stringify(VALID_RELEASE).replace(
      JSON.stringify(VALID_RELEASE.variants.ru!.body),
      body,
    );
    const refused = {
      ok: false,
      error: { code: 'invalid-input', detail: 'input: nested too deeply' },
    };
    const http = await viaHttp('releases.save', `{"release":${releaseJson}}`);
    expect(http).toMatchObject({ status: 400, envelope: refused });
    // Straight to the handler: structuredClone itself gives up at this depth, and the point is
    // what main does if such a value ever arrives.
    const ipc = await ipcHandler(appEvent, 'releases.save', { release: JSON.parse(releaseJson) });
    expect(ipc).toMatchObject(refused);
  });

  it('rejects input over IPC that HTTP cannot even express', async () => {
    for (const method of METHOD_NAMES) {
      for (const input of [undefined, new Date(0), new Map([['id', 'abc']]), 1n]) {
        await expect(viaIpc(method, input), method).resolves.toMatchObject({
          ok: false,
          error: { code: 'invalid-input' },
        });
      }
    }
  });

  it('rejects bodies that are not JSON', async () => {
    for (const body of ['{', '{"id":', 'undefined', "{'id':'abc'}", '\u00ff\u00fe']) {
      const answer = await viaHttp('releases.get', body);
      expect(answer).toMatchObject({
        status: 400,
        envelope: { ok: false, error: { code: 'invalid-input' } },
      });
    }
    const notUtf8 = await new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/releases.get',
          method: 'POST',
          headers: { Authorization: `Bearer ${host.token}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode,
              envelope: JSON.parse(Buffer.concat(chunks).toString()) as Envelope<unknown>,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    });
    expect(notUtf8.envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', detail: 'body: not valid UTF-8' },
    });
  });
});

describe('calls that are not allowed at all', () => {
  const unknownMethods = [
    'nope',
    'releases',
    'releases.list.all',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'Releases.List',
    '',
  ];

  it.each(unknownMethods)('unknown method %j is refused over both transports', async (method) => {
    await expect(viaIpc(method, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    const http = await viaHttp(method, '{}');
    expect(http).toMatchObject({
      status: 404,
      envelope: { ok: false, error: { code: 'unknown-method' } },
    });
  });

  it('refuses a method name that is not a string over IPC', async () => {
    for (const method of [42, null, undefined, { name: 'library.info' }, ['library.info']]) {
      await expect(viaIpc(method, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-method' },
      });
    }
  });

  it.each(METHOD_NAMES)(
    '%s with a valid input but no or a wrong token is refused over HTTP',
    async (method) => {
      const body = JSON.stringify(VALID[method]);
      const wrongTokens = [
        '',
        'x',
        `${host.token}x`,
        host.token.slice(0, -1),
        host.token.toUpperCase(),
        'A'.repeat(host.token.length),
      ];
      const answers = [
        await post(host.port, `/api/${method}`, body, {}),
        await post(host.port, `/api/${method}`, body, { Authorization: host.token }),
        await post(host.port, `/api/${method}`, body, { Authorization: `Basic ${host.token}` }),
        ...(await Promise.all(wrongTokens.map((token) => viaHttp(method, body, token)))),
      ];
      for (const answer of answers) {
        expect(answer).toMatchObject({
          status: 401,
          envelope: { ok: false, error: { code: 'unauthorized' } },
        });
      }
    },
  );

  it('answers every refusal with a known error code and no stack trace', async () => {
    const answer = await viaHttp('releases.get', '{"id":"../../etc/passwd"}');
    expect(answer.envelope.ok).toBe(false);
    if (answer.envelope.ok) return;
    expect(ERROR_CODES).toContain(answer.envelope.error.code);
    expect(JSON.stringify(answer.envelope)).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});

describe('afterwards', () => {
  it('the session was never reached and the library folder is byte-identical', async () => {
    expect(sessionCalls).toEqual([]);
    await session.current().flush();
    expect(await snapshot(libraryDir)).toEqual(before);
  });
});

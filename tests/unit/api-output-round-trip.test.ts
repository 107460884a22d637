/**
 * What the API methods answer must arrive the same over both transports: IPC copies a value
 * with the structured-clone algorithm, the loopback host sends it as JSON. A Date, a Map, a
 * key holding undefined or a NaN would arrive differently over the two, so every answer here,
 * from a real seeded library, must read the same after a structured clone as after a JSON
 * round trip, and the JSON must hold the whole answer.
 *
 * Every method of the contract has a case: the map below is typed by the contract (a missing
 * case does not compile), and the first test compares it with the contract's method list at
 * run time. The cases run in the map's order, each building its input from earlier answers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  METHOD_NAMES,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type ReleasePage,
} from '@shared/contract';
import type { Release, TiptapDoc } from '@shared/domain';
import type { ExportJobStatus } from '@shared/export-api';
import type { ImportJobStatus } from '@shared/import-api';
import type { RevisionSummary } from '@shared/review/revision-summary';
import { createDispatcher, type Dispatch } from '../../src/main/api/dispatch';
import { LibrarySession } from '../../src/main/library/session';
import { readFiveItemArchive } from '../fixtures/archive-five';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** What the cases share: the library folder, the dispatcher, and the last answer of each method. */
interface Run {
  dir: string;
  dispatch: Dispatch;
  answers: Partial<{ [M in MethodName]: MethodOutput<M> }>;
  /** The release the review and revision cases work on, as last answered. */
  release?: Release;
}

function answer<M extends MethodName>(run: Run, method: M): MethodOutput<M> {
  const value = run.answers[method];
  if (value === undefined) throw new Error(`${method} has not answered yet`);
  return value as MethodOutput<M>;
}

/** Asks until a job has ended; each answer is round-tripped as well. */
async function untilEnded<S extends ImportJobStatus | ExportJobStatus>(
  run: Run,
  method: 'import.status' | 'export.status',
  jobId: string,
): Promise<S> {
  for (;;) {
    const status = (await roundTrip(run, method, { jobId })) as S;
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function roundTrip(run: Run, method: MethodName, input: unknown): Promise<unknown> {
  const reply = await run.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.detail ?? ''}`);
  const overIpc: unknown = structuredClone(reply.value);
  const overHttp: unknown = JSON.parse(JSON.stringify(reply.value));
  // Strict: a key holding undefined survives IPC but not JSON, a Date or a Map survives only IPC.
  expect(overIpc, `${method}: IPC and HTTP answer alike`).toStrictEqual(overHttp);
  expect(overHttp, `${method}: JSON keeps the whole answer`).toEqual(reply.value);
  return reply.value;
}

type Case<M extends MethodName> = (run: Run) => MethodInput<M> | Promise<MethodInput<M>>;

/** One input per method, in the order they run. A new contract method must add its own. */
const CASES: { [M in MethodName]: Case<M> } = {
  'library.info': () => ({}),
  'settings.get': () => ({}),
  'settings.update': () => ({ userName: 'Anna' }),
  'releases.list': () => ({ limit: 5 }),
  'releases.get': (run) => ({ id: firstRow(answer(run, 'releases.list')) }),
  'releases.create': () => ({
    kind: 'press-release',
    sourceLang: 'hy',
    title: 'Մամուլ',
    template: true,
  }),
  'releases.save': (run) => {
    const created = answer(run, 'releases.create');
    const hy = created.variants.hy!;
    // A paragraph with text, so the English version prefilled from it has one to comment on.
    const body: TiptapDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Կենտրոնը բացվում է ժամը ինին։' }] },
      ],
    };
    return { release: { ...created, variants: { hy: { ...hy, lead: 'Նոր խոսք', body } } } };
  },
  'releases.delete': (run) => ({ id: firstRow(answer(run, 'releases.list')) }),
  'vocabulary.list': () => ({}),
  'releases.checkpoint': (run) => {
    run.release = answer(run, 'releases.save');
    return { id: current(run).id, lang: 'hy' };
  },
  'templates.list': () => ({}),
  'templates.save': (run) => {
    const [template] = answer(run, 'templates.list');
    if (!template) throw new Error('no templates');
    return {
      template: { ...template, contacts: [{ name: 'Anna', role: '', phone: '', email: '' }] },
    };
  },
  'templates.reset': (run) => ({ kind: answer(run, 'templates.list')[0]!.kind }),
  'snippets.list': () => ({}),
  'snippets.save': () => ({
    snippet: { id: 'about-us', name: 'About us', texts: { en: 'About.', kk: 'Біз туралы.' } },
  }),
  'snippets.delete': () => ({ id: 'about-us' }),
  'assets.put': () => ({ data: PNG }),
  'assets.get': (run) => ({ src: answer(run, 'assets.put').src }),
  'import.html': () => ({ html: '<h1>Заголовок</h1><p>Текст с <b>жирным</b> словом.</p>' }),
  'import.start': () => ({
    files: [
      { name: 'briefing.txt', data: base64('Briefing on Monday\n\nThe centre opens at nine.\n') },
    ],
    sourceLang: 'en',
  }),
  'import.status': async (run) => {
    const { jobId } = answer(run, 'import.start');
    await untilEnded(run, 'import.status', jobId);
    return { jobId };
  },
  // Cancelling a finished job answers its final status.
  'import.cancel': (run) => ({ jobId: answer(run, 'import.start').jobId }),
  'import.previewArchive': () => ({
    file: { name: 'archive-five-ru.txt', data: base64(readFiveItemArchive('ru')) },
    sourceLang: 'ru',
  }),
  'import.createArchive': (run) => {
    const preview = answer(run, 'import.previewArchive');
    if (!preview.ok) throw new Error(`preview refused: ${preview.detail}`);
    const items = preview.items.map(({ titleOwnLine: _ownLine, ...item }) => ({
      ...item,
      date: item.date ?? '2024-07-01',
    }));
    return { name: 'archive-five-ru.txt', items };
  },
  'review.get': (run) => ({ id: current(run).id }),
  'review.addLanguage': (run) => ({ ...ref(run), lang: 'en', mode: 'prefilled' }),
  'review.markUpToDate': (run) => {
    run.release = answer(run, 'review.addLanguage');
    return { ...ref(run), lang: 'en' };
  },
  'review.setStatus': (run) => {
    run.release = answer(run, 'review.markUpToDate');
    return { ...ref(run), lang: 'hy', status: 'in-review' };
  },
  'review.approvalCheck': (run) => {
    run.release = answer(run, 'review.setStatus');
    return { id: current(run).id, lang: 'hy' };
  },
  'review.setSourceLanguage': (run) => ({ ...ref(run), lang: 'en' }),
  'comments.add': (run) => {
    run.release = answer(run, 'review.setSourceLanguage');
    return { ...ref(run), lang: 'en', paragraph: 0, text: 'Check the date' };
  },
  'comments.resolve': (run) => {
    run.release = answer(run, 'comments.add');
    const [comment] = current(run).comments;
    if (!comment) throw new Error('the comment was not kept');
    return { ...ref(run), commentId: comment.id };
  },
  'revisions.list': (run) => {
    run.release = answer(run, 'comments.resolve');
    return { id: current(run).id };
  },
  'revisions.get': (run) => ({
    id: current(run).id,
    revisionId: oldest(answer(run, 'revisions.list')),
  }),
  'revisions.autosave': (run) => ({ id: current(run).id }),
  'revisions.keepCopy': (run) => ({
    id: current(run).id,
    side: 'theirs',
    variants: [{ ...current(run).variants.en!, lead: 'Their lead' }],
  }),
  'revisions.restore': (run) => ({ ...ref(run), revisionId: answer(run, 'revisions.get').id }),
  'revisions.diff': (run) => {
    run.release = answer(run, 'revisions.restore');
    return { id: current(run).id, from: oldest(answer(run, 'revisions.list')), to: null };
  },
  'export.plan': (run) => ({ id: current(run).id }),
  'export.run': (run) => ({
    ids: [current(run).id],
    formats: ['html', 'newsml'],
    override: ['hy', 'en'],
  }),
  'export.status': async (run) => {
    const { jobId } = answer(run, 'export.run');
    await untilEnded(run, 'export.status', jobId);
    return { jobId };
  },
  'export.cancel': (run) => ({ jobId: answer(run, 'export.run').jobId }),
  'export.reveal': (run) => ({ jobId: answer(run, 'export.run').jobId }),
  'export.chooseDestination': () => ({}),
  'search.query': () => ({ text: 'Մամուլ' }),
  'search.status': () => ({}),
  'vocabulary.usage': () => ({}),
  'vocabulary.save': () => ({
    entry: { type: 'place', labels: { hy: 'Երևան', ru: 'Ереван' }, aliases: { en: ['Erevan'] } },
  }),
  'vocabulary.merge': (run) => {
    const saved = answer(run, 'vocabulary.save').entry;
    const other = answer(run, 'vocabulary.list').find((entry) => entry.id !== saved.id);
    if (!other) throw new Error('the demo vocabulary is empty');
    return { into: other.id, from: saved.id };
  },
  'vocabulary.deletePreview': (run) => ({ id: answer(run, 'vocabulary.merge').vocabulary[0]!.id }),
  'vocabulary.delete': (run) => ({ id: answer(run, 'vocabulary.merge').vocabulary[0]!.id }),
  'vocabulary.import': () => ({
    format: 'csv',
    content: 'id,type,label_ru\nminsk,place,Минск\n',
    dryRun: true,
  }),
  'vocabulary.export': () => ({ format: 'json' }),
  // Last, as they leave the first library: a second folder, holding a release file that a crash
  // or another program tore, is opened; its quarantine report is then dismissed.
  'library.open': async () => {
    const other = await tempDir();
    await mkdir(join(other, 'releases'));
    await writeFile(join(other, 'releases', 'torn-release.json'), '{"release": {"id": "tor');
    return { path: other };
  },
  'library.dismissQuarantined': (run) => {
    const [first] = answer(run, 'library.open').quarantined;
    if (!first) throw new Error('opening quarantined nothing');
    return { files: [first.file] };
  },
};

function firstRow(page: ReleasePage): string {
  const [row] = page.rows;
  if (!row) throw new Error('the demo library lists no releases');
  return row.id;
}

function current(run: Run): Release {
  if (!run.release) throw new Error('no release to work on yet');
  return run.release;
}

function ref(run: Run): { id: string; rev: number } {
  return { id: current(run).id, rev: current(run).rev };
}

function oldest(history: RevisionSummary[]): string {
  const last = history.at(-1);
  if (!last) throw new Error('no revisions');
  return last.id;
}

describe('API answers', () => {
  it('have a round-trip case for every method of the contract, and no other', () => {
    expect(Object.keys(CASES).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('are the same after a structured clone and after a JSON round trip', async () => {
    const dir = await tempDir();
    const session = new LibrarySession();
    await session.open(dir, { seedDemo: true });
    const run: Run = { dir, dispatch: createDispatcher(session), answers: {} };
    for (const method of Object.keys(CASES) as MethodName[]) {
      const input = await (CASES[method] as Case<MethodName>)(run);
      (run.answers as Record<string, unknown>)[method] = await roundTrip(run, method, input);
    }
    // The cases did what they say: the last ones ran on the state the first ones built.
    expect(answer(run, 'library.info').releaseCount).toBeGreaterThan(0);
    expect(answer(run, 'library.dismissQuarantined').quarantined).toEqual([]);
    expect(answer(run, 'import.cancel').state).toBe('done');
    expect(answer(run, 'export.cancel').state).toBe('done');
    expect(answer(run, 'revisions.get').releaseId).toBe(current(run).id);
    await session.close();
  });
});

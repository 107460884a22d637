/**
 * Export jobs in main, on real library and destination folders: progress a renderer can
 * poll, cancel that leaves only complete packages, failures as coded errors per release,
 * the destination check, and the PDF engine started on first use and closed at the end.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { ExportJobStatus } from '@shared/export-api';
import { AppError } from '../../src/main/errors';
import { defaultDestination, resolveDestination } from '../../src/main/export-jobs/destination';
import { ExportJobs } from '../../src/main/export-jobs/export-jobs';
import { LazyPdfEngine } from '../../src/main/export-jobs/lazy-pdf-engine';
import type { Manifest } from '../../src/main/export/manifest';
import { releasePackageNames } from '../../src/main/export/package-names';
import type { PdfEngine } from '../../src/main/export/pdf-engine';
import { Library } from '../../src/main/library/library';
import { demoContent } from '../../src/main/library/seed';
import { FIXTURE_NOW } from '../fixtures';
import { approved, TEST_APP } from './support/export-releases';
import { FAKE_PDF, GatedPdfEngine } from './support/gated-pdf-engine';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

const SEVEN = 'diplomacy-school-2024';
const FULL = 'combat-brotherhood-2023';
const ADVISORY = 'accreditation-combat-brotherhood-2023';

/** `<date>-<slug>.zip` of a demo release. */
function zipOf(id: string): string {
  const release = demoContent(FIXTURE_NOW).releases.find((r) => r.id === id)!;
  return `${releasePackageNames(release).base}.zip`;
}

/** The demo library with the seven-language item and the en+ru release approved and current. */
async function openLibrary(): Promise<Library> {
  const library = await Library.open(await tempDir(), { seed: () => demoContent(FIXTURE_NOW) });
  for (const id of [SEVEN, FULL]) await library.saveRelease(approved(await library.getRelease(id)));
  return library;
}

function jobsWith(engine: PdfEngine | null, logUnexpected = vi.fn()) {
  return new ExportJobs({ engine, app: TEST_APP, now: () => FIXTURE_NOW, logUnexpected });
}

async function manifestOf(zipPath: string): Promise<Manifest> {
  const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
  return JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
}

describe('an export job', () => {
  it('reports its progress step by step and ends with the package it wrote', async () => {
    const library = await openLibrary();
    const out = await tempDir();
    const engine = new GatedPdfEngine();
    const jobs = jobsWith(engine);
    const started = jobs.start({ library, ids: [FULL], formats: ['zip'], destination: out });
    expect(started).toMatchObject({ state: 'running', releases: 1, items: [], destination: out });

    const seen: ExportJobStatus['progress'][] = [];
    // One page per language, ru then en: look at the job while each waits to be printed.
    for (let page = 0; page < 2; page += 1) {
      await engine.requested();
      seen.push(jobs.status(started.jobId).progress);
      engine.release();
    }
    const done = await jobs.settled(started.jobId);

    expect(seen).toEqual([
      { release: 1, releases: 1, releaseId: FULL, step: 4, total: 7, label: 'html index' },
      { release: 1, releases: 1, releaseId: FULL, step: 5, total: 7, label: 'pdf ru' },
    ]);
    expect(done.state).toBe('done');
    expect(done.progress).toMatchObject({ step: 7, total: 7, label: 'done' });
    expect(done.finishedAt).toBe(FIXTURE_NOW.toISOString());
    expect(done.items).toEqual([
      {
        releaseId: FULL,
        outcome: 'exported',
        path: join(out, zipOf(FULL)),
        included: ['ru', 'en'],
        overridden: [],
        leftOut: [],
      },
    ]);
    expect(await readdir(out)).toEqual([zipOf(FULL)]);
    await jobs.close();
    await library.close();
  });

  it('cancelled mid-batch, leaves only the packages it finished, and says so', async () => {
    const library = await openLibrary();
    const out = await tempDir();
    const engine = new GatedPdfEngine();
    const jobs = jobsWith(engine);
    const { jobId } = jobs.start({
      library,
      ids: [FULL, SEVEN],
      formats: ['zip'],
      destination: out,
    });

    // The first release's two PDFs, then the first page of the second release.
    for (let page = 0; page < 2; page += 1) {
      await engine.requested();
      engine.release();
    }
    await engine.requested();
    expect(jobs.status(jobId).progress).toMatchObject({ release: 2, releaseId: SEVEN });
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toHaveLength(1);

    expect(jobs.cancel(jobId).state).toBe('running');
    engine.release();
    const cancelled = await jobs.settled(jobId);

    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.items.map((item) => [item.releaseId, item.outcome])).toEqual([
      [FULL, 'exported'],
    ]);
    // No staging folder, no half-written zip of the second release.
    expect(await readdir(out)).toEqual([zipOf(FULL)]);
    expect((await manifestOf(join(out, zipOf(FULL)))).languages.map((l) => l.lang)).toEqual([
      'ru',
      'en',
    ]);
    expect(jobs.cancel(jobId).state).toBe('cancelled');
    await jobs.close();
    await library.close();
  });

  it('reports each failing release with a coded error and goes on with the next', async () => {
    const library = await openLibrary();
    const out = await tempDir();
    // Something that is no package stands where the seven-language zip would go, and beside it.
    await mkdir(join(out, zipOf(SEVEN)));
    await mkdir(join(out, zipOf(SEVEN).replace(/\.zip$/, `-${SEVEN}.zip`)));
    const logUnexpected = vi.fn();
    const jobs = jobsWith(null, logUnexpected);
    const { jobId } = jobs.start({
      library,
      ids: ['no-such-release', SEVEN, ADVISORY, FULL],
      formats: ['html', 'zip'],
      destination: out,
    });
    const { state, items } = await jobs.settled(jobId);

    expect(state).toBe('done');
    expect(items).toEqual([
      {
        releaseId: 'no-such-release',
        outcome: 'failed',
        error: expect.objectContaining({ code: 'not-found' }),
      },
      {
        releaseId: SEVEN,
        outcome: 'failed',
        error: expect.objectContaining({ code: 'conflict' }),
      },
      // The advisory is not approved in any language: the gate lets nothing through.
      { releaseId: ADVISORY, outcome: 'blocked', leftOut: ['ru', 'en'] },
      expect.objectContaining({ releaseId: FULL, outcome: 'exported' }),
    ]);
    expect(logUnexpected).not.toHaveBeenCalled();
    await jobs.close();
    await library.close();
  });

  it('turns a failing PDF engine into io for a system error and internal, logged, for a bug', async () => {
    const library = await openLibrary();
    const out = await tempDir();
    const engine = new GatedPdfEngine();
    const logUnexpected = vi.fn();
    const jobs = jobsWith(engine, logUnexpected);
    const { jobId } = jobs.start({
      library,
      ids: [FULL, SEVEN],
      formats: ['pdf'],
      destination: out,
    });

    await engine.requested();
    engine.fail(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    await engine.requested();
    const bug = new TypeError('cannot read properties of undefined');
    engine.fail(bug);
    const { items } = await jobs.settled(jobId);

    expect(items).toEqual([
      {
        releaseId: FULL,
        outcome: 'failed',
        error: expect.objectContaining({ code: 'io', detail: 'ENOSPC' }),
      },
      {
        releaseId: SEVEN,
        outcome: 'failed',
        error: { code: 'internal', message: expect.any(String) },
      },
    ]);
    expect(logUnexpected).toHaveBeenCalledExactlyOnceWith(bug);
    expect(await readdir(out)).toEqual([]);
    await jobs.close();
    await library.close();
  });

  it('records an override in the manifest', async () => {
    const library = await openLibrary();
    const out = await tempDir();
    const release = await library.getRelease(FULL);
    const en = release.variants.en!;
    await library.saveRelease({
      ...release,
      variants: { ...release.variants, en: { ...en, status: 'in-review' } },
    });
    const jobs = jobsWith(null);

    const byDefault = await jobs.settled(
      jobs.start({ library, ids: [FULL], formats: ['html', 'zip'], destination: out }).jobId,
    );
    expect(byDefault.items[0]).toMatchObject({ included: ['ru'], leftOut: ['en'], overridden: [] });
    expect((await manifestOf(join(out, zipOf(FULL)))).override).toBeNull();

    const overridden = await jobs.settled(
      jobs.start({
        library,
        ids: [FULL],
        formats: ['html', 'zip'],
        override: ['en'],
        destination: out,
      }).jobId,
    );
    expect(overridden.items[0]).toMatchObject({ included: ['ru', 'en'], overridden: ['en'] });
    const manifest = await manifestOf(join(out, zipOf(FULL)));
    expect(manifest.override).toEqual({ langs: ['en'], by: null });
    expect(manifest.languages.find((l) => l.lang === 'en')).toMatchObject({
      overridden: true,
      problems: [{ code: 'not-approved', status: 'in-review' }],
    });
    await jobs.close();
    await library.close();
  });
});

describe('the export jobs of a process', () => {
  it('refuses PDFs where there is no PDF engine, before any job starts', async () => {
    const library = await openLibrary();
    const jobs = jobsWith(null);
    const destination = await tempDir();
    expect(() => jobs.start({ library, ids: [FULL], formats: ['zip'], destination })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(await readdir(destination)).toEqual([]);
    await library.close();
  });

  it('answers not-found for a job it does not know', () => {
    const jobs = jobsWith(null);
    const unknown = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(() => jobs.status(unknown)).toThrow(AppError);
    expect(() => jobs.cancel(unknown)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('on close, cancels what runs, waits for it to clean up, and closes the engine', async () => {
    const library = await openLibrary();
    const out = await tempDir();
    const engine = new GatedPdfEngine();
    const jobs = jobsWith(engine);
    const { jobId } = jobs.start({ library, ids: [SEVEN], formats: ['pdf'], destination: out });
    await engine.requested();

    const closing = jobs.close();
    engine.release();
    await closing;

    expect(engine.closed).toBe(true);
    expect(jobs.status(jobId).state).toBe('cancelled');
    expect(await readdir(out)).toEqual([]);
    await library.close();
  });

  it('forgets the oldest finished jobs, keeping twenty', async () => {
    const library = await openLibrary();
    const out = await tempDir();
    const jobs = jobsWith(null);
    const ids: string[] = [];
    for (let n = 0; n < 22; n += 1) {
      const { jobId } = jobs.start({
        library,
        ids: [ADVISORY],
        formats: ['html'],
        destination: out,
      });
      await jobs.settled(jobId);
      ids.push(jobId);
    }
    expect(() => jobs.status(ids[0]!)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => jobs.status(ids[1]!)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(jobs.status(ids[2]!).state).toBe('done');
    await library.close();
  });
});

describe('the destination folder', () => {
  it('is the library’s exports/ folder unless another is named', async () => {
    expect(await resolveDestination(undefined, '/lib')).toBe(join('/lib', 'exports'));
    expect(defaultDestination('/lib')).toBe(join('/lib', 'exports'));
  });

  it('takes an absolute folder, existing or not, normalised', async () => {
    const dir = await tempDir();
    expect(await resolveDestination(dir, '/lib')).toBe(dir);
    expect(await resolveDestination(`${dir}/new/../later`, '/lib')).toBe(join(dir, 'later'));
    expect(await resolveDestination('/lib/exports/2024', '/lib')).toBe('/lib/exports/2024');
    expect(await resolveDestination('/library-elsewhere', '/lib')).toBe('/library-elsewhere');
  });

  it.each([
    ['a relative path', 'exports', 'must be an absolute path'],
    ['a dot path', '.', 'must be an absolute path'],
    ['the library folder', '/lib', 'inside the library folder'],
    ['a folder of the library', '/lib/releases', 'inside the library folder'],
    ['a way back into the library', '/lib/exports/../releases', 'inside the library folder'],
  ])('refuses %s', async (_case, path, detail) => {
    await expect(resolveDestination(path, '/lib')).rejects.toMatchObject({
      code: 'invalid-input',
      detail: expect.stringContaining(detail),
    });
  });

  it('refuses a file', async () => {
    const file = join(await tempDir(), 'package.zip');
    await writeFile(file, 'x');
    await expect(resolveDestination(file, '/lib')).rejects.toMatchObject({
      code: 'invalid-input',
      detail: expect.stringContaining('is a file'),
    });
  });
});

describe('the lazy PDF engine', () => {
  function fakeEngine() {
    return { render: vi.fn(async () => FAKE_PDF), close: vi.fn(async () => undefined) };
  }

  it('starts on the first page, once, and closes what it started', async () => {
    const inner = fakeEngine();
    const launch = vi.fn(async () => inner);
    const engine = new LazyPdfEngine(launch);
    expect(launch).not.toHaveBeenCalled();

    await Promise.all([engine.render('<p>1</p>', '/a'), engine.render('<p>2</p>', '/a')]);
    expect(launch).toHaveBeenCalledTimes(1);
    expect(inner.render).toHaveBeenCalledTimes(2);

    await engine.close();
    expect(inner.close).toHaveBeenCalledTimes(1);
  });

  it('tries again after a launch that failed, and closes nothing it never started', async () => {
    const inner = fakeEngine();
    const launch = vi
      .fn<() => Promise<PdfEngine>>()
      .mockRejectedValueOnce(new AppError('internal', 'no Chromium found'))
      .mockResolvedValueOnce(inner);
    const engine = new LazyPdfEngine(launch);

    await expect(engine.render('<p/>', '/a')).rejects.toMatchObject({
      detail: 'no Chromium found',
    });
    await expect(engine.render('<p/>', '/a')).resolves.toBe(FAKE_PDF);
    await engine.close();
    expect(inner.close).toHaveBeenCalledTimes(1);

    const never = vi.fn(async () => inner);
    await new LazyPdfEngine(never).close();
    expect(never).not.toHaveBeenCalled();
  });
});

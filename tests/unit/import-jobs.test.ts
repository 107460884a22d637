/**
 * Import jobs through the dispatcher: conversion runs in a worker (the built
 * out/main/import-worker.mjs), so main answers other calls while a large document converts;
 * cancel stops it with nothing half-written; a file that exhausts the worker's heap fails alone.
 */
import { describe, expect, it } from 'vitest';
import type { ReleasePage } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import type { ImportJobStatus } from '@shared/import-api';
import { createDispatcher, type Dispatch } from '../../src/main/api/dispatch';
import { ImportJobs } from '../../src/main/import/import-jobs';
import { LibrarySession } from '../../src/main/library/session';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { buildDocx, docx } from './support/docx-builder';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.detail}`);
  return envelope.value as T;
}

/** A report of three thousand long paragraphs: seconds of mammoth and sanitising work. */
function largeDocx(paragraphs: number): string {
  const sentence = 'The joint exercise continued with staff training and a press briefing at the centre. ';
  const body = [docx.heading('Annual report of the press centre')];
  for (let i = 0; i < paragraphs; i += 1) body.push(docx.paragraph(docx.text(`${i}. ${sentence.repeat(3)}`)));
  return Buffer.from(buildDocx({ body })).toString('base64');
}

const LARGE = largeDocx(3_000);
/** A real .docx whose document.xml is cut off mid-element, as a broken save leaves it. */
function brokenXmlDocx(): string {
  const parts = unzipSync(buildDocx({ body: [docx.heading('Half-saved statement'), docx.paragraph(docx.text('Text.'))] }));
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  parts['word/document.xml'] = strToU8(xml.slice(0, xml.indexOf('Half-saved') + 4));
  return Buffer.from(zipSync(parts)).toString('base64');
}

/** A .docx cut in half by an interrupted copy: the zip's directory is gone. */
function truncatedDocx(): string {
  const whole = buildDocx({ body: [docx.heading('Copied halfway'), docx.paragraph(docx.text('Text.'))] });
  return Buffer.from(whole.subarray(0, Math.floor(whole.length / 2))).toString('base64');
}

const GOOD_DOCX = Buffer.from(
  buildDocx({ body: [docx.heading('Seminar on mine clearance'), docx.paragraph(docx.text('It opened today.'))] }),
).toString('base64');
const SMALL_TXT = Buffer.from('Briefing on Monday\n\nThe centre opens at nine.\n').toString('base64');

async function openLibrary(jobs: ImportJobs): Promise<{ dispatch: Dispatch; session: LibrarySession }> {
  const session = new LibrarySession();
  await session.open(await tempDir());
  return { dispatch: createDispatcher(session, { importing: jobs }), session };
}

async function titles(dispatch: Dispatch): Promise<string[]> {
  const list = valueOf<ReleasePage>(await dispatch('releases.list', {}));
  return list.rows.map((row) => row.titles[row.sourceLang] ?? '').sort();
}

async function pollUntilEnded(dispatch: Dispatch, jobId: string): Promise<ImportJobStatus> {
  for (;;) {
    const status = valueOf<ImportJobStatus>(await dispatch('import.status', { jobId }));
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('import jobs', () => {
  it('answers releases.list while a large document converts, then imports it', async () => {
    const jobs = new ImportJobs();
    const { dispatch, session } = await openLibrary(jobs);
    const events: string[] = [];

    const started = valueOf<ImportJobStatus>(
      await dispatch('import.start', { files: [{ name: 'report.docx', data: LARGE }], sourceLang: 'en' }),
    );
    expect(started).toMatchObject({ state: 'running', progress: { filesDone: 0, files: 1 } });
    const settled = jobs.settled(started.jobId).then((status) => (events.push('import done'), status));
    const listed = dispatch('releases.list', {}).then((answer) => (events.push('list answered'), answer));

    expect(valueOf<ReleasePage>(await listed).rows).toEqual([]);
    // Main answered while the job was still converting, not after it.
    expect(valueOf<ImportJobStatus>(await dispatch('import.status', { jobId: started.jobId })).state).toBe(
      'running',
    );
    const done = await settled;
    expect(events).toEqual(['list answered', 'import done']);
    expect(done.state).toBe('done');
    expect(done.progress).toMatchObject({ filesDone: 1, files: 1, current: null });
    expect(done.progress.bytesDone).toBe(done.progress.bytes);
    expect(done.items).toEqual([
      expect.objectContaining({ name: 'report.docx', ok: true, releases: [expect.objectContaining({ lang: 'en' })] }),
    ]);
    expect(await titles(dispatch)).toEqual(['Annual report of the press centre']);
    await jobs.close();
    await session.close();
  });

  it('cancel ends the job as cancelled; the file in conversion is not imported', async () => {
    const jobs = new ImportJobs();
    const { dispatch, session } = await openLibrary(jobs);
    const started = valueOf<ImportJobStatus>(
      await dispatch('import.start', { files: [{ name: 'report.docx', data: LARGE }] }),
    );
    expect(started.progress.current).toBe('report.docx');
    const cancelled = valueOf<ImportJobStatus>(await dispatch('import.cancel', { jobId: started.jobId }));
    expect(cancelled.jobId).toBe(started.jobId);

    const ended = await pollUntilEnded(dispatch, started.jobId);
    expect(ended).toMatchObject({ state: 'cancelled', items: [], progress: { filesDone: 0, current: null } });
    expect(await titles(dispatch)).toEqual([]);
    await jobs.close();
    await session.close();
  });

  it('after a cancel, exactly the files finished before it are in the library', async () => {
    const jobs = new ImportJobs();
    const { dispatch, session } = await openLibrary(jobs);
    const { jobId } = valueOf<ImportJobStatus>(
      await dispatch('import.start', {
        files: [
          { name: 'briefing.txt', data: SMALL_TXT },
          { name: 'report.docx', data: LARGE },
        ],
      }),
    );
    let status: ImportJobStatus;
    do {
      // A macrotask apart, so the worker's messages get their turn.
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = valueOf<ImportJobStatus>(await dispatch('import.status', { jobId }));
    } while (status.progress.filesDone === 0 && status.state === 'running');
    expect(status.progress.current).toBe('report.docx');
    await dispatch('import.cancel', { jobId });

    const ended = await pollUntilEnded(dispatch, jobId);
    expect(ended.state).toBe('cancelled');
    expect(ended.items.map((item) => [item.name, item.ok])).toEqual([['briefing.txt', true]]);
    expect(await titles(dispatch)).toEqual(['Briefing on Monday']);
    await jobs.close();
    await session.close();
  });

  it('a file that exhausts the worker’s memory fails alone, with a clear reason; main goes on', async () => {
    // A small heap, so this document is the bomb; the next file gets a fresh worker.
    const jobs = new ImportJobs({ worker: { heapMb: 16 } });
    const { dispatch, session } = await openLibrary(jobs);
    const { jobId } = valueOf<ImportJobStatus>(
      await dispatch('import.start', {
        files: [
          { name: 'report.docx', data: LARGE },
          { name: 'briefing.txt', data: SMALL_TXT },
        ],
      }),
    );
    const ended = await jobs.settled(jobId);
    expect(ended.state).toBe('done');
    expect(ended.items).toEqual([
      {
        name: 'report.docx',
        ok: false,
        problem: 'conversion-failed',
        detail: 'the conversion needed more than 16 MB of memory',
      },
      expect.objectContaining({ name: 'briefing.txt', ok: true }),
    ]);
    expect(await titles(dispatch)).toEqual(['Briefing on Monday']);
    expect(valueOf(await dispatch('library.info', {}))).toBeTruthy();
    await jobs.close();
    await session.close();
  });

  it('reports each damaged .docx as damaged, imports the files around it, and the next job still runs', async () => {
    const jobs = new ImportJobs();
    const { dispatch, session } = await openLibrary(jobs);
    const { jobId } = valueOf<ImportJobStatus>(
      await dispatch('import.start', {
        files: [
          { name: 'briefing.txt', data: SMALL_TXT },
          { name: 'half-saved.docx', data: brokenXmlDocx() },
          { name: 'copied-halfway.docx', data: truncatedDocx() },
          { name: 'seminar.docx', data: GOOD_DOCX },
        ],
      }),
    );
    const ended = await jobs.settled(jobId);
    expect(ended.state).toBe('done');
    expect(ended.items.map((item) => [item.name, item.ok ? 'imported' : item.problem])).toEqual([
      ['briefing.txt', 'imported'],
      ['half-saved.docx', 'damaged'],
      ['copied-halfway.docx', 'damaged'],
      ['seminar.docx', 'imported'],
    ]);
    expect(await titles(dispatch)).toEqual(['Briefing on Monday', 'Seminar on mine clearance']);

    const next = await jobs.settled(
      valueOf<ImportJobStatus>(await dispatch('import.start', { files: [{ name: 'again.docx', data: GOOD_DOCX }] }))
        .jobId,
    );
    expect(next.items).toEqual([expect.objectContaining({ name: 'again.docx', ok: true })]);
    await jobs.close();
    await session.close();
  });

  it('an unknown job is not-found', async () => {
    const jobs = new ImportJobs();
    const { dispatch, session } = await openLibrary(jobs);
    const answer = await dispatch('import.status', { jobId: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await session.close();
  });
});

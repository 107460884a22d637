/**
 * The loopback host's body limit against the largest import job the contract accepts: the
 * largest valid import.start must reach the dispatcher (not be cut off as too-large), and one
 * byte of files more is refused by the contract's own check, with its own message.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '@shared/errors';
import {
  MAX_IMPORT_JOB_BYTES,
  MAX_IMPORT_JOB_FILES,
  MAX_IMPORT_JOB_REQUEST_BYTES,
  type ImportJobStatus,
} from '@shared/import-api';
import { ImportJobs } from '../../src/main/import/import-jobs';
import { startHost, type RunningHost } from '../../src/main/host/server';
import { LibrarySession } from '../../src/main/library/session';

let root: string;
let session: LibrarySession;
let jobs: ImportJobs;
let host: RunningHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'press-office-host-limit-'));
  session = new LibrarySession();
  await session.open(join(root, 'library'));
  jobs = new ImportJobs();
  // The host's own default limit: no maxBodyBytes given.
  host = await startHost({ session, rendererDir: root, importing: jobs });
});

afterAll(async () => {
  await host?.close();
  await jobs?.close();
  await session?.close();
  await rm(root, { recursive: true, force: true });
});

/** Twenty files of the longest name JSON can spell (control characters, six bytes each). */
function largestJob(extraBytes: number): { files: { name: string; data: string }[]; sourceLang: 'en' } {
  const each = MAX_IMPORT_JOB_BYTES / MAX_IMPORT_JOB_FILES;
  const files = Array.from({ length: MAX_IMPORT_JOB_FILES }, (_, index) => ({
    name: String.fromCharCode(1 + (index % 30)).repeat(255),
    data: Buffer.alloc(each + (index === 0 ? extraBytes : 0), index).toString('base64'),
  }));
  return { files, sourceLang: 'en' };
}

async function post(body: string): Promise<{ status: number; envelope: Envelope<ImportJobStatus> }> {
  const response = await fetch(`${host.url}api/import.start`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body,
  });
  return { status: response.status, envelope: (await response.json()) as Envelope<ImportJobStatus> };
}

describe('the loopback host and the largest import job', () => {
  it('lets the largest import.start the contract accepts through to the job', async () => {
    const body = JSON.stringify(largestJob(0));
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_IMPORT_JOB_REQUEST_BYTES);
    const { status, envelope } = await post(body);
    expect(status).toBe(200);
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.detail}`);
    expect(envelope.value.progress).toMatchObject({ files: MAX_IMPORT_JOB_FILES, bytes: MAX_IMPORT_JOB_BYTES });
    jobs.cancel(envelope.value.jobId);
    expect((await jobs.settled(envelope.value.jobId)).state).toBe('cancelled');
  });

  it('refuses one byte of files more as invalid input, naming the job limit', async () => {
    const { envelope } = await post(JSON.stringify(largestJob(1)));
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(envelope)).toContain(`more than ${MAX_IMPORT_JOB_BYTES} bytes of files in one job`);
  });
});

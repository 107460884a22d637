/**
 * The summary line of tests/support/summary-reporter.ts, from real vitest runs (child processes)
 * on the case files in tests/support/summary-reporter-cases: a file that throws at import, a
 * failing beforeAll, a failing afterAll and an error thrown outside any test count as failures,
 * and the line says something failed exactly when vitest exits non-zero.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLOW_MACHINE_MS } from '../support/timeouts';

const repo = resolve(import.meta.dirname, '../..');
const config = join(repo, 'tests/support/summary-reporter-cases/vitest.config.ts');
const vitestCli = join(
  resolve(createRequire(import.meta.url).resolve('vitest/package.json'), '..'),
  'vitest.mjs',
);

/** Runs vitest on the named cases (all of them when none) and returns its exit code and last line. */
async function runCases(...cases: string[]): Promise<{ code: number | null; line: string }> {
  const child = spawn(process.execPath, [vitestCli, 'run', '--config', config, ...cases], {
    cwd: repo,
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.resume();
  const [code] = (await once(child, 'exit')) as [number | null];
  const lines = stdout.trim().split('\n');
  return { code, line: lines[lines.length - 1]!.trim() };
}

describe('the summary line', { timeout: SLOW_MACHINE_MS * 4 }, () => {
  it('counts a file that throws at import as one failure', async () => {
    expect(await runCases('throws-at-import')).toEqual({
      code: 1,
      line: '0 passed, 1 failed, 0 skipped',
    });
  });

  it('counts a failed beforeAll as a failure, its tests as skipped', async () => {
    expect(await runCases('before-all-fails')).toEqual({
      code: 1,
      line: '0 passed, 1 failed, 2 skipped',
    });
  });

  it('counts a failed afterAll as a failure besides the test that passed', async () => {
    expect(await runCases('after-all-fails')).toEqual({
      code: 1,
      line: '1 passed, 1 failed, 0 skipped',
    });
  });

  it('counts an error thrown outside any test as a failure', async () => {
    expect(await runCases('unhandled-error')).toEqual({
      code: 1,
      line: '1 passed, 1 failed, 0 skipped',
    });
  });

  it('says nothing failed, and vitest exits 0, when everything passes', async () => {
    expect(await runCases('passes')).toEqual({ code: 0, line: '1 passed, 0 failed, 0 skipped' });
  });

  it('adds every kind of failure up over one run of all the cases', async () => {
    expect(await runCases()).toEqual({ code: 1, line: '3 passed, 4 failed, 2 skipped' });
  });
});

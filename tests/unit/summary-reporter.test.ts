/**
 * The summary line of tests/support/summary-reporter.ts, from real vitest runs (child processes)
 * on the case files in tests/support/summary-reporter-cases: a file that throws at import, a
 * failing beforeAll, a failing afterAll and an error thrown outside any test count as failures,
 * and the line says something failed exactly when vitest exits non-zero.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVitest } from '../support/run-vitest';
import { SLOW_MACHINE_MS } from '../support/timeouts';

const config = join(
  resolve(import.meta.dirname, '../..'),
  'tests/support/summary-reporter-cases/vitest.config.ts',
);

/** Runs vitest on the named cases (all of them when none): its exit code and last line. */
async function runCases(...cases: string[]): Promise<{ code: number | null; line: string }> {
  const { code, line } = await runVitest(['--config', config, ...cases]);
  return { code, line };
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

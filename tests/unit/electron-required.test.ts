/**
 * Where the Electron tier is required (ELECTRON_REQUIRED=1), a missing Electron binary fails the
 * smoke test instead of skipping it: the project's own vitest run on tests/electron, in a child
 * process, pointed at an Electron distribution that does not exist.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runVitest } from '../support/run-vitest';
import { slowMachineMs } from '../support/timeouts';

const NO_ELECTRON = {
  ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'press-office-no-electron-here'),
};

describe('the Electron smoke test without a binary', { timeout: slowMachineMs(2) }, () => {
  it('fails, saying why, when ELECTRON_REQUIRED=1', async () => {
    const run = await runVitest(['tests/electron/smoke.test.ts'], {
      ...NO_ELECTRON,
      ELECTRON_REQUIRED: '1',
    });
    expect(run.code).toBe(1);
    expect(run.line).toMatch(/^0 passed, 1 failed, \d+ skipped$/);
    expect(run.output).toContain('ELECTRON_REQUIRED=1, but the Electron tier cannot run');
  });

  it('is skipped, saying so, when it is not required', async () => {
    const run = await runVitest(['tests/electron/smoke.test.ts'], {
      ...NO_ELECTRON,
      ELECTRON_REQUIRED: '',
    });
    expect(run.code).toBe(0);
    expect(run.line).toMatch(/^0 passed, 0 failed, [1-9]\d* skipped$/);
    expect(run.output).toContain('[electron smoke] skipped: Electron binary not installed');
  });
});

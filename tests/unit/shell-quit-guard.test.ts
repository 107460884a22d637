import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installQuitGuard } from '../../src/main/shell/quit-guard';

/** An app whose quit() emits before-quit, as Electron's does, and records whether it got through. */
function fakeApp() {
  const app = Object.assign(new EventEmitter(), {
    quitted: 0,
    quit() {
      let prevented = false;
      app.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) app.quitted++;
    },
  });
  return app;
}

describe('installQuitGuard', () => {
  it('holds the quit until the flush is done, then quits once', async () => {
    const app = fakeApp();
    let finish: () => void = () => undefined;
    const flush = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    installQuitGuard(app as unknown as App, flush);

    app.quit();
    app.quit();
    await vi.waitFor(() => expect(flush).toHaveBeenCalledTimes(1));
    expect(app.quitted).toBe(0);

    finish();
    await vi.waitFor(() => expect(app.quitted).toBe(1));
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('still quits when the flush fails, and says so', async () => {
    const app = fakeApp();
    const log = vi.fn();
    installQuitGuard(app as unknown as App, async () => Promise.reject(new Error('disk gone')), {
      log,
    });
    app.quit();
    await vi.waitFor(() => expect(app.quitted).toBe(1));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('failed'), expect.any(Error));
  });

  it('still quits when the flush hangs', async () => {
    const app = fakeApp();
    installQuitGuard(app as unknown as App, () => new Promise<void>(() => undefined), {
      timeoutMs: 10,
      log: () => undefined,
    });
    app.quit();
    await vi.waitFor(() => expect(app.quitted).toBe(1));
  });
});

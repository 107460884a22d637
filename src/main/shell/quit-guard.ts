/**
 * Holds the first quit until pending saves are on disk, then quits for real. A flush that
 * hangs (a network drive gone) must not keep the app from ever quitting, hence the time limit;
 * saves are atomic, so quitting mid-write loses that write but corrupts nothing.
 */
import type { App } from 'electron';

export const QUIT_FLUSH_TIMEOUT_MS = 15_000;

export function installQuitGuard(
  app: Pick<App, 'on' | 'quit'>,
  flush: () => Promise<void>,
  {
    timeoutMs = QUIT_FLUSH_TIMEOUT_MS,
    log = console.error,
  }: { timeoutMs?: number; log?: (...args: unknown[]) => void } = {},
): void {
  let state: 'running' | 'flushing' | 'flushed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    withTimeout(Promise.resolve().then(flush), timeoutMs)
      .catch((error: unknown) => log('[shell] saving before quit failed:', error))
      .finally(() => {
        state = 'flushed';
        app.quit();
      });
  });
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still saving after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Work main starts without waiting (menu actions, saves when a window closes): a failure is
 * logged with what the work was, and never left as an unhandled rejection.
 */
import { describe, expect, it } from 'vitest';
import { detached } from '../../src/main/shell/detached';

/** Lets every settled promise's handlers run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('detached', () => {
  it('logs a failure with what the work was', async () => {
    const logged: unknown[][] = [];
    const failure = new Error('disk full');
    detached('saving the window position', Promise.reject(failure), (...args) => logged.push(args));
    await settle();
    expect(logged).toEqual([['[main] saving the window position failed:', failure]]);
  });

  it('logs nothing when the work succeeds', async () => {
    const logged: unknown[][] = [];
    let done = false;
    detached(
      'the About box',
      Promise.resolve().then(() => {
        done = true;
      }),
      (...args) => logged.push(args),
    );
    await settle();
    expect(done).toBe(true);
    expect(logged).toEqual([]);
  });
});

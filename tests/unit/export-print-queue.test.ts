/**
 * The PDF engines print one document at a time on one page or window; the queue they share
 * must keep prints apart, keep going after a failed one, and let close wait for the rest.
 */
import { describe, expect, it } from 'vitest';
import { SerialPrintQueue } from '../../src/main/export/serial-print-queue';

/** A print that finishes only when the test says so, recording when it started and ended. */
function heldPrint(log: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const print = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve, reject) => {
      finish = (value) => {
        log.push(`end ${name}`);
        resolve(value);
      };
      fail = (error) => {
        log.push(`fail ${name}`);
        reject(error);
      };
    });
  };
  return { print, finish: (value: string) => finish(value), fail: (error: Error) => fail(error) };
}

/** Lets every queued continuation run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SerialPrintQueue', () => {
  it('starts a print only after the one before it has finished, in the order asked', async () => {
    const log: string[] = [];
    const queue = new SerialPrintQueue();
    const first = heldPrint(log, 'a');
    const second = heldPrint(log, 'b');
    const a = queue.run(first.print);
    const b = queue.run(second.print);
    await settle();
    expect(log).toEqual(['start a']);
    first.finish('pdf a');
    await expect(a).resolves.toBe('pdf a');
    await settle();
    expect(log).toEqual(['start a', 'end a', 'start b']);
    second.finish('pdf b');
    await expect(b).resolves.toBe('pdf b');
  });

  it('gives a failed print’s error to its own caller only and goes on with the next', async () => {
    const log: string[] = [];
    const queue = new SerialPrintQueue();
    const broken = heldPrint(log, 'a');
    const next = heldPrint(log, 'b');
    const a = queue.run(broken.print);
    const b = queue.run(next.print);
    await settle();
    broken.fail(new Error('page crashed'));
    await expect(a).rejects.toThrow('page crashed');
    await settle();
    next.finish('pdf b');
    await expect(b).resolves.toBe('pdf b');
    expect(log).toEqual(['start a', 'fail a', 'start b', 'end b']);
  });

  it('drains only when every print queued so far has ended, failed ones included', async () => {
    const log: string[] = [];
    const queue = new SerialPrintQueue();
    const broken = heldPrint(log, 'a');
    const last = heldPrint(log, 'b');
    queue.run(broken.print).catch(() => undefined);
    void queue.run(last.print);
    let drained = false;
    const draining = queue.drained().then(() => (drained = true));
    await settle();
    broken.fail(new Error('page crashed'));
    await settle();
    expect(drained).toBe(false);
    last.finish('pdf b');
    await draining;
    expect(log).toEqual(['start a', 'fail a', 'start b', 'end b']);
  });
});

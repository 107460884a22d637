/**
 * One page at a time for a PDF engine: both engines print on a single reused page or window,
 * so a second document must wait until the first is out. A failed print does not stop the
 * ones queued behind it; its error reaches only its own caller.
 */
export class SerialPrintQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(print: () => Promise<T>): Promise<T> {
    const task = this.tail.then(print);
    this.tail = task.catch(() => undefined);
    return task;
  }

  /** Resolves when every print queued so far has finished, however it ended. */
  async drained(): Promise<void> {
    await this.tail;
  }
}

import type { PdfEngine } from '../../../src/main/export/pdf-engine';

/** The smallest bytes that start like a PDF: enough for a package, not for a viewer. */
export const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

/**
 * A PDF engine whose every page waits until the test lets it go, so a test can look at a job
 * between two steps, or cancel it there.
 */
export class GatedPdfEngine implements PdfEngine {
  closed = false;
  rendered = 0;
  private waiting: { release: () => void; fail: (error: unknown) => void }[] = [];
  private onRequest: (() => void) | null = null;

  render(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.waiting.push({
        release: () => {
          this.rendered += 1;
          resolve(FAKE_PDF);
        },
        fail: reject,
      });
      this.onRequest?.();
    });
  }

  /** Resolves once a page is waiting to be printed. */
  requested(): Promise<void> {
    if (this.waiting.length > 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.onRequest = () => {
        this.onRequest = null;
        resolve();
      };
    });
  }

  /** Prints the waiting page. */
  release(): void {
    this.waiting.shift()?.release();
  }

  /** Fails the waiting page with `error`. */
  fail(error: unknown): void {
    this.waiting.shift()?.fail(error);
  }

  /** Lets every page through from now on, waiting ones included. */
  async drain(): Promise<void> {
    while (!this.closed) {
      await this.requested();
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.onRequest?.();
  }
}

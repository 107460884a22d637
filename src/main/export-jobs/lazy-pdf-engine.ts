/**
 * A PDF engine started on its first page and kept warm after: the loopback host need not
 * launch Chromium unless someone exports a PDF. A launch that fails is tried again on the
 * next page, so installing Chromium while the host runs is enough.
 */
import type { PdfEngine } from '../export/pdf-engine';

export class LazyPdfEngine implements PdfEngine {
  private engine: Promise<PdfEngine> | null = null;

  constructor(private readonly launch: () => Promise<PdfEngine>) {}

  async render(html: string, baseDir: string): Promise<Uint8Array> {
    return (await this.started()).render(html, baseDir);
  }

  async close(): Promise<void> {
    const engine = this.engine;
    this.engine = null;
    const running = await engine?.catch(() => null);
    await running?.close();
  }

  private started(): Promise<PdfEngine> {
    if (!this.engine) {
      const launching = this.launch();
      this.engine = launching;
      launching.catch(() => {
        if (this.engine === launching) this.engine = null;
      });
    }
    return this.engine;
  }
}

/**
 * The PDF engine of the CLI and the tests: a headless Chromium driven by playwright-core,
 * launched once and kept warm. It reuses one page: the page is parked on the package folder
 * (a file: URL), and each language is written into it with setContent, so relative URLs
 * resolve against the folder without a navigation per document. Page scripts are disabled;
 * exported pages have none, and hostile content gets no chance to run while printing.
 */
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PdfEngine } from './pdf-engine';
import { SerialPrintQueue } from './serial-print-queue';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export class ChromiumPdfEngine implements PdfEngine {
  private page: Promise<Page> | null = null;
  private pageBase: string | null = null;
  private readonly queue = new SerialPrintQueue();

  private constructor(private readonly browser: Browser) {}

  static async launch(executablePath: string): Promise<ChromiumPdfEngine> {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    return new ChromiumPdfEngine(browser);
  }

  render(html: string, baseDir: string): Promise<Uint8Array> {
    return this.queue.run(() => this.print(html, baseDir));
  }

  async close(): Promise<void> {
    await this.queue.drained();
    await this.browser.close();
  }

  private async openPage(): Promise<Page> {
    const context = await this.browser.newContext({ javaScriptEnabled: false });
    return context.newPage();
  }

  private async print(html: string, baseDir: string): Promise<Uint8Array> {
    if (!this.browser.isConnected()) throw new Error('the PDF engine’s Chromium has exited');
    this.page ??= this.openPage();
    const page = await this.page;
    const base = pathToFileURL(baseDir.endsWith(sep) ? baseDir : `${baseDir}${sep}`).href;
    if (this.pageBase !== base) {
      await page.goto(base);
      this.pageBase = base;
    }
    await page.setContent(html, { waitUntil: 'load' });
    // A string, not a function: main is compiled without DOM types.
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }
}

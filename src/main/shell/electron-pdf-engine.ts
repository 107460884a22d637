/**
 * The app's PDF engine: Electron's own print engine in a hidden window without the preload,
 * so an exported page can reach neither Node nor the API. The page is written beside the
 * package's styles, fonts and images and loaded from there, so its relative URLs resolve.
 */
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { PdfEngine } from '../export/pdf-engine';
import { SerialPrintQueue } from '../export/serial-print-queue';
import { createSecureWindow } from './window';

export class ElectronPdfEngine implements PdfEngine {
  private window: BrowserWindow | null = null;
  private readonly queue = new SerialPrintQueue();

  render(html: string, baseDir: string): Promise<Uint8Array> {
    return this.queue.run(() => this.print(html, baseDir));
  }

  async close(): Promise<void> {
    await this.queue.drained();
    this.window?.destroy();
    this.window = null;
  }

  private async print(html: string, baseDir: string): Promise<Uint8Array> {
    if (!this.window || this.window.isDestroyed()) {
      this.window = createSecureWindow({ preload: null, show: false, width: 794, height: 1123 });
    }
    const contents = this.window.webContents;
    const file = join(baseDir, `.print-${randomUUID()}.html`);
    await writeFile(file, html);
    try {
      await this.window.loadFile(file);
      // Text printed before its web font has loaded falls back to a system font, and
      // Armenian then prints as empty boxes.
      await contents.executeJavaScript('document.fonts.ready.then(() => true)');
      const pdf = await contents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await rm(file, { force: true });
    }
  }
}

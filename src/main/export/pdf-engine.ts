/**
 * Prints an exported page to PDF. Two engines implement it: Chromium driven by playwright-core
 * (tests and the CLI, chromium-engine.ts) and, in the app, Electron's webContents.printToPDF.
 * Either way the page's own print stylesheet decides page size, margins, page numbers and the
 * embargo line (preferCSSPageSize), and fonts must be loaded (document.fonts.ready) before
 * printing, or text falls back to whatever the system has.
 */
export interface PdfEngine {
  /**
   * The PDF of `html`, whose relative URLs (styles/, fonts/, images/) resolve against the
   * folder `baseDir`. Calls may overlap; an engine serialises them as it needs to.
   */
  render(html: string, baseDir: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

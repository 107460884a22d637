/**
 * The loopback host runs under plain Node, without Electron's printer: it prints with the
 * CLI's Chromium, found by find-chromium.ts, launched on the first PDF and kept warm.
 */
import { AppError } from '../errors';
import { ChromiumPdfEngine } from '../export/chromium-engine';
import { findChromium } from '../export/find-chromium';
import { LazyPdfEngine } from '../export-jobs/lazy-pdf-engine';

export function hostPdfEngine(): LazyPdfEngine {
  return new LazyPdfEngine(async () => {
    try {
      return await ChromiumPdfEngine.launch(await findChromium());
    } catch (error) {
      // The detail says how to get a browser; it reaches the user with the failed release.
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError('internal', `the PDF engine could not start: ${reason}`, { cause: error });
    }
  });
}

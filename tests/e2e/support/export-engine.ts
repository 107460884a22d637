import { ChromiumPdfEngine } from '../../../src/main/export/chromium-engine';
import { findChromium } from '../../../src/main/export/find-chromium';

/** The CLI's engine, on the Chromium the other e2e tests use when CHROMIUM_PATH names one. */
export async function launchPdfEngine(): Promise<ChromiumPdfEngine> {
  return ChromiumPdfEngine.launch(process.env.CHROMIUM_PATH ?? (await findChromium()));
}

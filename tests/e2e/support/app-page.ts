import type { Page } from 'playwright-core';
import { SLOW_MACHINE_MS } from '../../support/timeouts';

/** Waits until the save indicator reports that everything typed is stored. */
export async function waitUntilSaved(page: Page, timeoutMs = SLOW_MACHINE_MS): Promise<void> {
  await page
    .locator('[data-testid="save-status"][data-state="saved"]')
    .waitFor({ state: 'visible', timeout: timeoutMs });
}

/** The text of each top-level paragraph of the open body editor. */
export function bodyParagraphs(page: Page): Promise<string[]> {
  return page.locator('.ProseMirror > p').allTextContents();
}

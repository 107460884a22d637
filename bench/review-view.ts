/**
 * The side-by-side review view opened in Chromium, against the built loopback host (run
 * `npx electron-vite build` first): for bench:review. The release is stored in a library of its
 * own, with the source revisions its translations were based on, so that the view shows word
 * diffs as it would for a user.
 */
import type { Release, Revision, Variant, VocabularyEntry } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { Browser, Page } from 'playwright-core';
import { Library } from '../src/main/library/library';
import { launchBrowser } from '../tests/e2e/support/browser';
import { startHost, type RunningHost } from '../tests/e2e/support/host';
import { makeTempLibrary } from '../tests/e2e/support/temp-library';

export interface ReviewView {
  /**
   * Clicks "Side by side" in the editor and times it to the first frame painted after the
   * table shows a review report of the release as stored. `fresh`: also waits for the report
   * main computes anew for this opening (the view first shows the one the editor already has).
   */
  open(options: { fresh: boolean }): Promise<number>;
  close(): Promise<void>;
}

/** Runs in the page: resolves with the time from the click to the paint after `ready`. */
const OPEN_AND_TIME = (fresh: boolean) => `new Promise((resolve) => {
  const start = performance.now();
  const fetched = () => performance.getEntriesByType('resource').some(
    (e) => e.name.endsWith('/api/review.get') && e.startTime >= start && e.responseEnd > 0);
  const ready = () =>
    document.querySelector('[data-testid="review-table"][data-current="true"]') !== null &&
    (${fresh} === false || fetched());
  // The callback of the frame after the one that showed it runs once that one is painted.
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(() =>
    resolve(performance.now() - start)));
  const poll = () => (ready() ? painted() : requestAnimationFrame(poll));
  const button = [...document.querySelectorAll('[data-testid="review-bar"] button')]
    .find((b) => b.textContent === 'Side by side');
  button.click();
  requestAnimationFrame(poll);
})`;

async function backToEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the editor' }).click();
  await page.getByTestId('review-bar').waitFor();
}

export async function startReviewView(
  release: Release,
  baseSources: Partial<Record<Lang, Variant>>,
  vocabulary: VocabularyEntry[],
  lang: Lang,
): Promise<ReviewView> {
  const folder = await makeTempLibrary();
  const seeded = await Library.open(folder.dir, { seed: () => ({ releases: [release], vocabulary }) });
  await seeded.updateSettings({ userName: 'Bench' });
  for (const [baseLang, variant] of Object.entries(baseSources) as [Lang, Variant][]) {
    const base = variant.lang === release.sourceLang && release.variants[baseLang]?.sourceBase;
    if (!base || !base.sourceRevisionId) continue;
    const revision: Revision = {
      id: base.sourceRevisionId,
      releaseId: release.id,
      lang: release.sourceLang,
      reason: 'checkpoint',
      createdAt: base.recordedAt,
      author: 'Bench',
      releaseRev: 1,
      variant,
    };
    await seeded.appendRevision(revision);
  }
  await seeded.close();

  let browser: Browser | null = null;
  let host: RunningHost | null = null;
  try {
    host = await startHost(folder.dir);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(host.url);
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.getByRole('tab', { name: new RegExp(lang === 'ru' ? 'Русский' : lang) }).click();
    await page.getByTestId('review-bar').waitFor();
    const opened = { browser, host };
    return {
      async open({ fresh }) {
        const time = (await page.evaluate(OPEN_AND_TIME(fresh))) as number;
        await backToEditor(page);
        return time;
      },
      async close() {
        await opened.browser.close();
        await opened.host.stop();
        await folder.remove();
      },
    };
  } catch (error) {
    await browser?.close();
    await host?.stop().catch(() => undefined);
    await folder.remove();
    throw error;
  }
}

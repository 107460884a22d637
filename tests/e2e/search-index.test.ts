/**
 * The search index kept in step with the library, seen through the app: a library whose
 * search/ folder is missing is indexed in the background while the list tells how far it is;
 * an edit is found by the next search; after a restart the index is simply there; deleting
 * search/ rebuilds it again, with progress.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchStatus } from '@shared/search-api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLibrary } from '../../bench/synthetic-library';
import { waitUntilSaved } from './support/app-page';
import { seriousAxeViolations } from './support/axe';
import { collectPageErrors, launchBrowser } from './support/browser';
import { startHost, type RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { ARTIFACTS_DIR } from './support/paths';
import { makeTempLibrary } from './support/temp-library';

/** Large enough that indexing takes a few seconds: long enough to be watched. */
const RELEASES = 1500;
const WORD = 'Эльбрус';

describe('search index upkeep', () => {
  let browser: Browser;
  let library: Awaited<ReturnType<typeof makeTempLibrary>>;
  let host: RunningHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    library = await makeTempLibrary();
    // Release files and the release index, but no search/ folder.
    await buildLibrary(library.dir, RELEASES);
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await host?.stop().catch(() => undefined);
    await browser?.close();
    await library?.remove();
  });

  /** Polls search.status until the catch-up is over, keeping every answer. */
  async function statusesUntilReady(): Promise<SearchStatus[]> {
    const seen: SearchStatus[] = [];
    for (;;) {
      const status = await callHost(host, 'search.status', {});
      seen.push(status);
      if (status.state === 'ready') return seen;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async function search(text: string): Promise<void> {
    await page.getByRole('searchbox', { name: 'Search' }).fill(text);
  }

  /** Leaves the page first: a page still asking a stopped host logs failed requests. */
  async function stopHost(): Promise<void> {
    await page.goto('about:blank');
    await host.stop();
  }

  async function startAndOpen(): Promise<void> {
    host = await startHost(library.dir);
    await page.goto(host.url);
  }

  it('indexes a library without search/ in the background, telling how far it is', async () => {
    await startAndOpen();
    const progress = page.getByRole('status').filter({ hasText: 'Building the search index' });
    await progress.waitFor();
    const [, done] =
      /: ([\d,]+) of 1,500 releases read/.exec((await progress.textContent()) ?? '') ?? [];
    // How far it got when the page asked depends on the machine's speed: on a fast or lightly
    // loaded one every file may already be read while the index is still being written.
    expect(done).toBeDefined();
    expect(Number(done!.replace(/,/g, ''))).toBeLessThanOrEqual(RELEASES);
    // The list below is 1,500 rows long: the toolbar is what there is to see.
    await page
      .locator('.list-toolbar')
      .screenshot({ path: join(ARTIFACTS_DIR, 'search-index-building-en.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    const [status] = (await statusesUntilReady()).slice(-1);
    expect(status).toMatchObject({ reindexed: RELEASES, indexed: RELEASES, problems: [] });
    // The line goes once the index is complete (it is asked again every second).
    await progress.waitFor({ state: 'detached' });
  });

  it('finds an edit by the next search', async () => {
    await search(WORD);
    await page.getByText('Nothing found.', { exact: false }).waitFor();
    await search('');
    await page.getByRole('listbox').getByRole('option').first().click();
    const title = page.getByLabel('Title', { exact: true });
    await title.press('End');
    await title.pressSequentially(` ${WORD}`);
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'All releases' }).click();
    await search(WORD.toLowerCase());
    await page.getByText('1 release found').waitFor();
    expect(await page.locator('.search-hit__title').textContent()).toContain(WORD);
  });

  it('after a restart, finds the same without indexing again', async () => {
    await stopHost();
    await startAndOpen();
    const [status] = (await statusesUntilReady()).slice(-1);
    expect(status).toMatchObject({ state: 'ready', reindexed: 0, indexed: RELEASES });
    await search(WORD);
    await page.getByText('1 release found').waitFor();
  });

  it('rebuilds a deleted search/ folder in the background, with progress', async () => {
    await stopHost();
    await rm(join(library.dir, 'search'), { recursive: true });
    await startAndOpen();
    await page.getByRole('status').filter({ hasText: 'Building the search index' }).waitFor();
    const [status] = (await statusesUntilReady()).slice(-1);
    expect(status).toMatchObject({ reindexed: RELEASES, indexed: RELEASES });
    await search(WORD);
    await page.getByText('1 release found').waitFor();
    expect(errors).toEqual([]);
  });
});

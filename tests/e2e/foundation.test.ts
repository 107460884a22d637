/**
 * The foundation end to end: a fresh library through the loopback host, a release typed in
 * Cyrillic (Russian and Kazakh) and Armenian, autosaved, and found again after a restart.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/artifacts';
import { bodyParagraphs, waitUntilSaved } from './support/app-page';
import { collectPageErrors, launchBrowser } from './support/browser';
import { startHost, type RunningHost } from './support/host';
import { makeTempLibrary } from './support/temp-library';

const TITLE = 'Пресс-релиз: Қазақстан мен Армения — Հայաստան';
const PARAGRAPHS = [
  'Бүгін Астанада әріптестер кездесті: ғылым, қоғам, өңір, ұлттық үміт, һәм білім.',
  'Երևանում կայացավ համաժողովը. Встреча прошла в дружеской атмосфере.',
];

describe('foundation: write a release, restart, read it back', () => {
  let browser: Browser;
  let library: Awaited<ReturnType<typeof makeTempLibrary>>;
  let host: RunningHost | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
    library = await makeTempLibrary();
  });

  afterAll(async () => {
    await host?.stop().catch(() => undefined);
    await browser?.close();
    await library?.remove();
  });

  async function openApp(): Promise<{ page: Page; errors: string[] }> {
    host = await startHost(library.dir);
    const page = await browser.newPage({ viewport: { width: 1200, height: 860 } });
    const errors = collectPageErrors(page);
    await page.goto(host.url);
    return { page, errors };
  }

  async function stopHost(): Promise<void> {
    await host?.stop();
    host = null;
  }

  it('keeps a multilingual release across a host restart', async () => {
    const first = await openApp();
    const page = first.page;
    await page.getByRole('heading', { name: 'No releases yet' }).waitFor();
    // The token is moved out of the address bar at once.
    await page.getByRole('button', { name: 'Create the first release' }).click();
    expect(page.url()).not.toContain('token=');
    // A new release starts from its kind's template, chosen in a dialog.
    await page.getByRole('dialog', { name: 'New release' }).getByRole('button', { name: 'Create' }).click();

    await page.getByLabel('Title').fill(TITLE);
    const body = page.getByRole('textbox', { name: 'Text' });
    await body.click();
    await page.keyboard.type(PARAGRAPHS[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(PARAGRAPHS[1]!);
    await waitUntilSaved(page);
    expect(await bodyParagraphs(page)).toEqual(PARAGRAPHS);
    expect(first.errors).toEqual([]);
    await page.close();
    await stopHost();

    const files = (await readdir(join(library.dir, 'releases'))).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    const stored = await readFile(join(library.dir, 'releases', files[0]!), 'utf8');
    expect(stored).toContain(TITLE);
    for (const paragraph of PARAGRAPHS) expect(stored).toContain(paragraph);

    const second = await openApp();
    const row = second.page.getByRole('option').filter({ hasText: TITLE });
    await row.waitFor();
    await row.click();
    await second.page.locator('.ProseMirror').waitFor();
    expect(await second.page.getByLabel('Title').inputValue()).toBe(TITLE);
    expect(await bodyParagraphs(second.page)).toEqual(PARAGRAPHS);
    await saveScreenshot(second.page, 'foundation-reopened');
    expect(second.errors).toEqual([]);
    await second.page.close();
    await stopHost();
  });
});

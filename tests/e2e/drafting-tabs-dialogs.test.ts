/**
 * The editor's frame at desktop widths: all seven language tabs can be clicked at 1280, 1440
 * and 1920 px (each tab's centre hit-tests to the tab); Esc gives focus back to what opened a
 * dialog.
 */
import type { Release } from '@shared/domain';
import { LANGS } from '@shared/languages';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/artifacts';
import { collectPageErrors, launchBrowser } from './support/browser';
import { bodyEditor, toolbarButton } from './support/drafting-page';
import { startHost, type RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { makeTempLibrary } from './support/temp-library';

describe('drafting: tabs and dialogs', () => {
  let browser: Browser;
  let library: Awaited<ReturnType<typeof makeTempLibrary>>;
  let host: RunningHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    library = await makeTempLibrary();
    host = await startHost(library.dir);
    const created: Release = await callHost(host, 'releases.create', {
      kind: 'news',
      sourceLang: 'en',
      title: 'Seven languages',
      template: true,
    });
    const en = created.variants.en!;
    const variants = Object.fromEntries(LANGS.map((lang) => [lang, { ...en, lang, title: `Seven languages (${lang})` }]));
    await callHost(host, 'releases.save', { release: { ...created, variants } });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    errors = collectPageErrors(page);
    await page.goto(host.url);
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.getByRole('tab').nth(6).waitFor();
  });

  afterAll(async () => {
    await host?.stop().catch(() => undefined);
    await browser?.close();
    await library?.remove();
  });

  for (const width of [1280, 1440, 1920]) {
    it(`lets every one of the seven tabs be clicked at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const tabs = page.getByRole('tab');
      expect(await tabs.count()).toBe(7);
      // A string, since this file is typed for Node: the code runs in the page.
      const hits: boolean[] = await page.evaluate(`[...document.querySelectorAll('[role="tab"]')].map((tab) => {
        const box = tab.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit !== null && tab.contains(hit);
      })`);
      expect(hits).toEqual([true, true, true, true, true, true, true]);
      await saveScreenshot(page, `drafting-tabs-${width}`);
      await tabs.nth(6).click();
      expect(await tabs.nth(6).getAttribute('aria-selected')).toBe('true');
      await tabs.nth(0).click();
    });
  }

  it('gives focus back to the toolbar button after Esc closes its dialog', async () => {
    await bodyEditor(page).click();
    const button = toolbarButton(page, 'Picture');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Insert a picture' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Insert a picture' }).waitFor({ state: 'hidden' });
    expect(await button.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
  });

  it('gives focus back to the text after Esc closes the link dialog opened with Ctrl+K', async () => {
    await bodyEditor(page).click();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Add a link' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Add a link' }).waitFor({ state: 'hidden' });
    expect(await bodyEditor(page).evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});

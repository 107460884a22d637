/**
 * The editor's frame at desktop widths: all seven language tabs can be clicked at 1280, 1440
 * and 1920 px (each tab's centre hit-tests to the tab); Esc gives focus back to what opened a
 * dialog.
 */
import type { Release } from '@shared/domain';
import { LANGS } from '@shared/languages';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/artifacts';
import { bodyEditor, toolbarButton } from './support/drafting-page';
import { openAppSession, type AppSession } from './support/app-session';
import { callHost } from './support/host-api';

describe('drafting: tabs and dialogs', () => {
  let app: AppSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1440, height: 900 },
      seed: async (seedHost) => {
        const created: Release = await callHost(seedHost, 'releases.create', {
          kind: 'news',
          sourceLang: 'en',
          title: 'Seven languages',
          template: true,
        });
        const en = created.variants.en!;
        const variants = Object.fromEntries(
          LANGS.map((lang) => [lang, { ...en, lang, title: `Seven languages (${lang})` }]),
        );
        await callHost(seedHost, 'releases.save', { release: { ...created, variants } });
      },
    });
    ({ page, errors } = app);
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.getByRole('tab').nth(6).waitFor();
  });

  afterAll(() => app?.close());

  for (const width of [1280, 1440, 1920]) {
    it(`lets every one of the seven tabs be clicked at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const tabs = page.getByRole('tab');
      expect(await tabs.count()).toBe(7);
      // A string, since this file is typed for Node: the code runs in the page.
      const hits: boolean[] =
        await page.evaluate(`[...document.querySelectorAll('[role="tab"]')].map((tab) => {
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
    expect(
      await button.evaluate((element) => element === element.ownerDocument.activeElement),
    ).toBe(true);
  });

  it('gives focus back to the text after Esc closes the link dialog opened with Ctrl+K', async () => {
    await bodyEditor(page).click();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Add a link' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Add a link' }).waitFor({ state: 'hidden' });
    expect(
      await bodyEditor(page).evaluate((element) => element === element.ownerDocument.activeElement),
    ).toBe(true);
    expect(errors).toEqual([]);
  });
});

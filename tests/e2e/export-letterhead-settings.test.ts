/**
 * The letterhead settings: a press officer gives the organisation's name and address per
 * language and a logo under Templates → Letterhead; they are stored in the library's settings
 * (which every export prints from), survive a reload, and the language list says which
 * languages borrow another's head.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/artifacts';
import { openAppSession, type AppSession } from './support/app-session';
import { callHost } from './support/host-api';
import { REPO_ROOT } from './support/paths';

const NAME_HY = 'ՀԱՊԿ քարտուղարության մամուլի կենտրոն';
const ADDRESS_HY = 'Մոսկվա, Սվերչկով նրբ., 12';

/** Waits until the letterhead's save indicator has gone through a save and is back at rest. */
async function waitUntilStored(page: Page): Promise<void> {
  await page.locator('.letterhead-form .save-status[data-state="saved"]').waitFor();
}

describe('export: letterhead settings', () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    // The list's bar (with Templates) shows once the library holds a release.
    app = await openAppSession({
      viewport: { width: 1440, height: 900 },
      seed: (host) =>
        callHost(host, 'releases.create', { kind: 'news', sourceLang: 'ru', title: 'Новость' }),
    });
    page = app.page;
  });

  afterAll(() => app?.close());

  it('stores a name, address and logo per language and marks the languages that borrow one', async () => {
    await page.getByRole('button', { name: 'Templates' }).click();
    await page.getByRole('tab', { name: 'Letterhead' }).click();
    const language = page.getByLabel('Language', { exact: true });
    await language.selectOption('hy');
    await page.getByLabel('Organisation’s name').fill(NAME_HY);
    await page.getByLabel('Address line').fill(ADDRESS_HY);
    await page
      .locator('.letterhead-form input[type="file"]')
      .setInputFiles(join(REPO_ROOT, 'resources/icon.png'));
    await page.getByRole('img', { name: 'The logo as it is printed' }).waitFor();
    await waitUntilStored(page);

    const { letterhead } = await callHost(app.host, 'settings.get', {});
    expect(letterhead.name.hy).toBe(NAME_HY);
    expect(letterhead.address.hy).toBe(ADDRESS_HY);
    expect(letterhead.logo).toMatch(/^assets\//);
    // Armenian has its own head now; Tajik (given nothing) says it borrows another language's.
    const options = await language.locator('option').allTextContents();
    expect(options.find((o) => o.startsWith('Հայերեն'))).toBe('Հայերեն');
    expect(options.find((o) => o.startsWith('Тоҷикӣ'))).toContain('uses another language’s');
    await saveScreenshot(page, 'letterhead-settings-en');
    expect(app.errors).toEqual([]);
  });

  it('shows the stored letterhead after a reload, in the Russian UI too', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('button', { name: 'Шаблоны' }).click();
    await page.getByRole('tab', { name: 'Бланк' }).click();
    await page.getByLabel('Язык', { exact: true }).selectOption('hy');
    expect(await page.getByLabel('Название организации').inputValue()).toBe(NAME_HY);
    await page.getByRole('img', { name: 'Логотип в том виде, в каком он печатается' }).waitFor();
    await saveScreenshot(page, 'letterhead-settings-ru');
    expect(app.errors).toEqual([]);
  });
});

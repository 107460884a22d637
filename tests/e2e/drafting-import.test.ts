/**
 * Import end to end: the plain-text archive fixture becomes one release per item with the
 * right titles, dates and signature; a zip bomb and a file of another kind are refused with a
 * clear message and change nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveExpectations, archivePath } from '../fixtures';
import { buildZipBomb } from '../unit/support/docx-builder';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { gradientPng } from './support/png';

function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

describe('drafting: import', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession();
    ({ host, page, errors } = app);
  });

  afterAll(() => app?.close());

  it('imports the archive as one release per item, with titles, dates and the signature', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import releases' });
    await dialog.waitFor();
    await dialog.getByLabel('Files', { exact: true }).setInputFiles(archivePath);
    await saveScreenshot(page, 'drafting-import-dialog-en');
    await dialog.getByRole('button', { name: 'Import 1 file' }).click();
    // The cut is shown first; every item of this archive names its date.
    await dialog.getByRole('button', { name: 'Create 5 releases', disabled: false }).click();
    await dialog.getByText('5 releases were created.').waitFor();
    expect(await dialog.locator('.import-outcome').textContent()).toContain(
      'archive.txt5 releases',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const rows = page.getByRole('listbox').getByRole('option');
    await rows.nth(archiveExpectations.length - 1).waitFor();
    expect(await rows.count()).toBe(archiveExpectations.length);
    for (const expectation of archiveExpectations) {
      const row = rows.filter({ hasText: expectation.titleLine });
      expect(await row.count(), expectation.titleLine).toBe(1);
      expect(await row.locator('time').getAttribute('datetime')).toBe(expectation.date);
      expect(await row.locator('time').textContent()).toBe(longDate(expectation.date));
    }
    await saveScreenshot(page, 'drafting-import-list-en');

    const signed = archiveExpectations.find((e) => e.signature)!;
    await rows.filter({ hasText: signed.titleLine }).click();
    const issuer = page.getByRole('textbox', { name: 'Issuer and signature' });
    await issuer.waitFor();
    expect((await issuer.inputValue()).split('\n')[0]).toBe(signed.signature);
    await page.getByRole('button', { name: 'All releases' }).click();
  });

  it('refuses a zip bomb and a file of another kind with a clear message, changing nothing', async () => {
    const before = (await callHost(host, 'releases.list', {})).total;
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import releases' });
    const refused = [
      {
        name: 'bomb.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(buildZipBomb(100)),
      },
      { name: 'photo.png', mimeType: 'image/png', buffer: gradientPng(20, 20) },
    ];
    await dialog.getByLabel('Files', { exact: true }).setInputFiles(refused);
    await dialog.getByRole('button', { name: 'Import 2 files' }).click();
    await dialog.getByText('0 releases were created.').waitFor();
    const outcomes = dialog.locator('.import-outcome');
    expect(await outcomes.nth(0).textContent()).toContain('zip bombs');
    expect(await outcomes.nth(1).textContent()).toContain('only .txt, .docx and .html files');
    await saveScreenshot(page, 'drafting-import-refused-en');

    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('button', { name: 'Импорт…' }).click();
    const russian = page.getByRole('dialog', { name: 'Импорт релизов' });
    await russian.getByLabel('Файлы', { exact: true }).setInputFiles(refused);
    await russian.getByRole('button', { name: 'Импортировать 2 файла' }).click();
    await russian.getByText('Создано 0 релизов.').waitFor();
    expect(await russian.locator('.import-outcome').nth(0).textContent()).toContain('zip-бомбы');
    await saveScreenshot(page, 'drafting-import-refused-ru');
    await russian.getByRole('button', { name: 'Закрыть' }).click();
    await page.getByRole('button', { name: 'EN' }).click();
    expect((await callHost(host, 'releases.list', {})).total).toBe(before);
    expect(errors).toEqual([]);
  });
});

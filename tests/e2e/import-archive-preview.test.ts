/**
 * The archive preview in Chromium: the five-item English archive is cut by structure and shown
 * before anything is created; the user retitles, merges, splits, dates the undated items
 * (Create says why it waits until then), creates, and finds the releases in the list with
 * their titles, dates and the two-line signature.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateText } from '@shared/date-text';
import { FIVE_ITEM_CUTS, fiveItemArchivePath } from '../fixtures/archive-five';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

const CUT = FIVE_ITEM_CUTS.en;
const SIGNATURE = 'Joint Press Centre of the CSTO exercise\n(Republic of Belarus, Brest)';

describe('import dialog: archive preview', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession({ viewport: { width: 1440, height: 900 } });
    ({ host, page, errors } = app);
  });

  afterAll(() => app?.close());

  const dialog = () => page.getByRole('dialog', { name: 'Import releases' });
  const items = () => dialog().locator('.archive-item');
  const title = (n: number) => dialog().getByLabel(`Title of item ${n}`, { exact: true });

  it('shows the cut before creating anything: titles, dates, undated marks, the signature', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    await dialog().getByLabel('Files', { exact: true }).setInputFiles(fiveItemArchivePath('en'));
    await dialog().getByRole('button', { name: 'Import 1 file' }).click();
    await dialog().getByText('archive-five-en.txt: 5 items').waitFor();
    expect(await items().count()).toBe(5);
    for (const [index, expected] of CUT.entries()) {
      expect(await title(index + 1).inputValue()).toBe(expected.title);
      const date = dialog().getByLabel(`Date of item ${index + 1}`, { exact: true });
      expect(await date.inputValue()).toBe(expected.date ? formatDateText(expected.date, 'en') : '');
      expect(await items().nth(index).getByTestId('undated-mark').count()).toBe(expected.date ? 0 : 1);
      expect(await items().nth(index).getByTestId('first-lines').textContent()).toContain(expected.firstParagraph);
    }
    expect(await items().nth(4).getByTestId('issuer').innerText()).toBe(SIGNATURE);
    expect((await callHost(host, 'releases.list', {})).total).toBe(0);
    const create = dialog().getByRole('button', { name: /^Create \d+ releases?$/ });
    expect(await create.isDisabled()).toBe(true);
    await dialog().getByText('Create is not available yet: 2 items have no date.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-archive-preview-en');
  });

  it('retitles, merges and splits with the keyboard; Create waits for the dates', async () => {
    // Retitle the news item.
    await title(1).fill('Young diplomats at the CSTO Secretariat');
    // Split the full release (item 5) before its third paragraph, then merge it back.
    await dialog().getByLabel('Split item 5 before paragraph').selectOption({ index: 1 });
    await dialog().getByRole('button', { name: 'Split (item 5, at the chosen paragraph)' }).focus();
    await page.keyboard.press('Enter');
    await items().nth(5).waitFor();
    expect(await title(6).inputValue()).toBe('Accreditation of media representatives remains open until 28 August of next year');
    expect(await items().nth(5).getByTestId('issuer').innerText()).toBe(SIGNATURE);
    expect(await items().nth(4).getByTestId('issuer').innerText()).toBe('No signature');
    await dialog().getByRole('button', { name: 'Merge with next (item 5)' }).focus();
    await page.keyboard.press('Enter');
    await items().nth(5).waitFor({ state: 'detached' });
    expect(await items().nth(4).getByTestId('issuer').innerText()).toBe(SIGNATURE);
    // Merge the interview teaser (item 4) into the debate note (item 3).
    await dialog().getByRole('button', { name: 'Merge with next (item 3)' }).click();
    expect(await items().count()).toBe(4);
    expect(await items().nth(2).getByTestId('undated-mark').count()).toBe(1);
    await dialog().getByText('Create is not available yet: 1 item has no date.').waitFor();
    const date = dialog().getByLabel('Date of item 3', { exact: true });
    await date.click();
    await page.keyboard.type(formatDateText('2024-07-20', 'en'));
    await page.keyboard.press('Tab');
    const create = dialog().getByRole('button', { name: 'Create 4 releases', disabled: false });
    await create.waitFor();
    expect(await dialog().locator('#archive-preview-problem').textContent()).toBe('');
    expect(await items().nth(2).getByTestId('undated-mark').textContent()).toBe('No date in the text: the date is your choice');
    await saveScreenshot(page, 'import-archive-preview-edited-en');
    await create.click();
    await dialog().getByText('4 releases were created.').waitFor();
    await saveScreenshot(page, 'import-archive-preview-created-en');
    await dialog().getByRole('button', { name: 'Close' }).click();
  });

  it('lists the created releases with their titles, dates and the two-line signature', async () => {
    const expected = [
      { title: 'Young diplomats at the CSTO Secretariat', date: '2024-07-25' },
      { title: CUT[1]!.title, date: '2024-07-19' },
      { title: CUT[2]!.title, date: '2024-07-20' },
      { title: CUT[4]!.title, date: '2023-09-01' },
    ];
    const rows = page.getByRole('listbox').getByRole('option');
    await rows.nth(expected.length - 1).waitFor();
    expect(await rows.count()).toBe(expected.length);
    for (const { title: text, date } of expected) {
      const row = rows.filter({ hasText: text });
      expect(await row.count(), text).toBe(1);
      expect(await row.locator('time').getAttribute('datetime')).toBe(date);
    }
    await saveScreenshot(page, 'import-archive-preview-list-en');
    const { rows: stored } = await callHost(host, 'releases.list', {});
    const merged = stored.find((row) => row.titles.en === CUT[2]!.title)!;
    const note = await callHost(host, 'releases.get', { id: merged.id });
    expect(JSON.stringify(note)).toContain('The Secretary General will answer questions');
    await rows.filter({ hasText: CUT[4]!.title }).click();
    const issuer = page.getByRole('textbox', { name: 'Issuer and signature' });
    await issuer.waitFor();
    expect(await issuer.inputValue()).toBe(SIGNATURE);
    await saveScreenshot(page, 'import-archive-preview-issuer-en');
    expect(errors).toEqual([]);
  });
});

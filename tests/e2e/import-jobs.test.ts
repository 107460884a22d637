/**
 * The import dialog on import jobs, in Chromium: several files import with a progress bar
 * naming the file being converted, main keeps answering while a heavy document converts, a
 * damaged file is reported in words, and Cancel import keeps exactly the files done before it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateText } from '@shared/date-text';
import type { ImportJobStatus } from '@shared/import-api';
import { buildDocx, docx } from '../unit/support/docx-builder';
import { saveScreenshot } from './support/artifacts';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

/** Thousands of long paragraphs: seconds of conversion in the worker. */
function heavyDocx(): Buffer {
  const sentence = 'The joint exercise continued with staff training and a press briefing at the centre. ';
  const body = [docx.heading('Annual report of the press centre')];
  for (let i = 0; i < 3_000; i += 1) body.push(docx.paragraph(docx.text(`${i}. ${sentence.repeat(3)}`)));
  return Buffer.from(buildDocx({ body }));
}

const HEAVY = { name: 'annual-report.docx', mimeType: 'application/octet-stream', buffer: heavyDocx() };
const NOTES = {
  name: 'briefing.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('Briefing on Monday\n\nThe press centre opens at nine on 2 September 2024.\n'),
};
const PAGE = {
  name: 'seminar.html',
  mimeType: 'text/html',
  buffer: Buffer.from('<h1>Seminar on mine clearance</h1><p>The seminar opened on 3 September 2024.</p>'),
};
const DAMAGED = {
  name: 'statement.docx',
  mimeType: 'application/octet-stream',
  buffer: Buffer.from('this is not a Word document'),
};

async function titles(host: RunningHost): Promise<string[]> {
  const page = await callHost(host, 'releases.list', {});
  return page.rows.map((row) => row.titles[row.sourceLang] ?? '').sort();
}

describe('import dialog: jobs with progress and cancel', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;

  beforeAll(async () => {
    app = await openAppSession();
    ({ host, page } = app);
  });

  afterAll(() => app?.close());

  it('imports several files with progress; main answers while a heavy file converts', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import releases' });
    await dialog.getByLabel('Files', { exact: true }).setInputFiles([NOTES, HEAVY, DAMAGED, PAGE]);
    await dialog.getByRole('button', { name: 'Import 4 files' }).click();
    // The text archive's cut is previewed first; the other files import after Create.
    await dialog.getByText('Also imported: 3 other files.').waitFor();
    await dialog.getByRole('button', { name: 'Create 1 release', disabled: false }).click();

    await dialog.getByText('Converting annual-report.docx…').waitFor();
    await dialog.getByText('1 of 4 files done').waitFor();
    expect(await dialog.locator('progress').getAttribute('value')).toBe('1');
    expect(await dialog.locator('progress').getAttribute('max')).toBe('4');
    await saveScreenshot(page, 'import-jobs-progress-en');

    // Main answers another call while the worker converts; the page's next status poll, sent
    // after that answer, still finds the heavy file in conversion. The archive was created
    // before the job, so the heavy file is the job's first.
    expect(await titles(host)).toEqual(['Briefing on Monday']);
    const next = await page.waitForResponse((response) => response.url().endsWith('/api/import.status'));
    const status = ((await next.json()) as { value: ImportJobStatus }).value;
    expect(status).toMatchObject({ state: 'running', progress: { current: 'annual-report.docx', filesDone: 0 } });

    await dialog.getByText('3 releases were created.').waitFor();
    const outcomes = dialog.locator('.import-outcome');
    expect(await outcomes.allTextContents()).toEqual([
      'briefing.txt1 release',
      'annual-report.docx1 release',
      'statement.docxNot imported: the file is damaged or not what its name says.',
      'seminar.html1 release',
    ]);
    await saveScreenshot(page, 'import-jobs-result-en');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await titles(host)).toEqual([
      'Annual report of the press centre',
      'Briefing on Monday',
      'Seminar on mine clearance',
    ]);
  });

  it('Cancel import keeps the files done before it and imports nothing of the rest (in Russian)', async () => {
    const before = await titles(host);
    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('button', { name: 'Импорт…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Импорт релизов' });
    const first = { ...NOTES, name: 'first.txt', buffer: Buffer.from('Press tour to Brest\n\nThe tour starts at ten.\n') };
    await dialog.getByLabel('Файлы', { exact: true }).setInputFiles([first, HEAVY, PAGE]);
    await dialog.getByRole('button', { name: 'Импортировать 3 файла' }).click();
    // Its one item names no date: Create waits until one is chosen.
    await dialog.getByText('В тексте нет даты: выберите её').waitFor();
    await dialog.getByLabel('Дата записи 1', { exact: true }).fill(formatDateText('2024-09-02', 'ru'));
    await dialog.getByRole('button', { name: 'Создать 1 релиз', disabled: false }).click();

    await dialog.getByText('Преобразуется annual-report.docx…').waitFor();
    await dialog.getByText('Обработано файлов: 1 из 3').waitFor();
    await saveScreenshot(page, 'import-jobs-cancel-progress-ru');
    await dialog.getByRole('button', { name: 'Отменить импорт' }).click();

    await dialog.getByText('Импорт отменён: 2 файла не импортированы совсем.', { exact: false }).waitFor();
    expect(await dialog.getByText('Файлы ниже обработаны до отмены; их релизы остаются в библиотеке.').count()).toBe(1);
    expect(await dialog.locator('.import-outcome').allTextContents()).toEqual(['first.txt1 релиз']);
    await saveScreenshot(page, 'import-jobs-cancelled-ru');
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    await page.getByRole('button', { name: 'EN' }).click();
    expect(await titles(host)).toEqual([...before, 'Press tour to Brest'].sort());
    expect(app.errors).toEqual([]);
  });
});

/**
 * Export from the app, in Chromium through the loopback host (which prints with Chromium):
 * the gate per language before exporting (ru in, kk left out as outdated), progress, the
 * package on disk with kk absent, an override the manifest records, a batch cancelled
 * mid-way that leaves only complete packages, and the dialog in Russian. Screenshots go to
 * test-artifacts/e2e/export-*.png, page 1 of a PDF to test-artifacts/export/.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import type { Manifest } from '../../src/main/export/manifest';
import { releasePackageNames } from '../../src/main/export/package-names';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import { createBatchReleases, createDemoLikeRelease } from './support/export-releases';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { firstPagePng, pdfText } from './support/pdf-tools';
import { inkRatio } from './support/png-ink';
import { SLOW_MACHINE_MS, slowMachineMs } from '../support/timeouts';

const BATCH_EXTRA = 12;

function readZip(bytes: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(bytes));
}

function manifestIn(entries: Record<string, Uint8Array>): Manifest {
  return JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
}

/** Every file the manifest lists is in the zip with its size and hash: the package is whole. */
function expectComplete(entries: Record<string, Uint8Array>): void {
  const manifest = manifestIn(entries);
  for (const file of manifest.files) {
    const bytes = entries[file.path];
    expect(bytes, file.path).toBeDefined();
    expect(createHash('sha256').update(bytes!).digest('hex'), file.path).toBe(file.sha256);
  }
}

describe('export from the app', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];
  let release: Release;
  let outDir: string;
  const temps: string[] = [];

  async function tempFolder(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'press-office-export-'));
    temps.push(dir);
    return dir;
  }

  const dialog = (name: string) => page.getByRole('dialog', { name });
  const languageRow = (scope: Locator, lang: string) =>
    scope.locator(`.export-lang[data-lang="${lang}"]`);

  async function openEditor(): Promise<void> {
    await page.locator(`#release-${release.id}`).click();
    await page.getByRole('tab').first().waitFor();
  }

  async function backToList(label: string): Promise<void> {
    await page.getByRole('button', { name: label }).click();
    await page.getByRole('listbox').waitFor();
  }

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1280, height: 900 },
      seed: async (started) => {
        release = await createDemoLikeRelease(started);
        await createBatchReleases(started, BATCH_EXTRA);
      },
    });
    ({ host, page, errors } = app);
    outDir = await tempFolder();
    await page.getByRole('listbox').waitFor();
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('shows ru going in and kk left out as outdated, then exports with the default gate', async () => {
    await openEditor();
    await page.getByRole('button', { name: 'Export…' }).click();
    const exporting = dialog('Export release');
    await languageRow(exporting, 'kk').waitFor();

    expect(await languageRow(exporting, 'en').getAttribute('data-verdict')).toBe('in');
    expect(await languageRow(exporting, 'ru').getAttribute('data-verdict')).toBe('in');
    const kk = languageRow(exporting, 'kk');
    expect(await kk.getAttribute('data-verdict')).toBe('out');
    expect(await kk.textContent()).toContain('Outdated: the source has changed since');
    await exporting.getByText('2 of 3 language versions go into the package.').waitFor();
    await exporting
      .getByText(/^Embargoed until 15 January 2099, 10:00 \(Europe\/Moscow, UTC\+03:00\)/)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'export-gate-en');

    await exporting.getByLabel('Save to folder').fill(outDir);
    const sawProgress = exporting
      .getByRole('progressbar', { name: 'Export progress' })
      .waitFor({ timeout: SLOW_MACHINE_MS })
      .then(() => true);
    await exporting.getByRole('button', { name: 'Export', exact: true }).click();
    expect(await sawProgress).toBe(true);
    await exporting.getByText('Export finished').waitFor({ timeout: SLOW_MACHINE_MS });
    await exporting.getByText(`1 package written to ${outDir}`).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'export-done-en');

    const names = releasePackageNames(release);
    const zipPath = join(outDir, `${names.base}.zip`);
    expect(await readdir(outDir)).toEqual([`${names.base}.zip`]);
    const entries = readZip(await readFile(zipPath));
    expectComplete(entries);
    expect(Object.keys(entries).filter((path) => /(-kk\.|newsml\/kk)/.test(path))).toEqual([]);
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining([names.page('en'), names.page('ru'), names.pdf('en'), names.pdf('ru')]),
    );
    const manifest = manifestIn(entries);
    expect(manifest.override).toBeNull();
    expect(manifest.languages.map((l) => [l.lang, l.included])).toEqual([
      ['ru', true],
      ['en', true],
      ['kk', false],
    ]);
    expect(manifest.languages.find((l) => l.lang === 'kk')!.problems).toEqual([
      { code: 'outdated', recordedAt: expect.any(String) },
    ]);

    // Page 1 of the Russian PDF, to look at: embargo line, title, text.
    const pdfPath = join(await tempFolder(), 'ru.pdf');
    await writeFile(pdfPath, entries[names.pdf('ru')]!);
    expect(await pdfText(pdfPath, 1)).toContain('ЭМБАРГО ДО 15 января 2099 г., 10:00');
    const png = await firstPagePng(pdfPath, 'export-ui-ru');
    expect(inkRatio(png)).toBeGreaterThan(0.01);

    await exporting.getByRole('button', { name: 'Show in folder' }).click();
    await exporting
      .getByText(`This window cannot open folders. The result is in ${zipPath}`)
      .waitFor();
    await exporting.getByRole('button', { name: 'Close' }).click();
    await exporting.waitFor({ state: 'hidden' });
  });

  it('includes kk when asked to, and the manifest records the override', async () => {
    // Ctrl+E in the editor opens the dialog for the open release.
    await page.keyboard.press('Control+e');
    const exporting = dialog('Export release');
    const kk = languageRow(exporting, 'kk');
    await kk.waitFor();
    expect(await exporting.getByLabel('Save to folder').inputValue()).toBe(outDir);

    await kk.getByRole('checkbox', { name: 'Include anyway — recorded in the manifest' }).check();
    expect(await kk.getAttribute('data-verdict')).toBe('overridden');
    await exporting.getByText('3 of 3 language versions go into the package.').waitFor();
    await exporting.getByRole('button', { name: 'Export', exact: true }).click();
    await exporting.getByText('Export finished').waitFor({ timeout: SLOW_MACHINE_MS });
    await exporting.getByText('Included anyway: Қазақша', { exact: false }).waitFor();

    const names = releasePackageNames(release);
    const entries = readZip(await readFile(join(outDir, `${names.base}.zip`)));
    expectComplete(entries);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining([names.page('kk'), names.pdf('kk')]));
    const manifest = manifestIn(entries);
    expect(manifest.override).toEqual({ langs: ['kk'], by: null });
    expect(manifest.languages.find((l) => l.lang === 'kk')).toMatchObject({
      included: true,
      overridden: true,
      problems: [{ code: 'outdated', recordedAt: expect.any(String) }],
    });
    await exporting.getByRole('button', { name: 'Close' }).click();
    await backToList('All releases');
  });

  it('cancels a batch mid-way: the job says so, and only complete packages are left', async () => {
    const batchDir = await tempFolder();
    await page.getByRole('button', { name: 'Export…' }).click();
    const exporting = dialog('Export approved releases');
    const start = exporting.getByRole('button', { name: `Export ${BATCH_EXTRA + 1} releases` });
    await start.waitFor({ timeout: SLOW_MACHINE_MS });
    await exporting
      .getByText('Русский — Numbers and dates · Lead: missing here: 34; not in the source: 43')
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'export-batch-gate-en');

    await exporting.getByLabel('Save to folder').fill(batchDir);
    await start.click();
    await exporting
      // Release 1 is done and the batch still runs, so Cancel both stops work and leaves some.
      .getByText(new RegExp(`^Release ([2-9]|1[01]) of ${BATCH_EXTRA + 1}: `))
      .waitFor({ timeout: SLOW_MACHINE_MS });
    await saveScreenshot(page, 'export-progress-en');
    await exporting.getByRole('button', { name: 'Cancel export' }).click();
    await exporting.getByText('Export cancelled').waitFor({ timeout: SLOW_MACHINE_MS });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'export-cancelled-en');

    const reported = await exporting
      .locator('.export-outcome[data-outcome="exported"] .export-outcome__path')
      .allTextContents();
    const onDisk = (await readdir(batchDir)).sort();
    // Nothing half-written: no staging folder, no package the job does not report.
    expect(onDisk.filter((name) => name.startsWith('.'))).toEqual([]);
    expect(onDisk.map((name) => join(batchDir, name))).toEqual([...reported].sort());
    expect(onDisk.length).toBeGreaterThan(0);
    expect(onDisk.length).toBeLessThan(BATCH_EXTRA + 1);
    for (const name of onDisk) expectComplete(readZip(await readFile(join(batchDir, name))));
    await exporting.getByRole('button', { name: 'Close' }).click();
  });

  it('speaks Russian', async () => {
    await callHost(host, 'settings.update', { uiLanguage: 'ru' });
    await page.reload();
    await page.getByRole('listbox').waitFor();
    await openEditor();
    await page.getByRole('button', { name: 'Экспорт…' }).click();
    const exporting = dialog('Экспорт релиза');
    const kk = languageRow(exporting, 'kk');
    await kk.waitFor();
    expect(await kk.textContent()).toContain('Устарела: оригинал изменился после');
    await exporting.getByText('2 из 3 языковых версий войдут в пакет.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'export-gate-ru');
    await exporting.getByRole('button', { name: 'Экспортировать', exact: true }).click();
    await exporting.getByText('Экспорт завершён').waitFor({ timeout: SLOW_MACHINE_MS });
    await saveScreenshot(page, 'export-done-ru');
    await exporting.getByRole('button', { name: 'Закрыть' }).click();
    await backToList('Все релизы');

    await page.getByRole('button', { name: 'Экспорт…' }).click();
    const batch = dialog('Экспорт утверждённых релизов');
    await batch
      .getByRole('button', { name: `Экспортировать ${BATCH_EXTRA + 1} релизов` })
      .click({ timeout: SLOW_MACHINE_MS });
    // Cancelling mid-way is the English test's job; here only the words matter, and a fast
    // machine may finish the batch before a progress line is seen.
    await batch
      .getByText(new RegExp(`^Релиз \\d+ из ${BATCH_EXTRA + 1}: |^Экспорт завершён`))
      .first()
      .waitFor({ timeout: SLOW_MACHINE_MS });
    await saveScreenshot(page, 'export-progress-ru');
    const cancel = batch.getByRole('button', { name: 'Отменить экспорт' });
    if (await cancel.isVisible()) await cancel.click().catch(() => undefined);
    await batch
      .getByText(/^Экспорт (отменён|завершён)/)
      .first()
      .waitFor({ timeout: slowMachineMs(2) });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'export-cancelled-ru');
    await batch.getByRole('button', { name: 'Закрыть' }).click();
    expect(errors).toEqual([]);
  });
});

/**
 * Every screen in both interface languages: it renders without console errors or CSP
 * violations, has no serious accessibility violations, answers the keyboard, and leaves a
 * screenshot in test-artifacts/e2e/ for a person to look at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release } from '@shared/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyParagraphs } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { collectPageErrors, launchBrowser } from './support/browser';
import { startHost, type RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { createSampleReleases, SAMPLE_RELEASES } from './support/sample-releases';
import { makeTempLibrary } from './support/temp-library';

const FIRST = SAMPLE_RELEASES[0]!;
const FIRST_RU_TITLE = FIRST.versions[0].title;
const FIRST_EN_TITLE = FIRST.versions[1]!.title;

describe('screens', () => {
  let browser: Browser;
  let library: Awaited<ReturnType<typeof makeTempLibrary>>;
  let host: RunningHost | null = null;
  let page: Page;
  let errors: string[];
  let samples: Release[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    library = await makeTempLibrary();
    // An unreadable release file: the library sets it aside and the app must say so.
    await mkdir(join(library.dir, 'releases'), { recursive: true });
    await writeFile(join(library.dir, 'releases', 'broken-one.json'), '{"schemaVersion":1,');
    host = await startHost(library.dir);
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    errors = collectPageErrors(page);
    await page.goto(host.url);
  });

  afterAll(async () => {
    await host?.stop().catch(() => undefined);
    await browser?.close();
    await library?.remove();
  });

  async function checkScreen(name: string): Promise<void> {
    await saveScreenshot(page, name);
    expect(await seriousAxeViolations(page), name).toEqual([]);
    expect(errors, name).toEqual([]);
  }

  it('shows the empty state and the quarantine banner, in English and Russian', async () => {
    await page.getByRole('button', { name: 'Create the first release' }).waitFor();
    const banner = page.getByRole('alert').filter({ hasText: 'releases/broken-one.json' });
    await banner.waitFor();
    await checkScreen('empty-en');

    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('button', { name: 'Создать первый релиз' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await checkScreen('empty-ru');

    await banner.getByRole('button', { name: 'Скрыть' }).click();
    await banner.waitFor({ state: 'detached' });
  });

  it('lists releases with titles in the interface language, and moves by keyboard', async () => {
    samples = await createSampleReleases(host!);
    // The token survives a reload (kept in sessionStorage), and so does the language choice.
    await page.reload();
    const rows = page.getByRole('listbox').getByRole('option');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(SAMPLE_RELEASES.length);
    expect(await rows.first().textContent()).toContain(FIRST_RU_TITLE);
    expect(await page.getByRole('alert').count()).toBe(0);
    await checkScreen('list-ru');

    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Releases' }).waitFor();
    expect(await rows.first().textContent()).toContain(FIRST_EN_TITLE);
    await checkScreen('list-en');

    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Title');
    await title.waitFor();
    expect(await title.inputValue()).toBe(SAMPLE_RELEASES[1]!.versions[0].title);
    await page.getByRole('button', { name: 'All releases' }).click();
    // Back in the list, the release just left has the focus.
    await page.locator('[role="option"]:focus').waitFor();
    expect(await page.locator('[role="option"]:focus').textContent()).toContain(
      SAMPLE_RELEASES[1]!.versions[0].title,
    );
  });

  it('edits each language version in its own tab, in both interface languages', async () => {
    await page.getByRole('listbox').getByRole('option').first().click();
    const title = page.getByLabel('Title');
    await title.waitFor();
    expect(await title.inputValue()).toBe(FIRST_RU_TITLE);
    expect(await bodyParagraphs(page)).toEqual(FIRST.versions[0].paragraphs);
    await checkScreen('editor-en');

    await page.getByRole('tab', { name: /Հայերեն/ }).click();
    expect(await title.inputValue()).toBe(FIRST.versions[2]!.title);
    await page.getByRole('tab', { name: /Русский/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('English');

    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('tab', { name: /Русский/ }).click();
    await page.getByLabel('Заголовок').waitFor();
    // Looking is not editing: no version was changed, so nothing waits to be saved.
    expect(await page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    await checkScreen('editor-ru');
    const stored = await callHost(host!, 'releases.get', { id: samples[0]!.id });
    expect(stored.rev).toBe(samples[0]!.rev);
    await page.getByRole('button', { name: 'EN' }).click();
  });

  it('lists the keyboard shortcuts on F1', async () => {
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await checkScreen('shortcuts-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('keeps the text and offers Retry when saving fails', async () => {
    await host!.stop();
    host = null;
    const body = page.getByRole('textbox', { name: 'Text' });
    await body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Дополнение.');
    await page.locator('[data-testid="save-status"][data-state="error"]').waitFor();
    await page.getByRole('button', { name: 'Retry' }).waitFor();
    expect((await bodyParagraphs(page)).join('\n')).toContain('Дополнение.');
    await saveScreenshot(page, 'save-error-en');
  });
});

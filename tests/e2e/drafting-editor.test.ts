/**
 * Drafting end to end: a press release created from its template, formatted (heading, list,
 * quotation, link, picture with caption), given a dateline and an embargo, checkpointed, and
 * found whole after a reload. Both screens pass axe, and every dialog leaves a screenshot.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release } from '@shared/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import { bodyEditor, createFromDialog, toolbarButton } from './support/drafting-page';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { gradientPng } from './support/png';

const TITLE = 'Exercise opens at the Brest Fortress';

describe('drafting: the release editor', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];
  let releaseId = '';

  beforeAll(async () => {
    app = await openAppSession({ viewport: { width: 1360, height: 900 } });
    ({ host, page, errors } = app);
  });

  afterAll(() => app?.close());

  function releaseRow(title: string) {
    return page.getByRole('listbox').getByRole('option').filter({ hasText: title });
  }

  async function expectAccessible(name: string): Promise<void> {
    await saveScreenshot(page, name);
    expect(await seriousAxeViolations(page), name).toEqual([]);
  }

  it('creates a press release from its template', async () => {
    await page.getByRole('button', { name: 'Create the first release' }).click();
    await page.getByRole('dialog', { name: 'New release' }).waitFor();
    await saveScreenshot(page, 'drafting-new-release-en');
    await createFromDialog(page, { kind: 'Press release', language: 'English', date: '2023-09-01' });

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    // The template's issuer and boilerplate are there from the start.
    expect(await page.getByRole('textbox', { name: 'Issuer and signature' }).inputValue()).toBe('Press Centre');
    expect(await page.getByLabel('Boilerplate in this language').inputValue()).toMatch(/^The Press Centre informs/);
    await waitUntilSaved(page);
    releaseId = (await callHost(host, 'releases.list', {})).rows[0]!.id;
  });

  it('formats the text: heading, list, quotation, link and picture with caption', async () => {
    const body = bodyEditor(page);
    await body.click();
    await page.keyboard.type('The joint exercise opened on Friday.');
    await page.keyboard.press('Enter');
    await toolbarButton(page, 'Heading').click();
    await page.keyboard.type('Programme');
    await page.keyboard.press('Enter');
    await toolbarButton(page, 'Bulleted list').click();
    await page.keyboard.type('Opening ceremony');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Field exercise');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await toolbarButton(page, 'Quotation').click();
    await page.keyboard.type('"We are ready," said the commander.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Read more');
    for (let i = 0; i < 'Read more'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+k');
    const linkDialog = page.getByRole('dialog', { name: 'Add a link' });
    await linkDialog.waitFor();
    // An address that could run script is refused, with the reason.
    await linkDialog.getByLabel('Address').fill('javascript:alert(1)');
    await linkDialog.getByRole('button', { name: 'Apply' }).click();
    await linkDialog.getByRole('alert').waitFor();
    await saveScreenshot(page, 'drafting-link-dialog-en');
    await linkDialog.getByLabel('Address').fill('example.org/news');
    await linkDialog.getByRole('button', { name: 'Apply' }).click();
    await linkDialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('End');
    // As a person types: the browser reports a moved caret to the editor a moment later.
    await page.waitForTimeout(50);
    await page.keyboard.press('Enter');

    await toolbarButton(page, 'Picture').click();
    const pictureDialog = page.getByRole('dialog', { name: 'Insert a picture' });
    await pictureDialog.waitFor();
    await pictureDialog
      .getByLabel('Picture file')
      .setInputFiles({ name: 'ceremony.png', mimeType: 'image/png', buffer: gradientPng(480, 270) });
    await pictureDialog.locator('.picture-form__preview img').waitFor();
    await pictureDialog.getByLabel('Description (alt text)').fill('Flags raised before the formation');
    await pictureDialog.getByLabel('Caption').fill('The opening ceremony at the Brest Fortress');
    await saveScreenshot(page, 'drafting-picture-dialog-en');
    await pictureDialog.getByRole('button', { name: 'Insert' }).click();
    await pictureDialog.waitFor({ state: 'hidden' });
    await page.locator('.body-figure img[src^="blob:"]').waitFor();
    await waitUntilSaved(page);
  });

  it('sets the dateline and the embargo', async () => {
    await page.getByLabel('Place', { exact: true }).fill('Brest');
    expect(await page.getByTestId('dateline-preview').textContent()).toBe('Brest, 1 September 2023');
    await page.getByLabel('Not for publication before a set time').check();
    await page.locator('#embargo-date').fill('2023-09-01');
    await page.locator('#embargo-time').fill('09:30');
    await page.getByLabel('Time zone').selectOption('Europe/Minsk');
    expect(await page.getByTestId('embargo-preview').textContent()).toBe(
      'Embargoed until 1 September 2023, 09:30 (Europe/Minsk, UTC+03:00)',
    );
    await waitUntilSaved(page);
    await expectAccessible('drafting-editor-en');
  });

  it('keeps a checkpoint on Ctrl+S', async () => {
    await bodyEditor(page).click();
    await page.keyboard.press('Control+s');
    await page.getByTestId('checkpoint-status').filter({ hasText: 'Checkpoint kept at' }).waitFor();
    const revisions = await readFile(join(app.library.dir, 'revisions', `${releaseId}.jsonl`), 'utf8');
    expect(revisions).toContain('"reason":"checkpoint"');
    expect(revisions).toContain('Read more');
  });

  it('shows all of it again after a reload, which reopens the release by itself', async () => {
    await page.reload();
    await page.getByLabel('Title', { exact: true }).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
    const editor = page.locator('.ProseMirror');
    expect(await editor.locator('> p').first().textContent()).toBe('The joint exercise opened on Friday.');
    expect(await editor.locator('h2').textContent()).toBe('Programme');
    expect(await editor.locator('ul > li').allTextContents()).toEqual(['Opening ceremony', 'Field exercise']);
    expect(await editor.locator('blockquote').textContent()).toBe('"We are ready," said the commander.');
    expect(await editor.locator('a').getAttribute('href')).toBe('https://example.org/news');
    expect(await editor.locator('a').textContent()).toBe('Read more');
    await editor.locator('.body-figure img[src^="blob:"]').waitFor();
    expect(await editor.locator('.body-figure img').getAttribute('alt')).toBe('Flags raised before the formation');
    expect(await editor.locator('figcaption').textContent()).toBe('The opening ceremony at the Brest Fortress');
    expect(await page.getByLabel('Place', { exact: true }).inputValue()).toBe('Brest');
    expect(await page.getByTestId('dateline-preview').textContent()).toBe('Brest, 1 September 2023');
    expect(await page.getByTestId('embargo-preview').textContent()).toContain('1 September 2023, 09:30');

    const stored: Release = await callHost(host, 'releases.get', { id: releaseId });
    expect(stored.embargo).toEqual({ until: '2023-09-01T09:30', timeZone: 'Europe/Minsk' });
    expect(stored.variants.en!.datelinePlace).toBe('Brest');
    const json = JSON.stringify(stored.variants.en!.body);
    for (const node of ['"heading"', '"bulletList"', '"blockquote"', '"link"', '"image"']) expect(json).toContain(node);
    expect(json).toMatch(/"src":"assets\/[0-9a-f]{64}\.png"/);
    expect(json).not.toContain('javascript');
  });

  it('renders the dateline in each language’s own form', async () => {
    // A Russian version, as a translator would add it.
    const stored: Release = await callHost(host, 'releases.get', { id: releaseId });
    const ru = { ...stored.variants.en!, lang: 'ru' as const, title: 'Учения открылись в Брестской крепости', datelinePlace: '' };
    await callHost(host, 'releases.save', { release: { ...stored, variants: { ...stored.variants, ru } } });
    await page.reload();
    await page.getByRole('tab', { name: /Русский/ }).waitFor();
    // Ctrl+2: the second language version.
    await bodyEditor(page).click();
    await page.keyboard.press('Control+2');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Русский');
    await page.getByLabel('Place', { exact: true }).fill('Брест');
    expect(await page.getByTestId('dateline-preview').textContent()).toBe('Брест, 1 сентября 2023 г.');

    // Typography on request, in the version's own language, undone in one step.
    const firstParagraph = page.locator('.ProseMirror > p').first();
    await firstParagraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Он сказал: "Мы готовы" - и добавил...');
    await page.keyboard.press('Control+Alt+q');
    expect(await firstParagraph.textContent()).toContain('Он сказал: «Мы готовы»\u00a0— и добавил…');
    await page.keyboard.press('Control+z');
    expect(await firstParagraph.textContent()).toContain('"Мы готовы" - и добавил...');
    await page.keyboard.press('Control+Alt+q');
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByLabel('Место', { exact: true }).waitFor();
    await expectAccessible('drafting-editor-ru');
    await page.getByRole('button', { name: 'EN' }).click();
  });

  it('passes axe on the list, and has caused no console errors', async () => {
    await page.getByRole('button', { name: 'All releases' }).click();
    await releaseRow(TITLE).waitFor();
    await expectAccessible('drafting-list-en');
    expect(errors).toEqual([]);
  });
});

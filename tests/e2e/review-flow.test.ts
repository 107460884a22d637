/**
 * Translation review end to end, in Chromium through the loopback host: a Russian version is
 * added to an English release and approved; an edit of the English source marks exactly the
 * edited paragraph outdated in the Russian version; a reviewer comments, the translator
 * updates the translation and resolves the comment, and it is approved again; the history
 * compares two revisions and restores one. The revisions survive a restart of the host and a
 * rebuild of the library's index.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { collectPageErrors, launchBrowser } from './support/browser';
import { bodyEditor } from './support/drafting-page';
import { startHost, type RunningHost } from './support/host';
import { callHost } from './support/host-api';
import {
  createEnglishRelease,
  reviewBar,
  reviewRows,
  versionTab,
  waitForCurrentReview,
} from './support/review-page';
import { makeTempLibrary } from './support/temp-library';

const TITLE = 'Press centre opens its doors';
const PARAGRAPHS = [
  'The open day began at ten in the morning.',
  'Visitors saw the studio and the briefing room.',
  // With a typo, fixed later as a minor edit.
  'The next open day is planed for the spring.',
];
const RU = {
  title: 'Пресс-центр открыл двери',
  lead: 'Пресс-центр принял журналистов из семи стран.',
  paragraphs: [
    'День открытых дверей начался в десять утра.',
    'Гости увидели студию и зал для брифингов.',
    'Следующий день открытых дверей запланирован на весну.',
  ],
};
const SOURCE_ADDITION = ' Forty journalists took part.';
const RU_ADDITION = ' В нём участвовали сорок журналистов.';
const COMMENT = 'Please translate the new sentence about the journalists.';

describe('review: a translation from adding to approval, outdated detection and history', () => {
  let browser: Browser;
  let library: Awaited<ReturnType<typeof makeTempLibrary>>;
  let host: RunningHost | null = null;
  let page: Page;
  let errors: string[];
  let releaseId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    library = await makeTempLibrary();
    host = await startHost(library.dir);
    releaseId = (await createEnglishRelease(host, TITLE, PARAGRAPHS)).id;
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    errors = collectPageErrors(page);
    await page.goto(host.url);
  });

  afterAll(async () => {
    await host?.stop().catch(() => undefined);
    await browser?.close();
    await library?.remove();
  });

  async function typeAtEndOfParagraph(index: number, text: string): Promise<void> {
    await page.locator('.ProseMirror > p').nth(index).click();
    await page.keyboard.press('End');
    await page.keyboard.type(text);
  }

  async function status(): Promise<string | null> {
    return page.getByTestId('version-status').first().textContent();
  }

  it('adds a Russian version to the English release and writes the translation', async () => {
    await page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE }).click();
    await reviewBar(page).getByRole('button', { name: 'Add language' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a language version' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Русский' }).check();
    await dialog.getByRole('radio', { name: 'An empty version' }).check();
    await saveScreenshot(page, 'review-flow-add-language-en');
    await dialog.getByRole('button', { name: 'Add version' }).click();
    // The new version records who added it: the name is asked for, once.
    const nameDialog = page.getByRole('dialog', { name: 'Your name' });
    await nameDialog.waitFor();
    await nameDialog.getByRole('button', { name: 'Continue' }).click();
    await nameDialog.getByRole('alert').filter({ hasText: 'Type your name to continue.' }).waitFor();
    await nameDialog.getByLabel('Name').fill('Anna Petrova');
    await nameDialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Русский');

    await page.getByLabel('Title', { exact: true }).fill(RU.title);
    await page.getByLabel('Lead', { exact: true }).fill(RU.lead);
    await bodyEditor(page).click();
    await page.keyboard.type(RU.paragraphs.join('\n'));
    await waitUntilSaved(page);
    const stored = await callHost(host!, 'releases.get', { id: releaseId });
    expect(stored.variants.ru).toMatchObject({ title: RU.title, status: 'draft' });
  });

  it('sends the Russian version for review and approves it, recording who and when', async () => {
    await reviewBar(page).getByRole('button', { name: 'Send for review' }).click();
    await page.getByTestId('version-status').filter({ hasText: 'In review' }).waitFor();

    await reviewBar(page).getByRole('button', { name: 'Approve' }).click();
    await page.getByTestId('version-status').filter({ hasText: 'Approved' }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Your name' }).isVisible()).toBe(false);
    expect(await reviewBar(page).textContent()).toContain('Anna Petrova');
    const stored = await callHost(host!, 'releases.get', { id: releaseId });
    expect(stored.variants.ru!.statusHistory.map((s) => [s.status, s.by])).toEqual([
      ['draft', 'Anna Petrova'],
      ['in-review', 'Anna Petrova'],
      ['approved', 'Anna Petrova'],
    ]);
  });

  it('marks the Russian version outdated when the English source changes, with the changed paragraph', async () => {
    await versionTab(page, 'English').click();
    await typeAtEndOfParagraph(1, SOURCE_ADDITION);
    await waitUntilSaved(page);

    await versionTab(page, 'Русский').click();
    const notice = page.getByTestId('outdated-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('1 paragraph changed');
    await notice.getByRole('button', { name: 'Show the changes' }).click();
    await waitForCurrentReview(page);

    expect(await page.getByTestId('outdated-state').getAttribute('data-state')).toBe('outdated');
    const changed = page.locator('[data-testid="review-row"][data-change]');
    expect(await changed.count()).toBe(1);
    expect(await changed.getByRole('rowheader').textContent()).toBe('2');
    expect(await changed.locator('ins').textContent()).toBe(SOURCE_ADDITION.trim());
    expect(await changed.textContent()).toContain('Needs updating');
    // The approved version's stored status is untouched by the source edit; it reads as
    // needing an update until the translation is brought up to date and approved again.
    expect(await status()).toBe('Needs update');
    expect((await callHost(host!, 'releases.get', { id: releaseId })).variants.ru!.status).toBe(
      'approved',
    );
  });

  it('takes a comment, the translator updates and resolves, and the version is approved again', async () => {
    const row = reviewRows(page).nth(3);
    await row.getByRole('button', { name: 'Comment on paragraph 2' }).click();
    await row.getByLabel('Your comment on paragraph 2').fill(COMMENT);
    await row.getByRole('button', { name: 'Add comment' }).click();
    await row.getByTestId('comment').filter({ hasText: COMMENT }).waitFor();
    await saveScreenshot(page, 'review-flow-commented-en');

    // The translator brings the translation up to date in the editor.
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Русский');
    await typeAtEndOfParagraph(1, RU_ADDITION);
    await waitUntilSaved(page);
    await page.getByTestId('returned-to-draft').waitFor();
    expect(await status()).toBe('Draft');

    await reviewBar(page).getByRole('button', { name: 'Side by side' }).click();
    await waitForCurrentReview(page);
    await page.getByRole('button', { name: 'Mark as up to date' }).click();
    await page.locator('[data-testid="outdated-state"][data-state="current"]').waitFor();
    expect(await page.locator('[data-testid="review-row"][data-change]').count()).toBe(0);

    const comment = page.getByTestId('comment').filter({ hasText: COMMENT });
    await comment.getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('1 resolved comment').waitFor();
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByTestId('version-status').filter({ hasText: 'In review' }).waitFor();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByTestId('version-status').filter({ hasText: 'Approved' }).waitFor();

    const stored = await callHost(host!, 'releases.get', { id: releaseId });
    expect(stored.comments).toEqual([
      expect.objectContaining({
        lang: 'ru',
        paragraph: 1,
        text: COMMENT,
        author: 'Anna Petrova',
        resolvedBy: 'Anna Petrova',
        resolvedAt: expect.any(String),
      }),
    ]);
    expect(stored.variants.ru!.status).toBe('approved');
  });

  it('keeps the translation current after a typo fix in the source flagged as minor', async () => {
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    await versionTab(page, 'English').click();
    const minor = page.getByRole('checkbox', { name: /Typo fixes only/ });
    await minor.check();
    await page.locator('.ProseMirror > p').nth(2).click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'ed for the spring.'.length; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('n');
    await waitUntilSaved(page);

    await versionTab(page, 'Русский').click();
    await reviewBar(page).getByRole('button', { name: 'Side by side' }).click();
    await waitForCurrentReview(page);
    expect(await page.getByTestId('outdated-state').getAttribute('data-state')).toBe('current');
    expect(await status()).toBe('Approved');
    const stored = await callHost(host!, 'releases.get', { id: releaseId });
    expect(JSON.stringify(stored.variants.en!.body)).toContain('planned for the spring');

    // Leaving the source version turned the setting off.
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    await versionTab(page, 'English').click();
    expect(await page.getByRole('checkbox', { name: /Typo fixes only/ }).isChecked()).toBe(false);
    await versionTab(page, 'Русский').click();
    await reviewBar(page).getByRole('button', { name: 'Side by side' }).click();
    await waitForCurrentReview(page);
  });

  it('compares two revisions in the history and restores one', async () => {
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const rows = page.getByTestId('history-row');
    await rows.first().waitFor();
    // Newest first: approved, in review, the approval before the update, …
    const reasons = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-reason')));
    expect(reasons.slice(0, 2)).toEqual(['status', 'status']);
    expect(await rows.first().textContent()).toContain('Status: Approved');

    // From the first approval (before the update) to the latest one.
    const firstApproval = rows.filter({ hasText: 'Status: Approved' }).last();
    await firstApproval.getByRole('radio', { name: /Compare from/ }).check();
    await rows.first().getByRole('radio', { name: /Compare to/ }).check();
    const diff = page.getByTestId('version-diff');
    await diff.waitFor();
    expect(await diff.locator('ins').allTextContents()).toEqual([RU_ADDITION.trim()]);
    expect(await diff.textContent()).toContain('1 paragraph changed');
    await saveScreenshot(page, 'review-flow-history-en');

    await firstApproval.getByRole('button', { name: /Restore the text of/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this revision?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await rows.filter({ hasText: 'Restored' }).first().waitFor();
    expect(await rows.first().getAttribute('data-reason')).toBe('restore');
    // The restore is shown as the change it made: the update is taken out again.
    await page.getByTestId('version-diff').locator('del').first().waitFor();
    const taken = await page.getByTestId('version-diff').locator('del').allTextContents();
    expect(taken.map((text) => text.trim())).toEqual([RU_ADDITION.trim()]);
    // Restoring changed an approved text: back to draft.
    await page.getByTestId('version-status').filter({ hasText: 'Draft' }).waitFor();
    const stored = await callHost(host!, 'releases.get', { id: releaseId });
    const text = JSON.stringify(stored.variants.ru!.body);
    expect(text).toContain(RU.paragraphs[1]);
    expect(text).not.toContain(RU_ADDITION.trim());
  });

  it('keeps every revision across a host restart and a rebuild of the index', async () => {
    const before = await callHost(host!, 'revisions.list', { id: releaseId });
    expect(before.length).toBeGreaterThanOrEqual(6);
    await host!.stop();
    host = null;
    await rm(join(library.dir, 'index'), { recursive: true, force: true });
    host = await startHost(library.dir);

    expect(await callHost(host, 'revisions.list', { id: releaseId })).toEqual(before);
    await page.goto(host.url);
    await page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE }).click();
    await versionTab(page, 'Русский').click();
    await reviewBar(page).getByRole('button', { name: 'History' }).click();
    await page.getByTestId('history-row').first().waitFor();
    expect(await page.getByTestId('history-row').count()).toBe(
      before.filter((r) => r.lang === 'ru').length,
    );
    expect(errors).toEqual([]);
  });
});

/**
 * The approval guard in Chromium: Approve over a failed check and an open comment asks first
 * and records the override; a source change turns the approved translation into "Needs
 * update" in the editor, the review screen, the list (badge and filter) and the export gate;
 * with four-eyes review on, the submitter sees why Approve is not available.
 */
import type { Release, TiptapDoc } from '@shared/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { createEnglishRelease, reviewBar, versionTab } from './support/review-page';

const TITLE = 'Press centre opens for the summer season';
const SOURCE = [
  'The press centre opens for the summer season on Monday.',
  'More than 120 journalists have registered for the first briefing.',
  'Accreditation stays open until the end of June.',
];
const RU = {
  title: 'Пресс-центр открывается к летнему сезону',
  lead: 'Пресс-центр принял журналистов из семи стран.',
  paragraphs: [
    'Пресс-центр открывается к летнему сезону в понедельник.',
    // 150, not 120: a blocking "numbers" finding.
    'На первый брифинг зарегистрировались более 150 журналистов.',
    'Аккредитация продлится до конца июня.',
  ],
};
const COMMENT = 'Check the number of journalists.';

function doc(paragraphs: string[]): TiptapDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** A Russian translation with a wrong figure and a reviewer's comment, sent for review by Anna. */
async function arrange(host: RunningHost): Promise<void> {
  await callHost(host, 'settings.update', { userName: 'Anna Petrova' });
  let release = await createEnglishRelease(host, TITLE, SOURCE);
  const ref = () => ({ id: release.id, rev: release.rev });
  release = await callHost(host, 'review.addLanguage', { ...ref(), lang: 'ru', mode: 'empty' });
  release = await callHost(host, 'releases.save', {
    release: {
      ...release,
      variants: {
        ...release.variants,
        ru: { ...release.variants.ru!, ...RU, datelinePlace: 'Минск', body: doc(RU.paragraphs) },
      },
    },
  });
  release = await callHost(host, 'review.setStatus', { ...ref(), lang: 'ru', status: 'in-review' });
  await callHost(host, 'comments.add', { ...ref(), lang: 'ru', paragraph: 1, text: COMMENT });
}

describe('approval guard', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let releaseId: string;

  beforeAll(async () => {
    app = await openAppSession({ viewport: { width: 1360, height: 900 }, seed: arrange });
    ({ host, page } = app);
    releaseId = (await callHost(host, 'releases.list', {})).rows[0]!.id;
    await openRelease();
  });

  afterAll(() => app?.close());

  async function openRelease(): Promise<void> {
    await page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE }).click();
    await versionTab(page, 'Русский').click();
  }

  const stored = (): Promise<Release> => callHost(host, 'releases.get', { id: releaseId });
  const status = () => reviewBar(page).getByTestId('version-status').textContent();

  async function checkScreen(name: string): Promise<void> {
    await saveScreenshot(page, name);
    expect(await seriousAxeViolations(page), name).toEqual([]);
    expect(app.errors, name).toEqual([]);
  }

  it('asks before approving over a failed check and an open comment; Cancel leaves it in review', async () => {
    await reviewBar(page).getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve despite open problems?' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('1 failed check');
    expect(text).toContain('Numbers');
    expect(text).toContain(`1 open comment`);
    expect(text).toContain(`Anna Petrova, paragraph 2: ${COMMENT}`);
    await checkScreen('approval-confirm-en');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await status()).toBe('In review');
    expect((await stored()).variants.ru!.status).toBe('in-review');
  });

  it('approves when confirmed, and the history records what was accepted', async () => {
    await reviewBar(page).getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve despite open problems?' });
    await dialog.getByRole('button', { name: 'Approve anyway — recorded in the history' }).click();
    await reviewBar(page).getByTestId('version-status').filter({ hasText: 'Approved' }).waitFor();
    await reviewBar(page).getByTestId('approval-overridden').waitFor();

    const release = await stored();
    const last = release.variants.ru!.statusHistory.at(-1)!;
    expect(last).toMatchObject({ status: 'approved', by: 'Anna Petrova' });
    expect(last.override).toEqual({
      findings: [{ check: 'numbers', count: 1 }],
      comments: [release.comments[0]!.id],
    });
  });

  it('shows an approved translation whose source changed as "Needs update", in Russian too', async () => {
    await versionTab(page, 'English').click();
    await page.locator('.ProseMirror > p').nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Late entries are welcome.');
    await waitUntilSaved(page);

    await versionTab(page, 'Русский').click();
    await reviewBar(page).getByTestId('version-status').filter({ hasText: 'Needs update' }).waitFor();
    expect(await versionTab(page, 'Русский').getAttribute('data-status')).toBe('needs-update');
    await reviewBar(page).getByTestId('needs-update-notice').waitFor();
    expect((await stored()).variants.ru!.status).toBe('approved');
    await checkScreen('approval-needs-update-editor-en');

    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await reviewBar(page).getByTestId('version-status').filter({ hasText: 'Требует обновления' }).waitFor();
    await checkScreen('approval-needs-update-editor-ru');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
  });

  it('shows the state in the export gate, the list badge and the list filter', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export release' });
    const ru = exporting.locator('[data-lang="ru"]');
    await ru.getByTestId('export-needs-update').waitFor();
    expect(await ru.getAttribute('data-verdict')).toBe('out');
    await checkScreen('approval-needs-update-export-en');
    await exporting.getByRole('button', { name: 'Cancel' }).click();
    await exporting.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'All releases' }).click();
    const row = page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE });
    const badge = row.locator('.lang-badge', { hasText: 'RU' });
    expect(await badge.getAttribute('data-status')).toBe('needs-update');
    expect(await badge.getAttribute('title')).toBe('Русский: Needs update');

    await page.getByLabel('Status').selectOption('needs-update');
    await page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE }).waitFor();
    await checkScreen('approval-needs-update-list-en');
    await page.getByLabel('Status').selectOption('approved');
    await page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE }).waitFor({ state: 'detached' });
    await page.getByLabel('Status').selectOption('');
  });

  it('with four-eyes review on, tells the translator why Approve is not available', async () => {
    await openRelease();
    await reviewBar(page).getByRole('button', { name: 'Reopen as draft' }).click();
    await reviewBar(page).getByTestId('version-status').filter({ hasText: 'Draft' }).waitFor();
    await reviewBar(page).getByRole('button', { name: 'Send for review' }).click();
    await reviewBar(page).getByTestId('version-status').filter({ hasText: 'In review' }).waitFor();

    await reviewBar(page).getByRole('button', { name: 'History' }).click();
    await page.getByRole('checkbox', { name: /Four-eyes review in this library/ }).check();
    const approve = page.getByRole('button', { name: 'Approve' });
    await page.getByTestId('four-eyes-refused').waitFor();
    expect(await approve.isDisabled()).toBe(true);
    expect(await page.getByTestId('four-eyes-refused').textContent()).toBe(
      // Anna wrote the translation and sent it for review; the first reason is the one shown.
      'Four-eyes review: you (Anna Petrova) last edited this text, so another person must approve it.',
    );
    expect((await callHost(host, 'settings.get', {})).fourEyes).toBe(true);
    await checkScreen('approval-four-eyes-review-en');

    // Another person may approve (still over the open problems, which the dialog asks about).
    await callHost(host, 'settings.update', { userName: 'Boris Ivanov' });
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    const approveInBar = reviewBar(page).getByRole('button', { name: 'Approve' });
    await approveInBar.waitFor();
    await approveInBar.click();
    await page.getByRole('dialog', { name: 'Approve despite open problems?' }).waitFor();
    await page.getByRole('button', { name: 'Approve anyway — recorded in the history' }).click();
    // Approved, and still behind its source: nobody updated the translation.
    await reviewBar(page).getByTestId('version-status').filter({ hasText: 'Needs update' }).waitFor();
    expect((await stored()).variants.ru!.statusHistory.at(-1)).toMatchObject({
      status: 'approved',
      by: 'Boris Ivanov',
    });
  });
});

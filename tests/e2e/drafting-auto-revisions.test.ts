/**
 * Leaving a release keeps what was typed since its last revision as an automatic revision,
 * which the history shows apart from a checkpoint made with Ctrl+S.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { openAppSession, type AppSession } from './support/app-session';
import { saveScreenshot } from './support/artifacts';
import { bodyEditor } from './support/drafting-page';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

describe('drafting: automatic revisions', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let id: string;

  const openRelease = async () => {
    await page.getByRole('listbox').getByRole('option').first().click();
    await bodyEditor(page).waitFor();
  };
  const reasons = async () =>
    (await callHost(host, 'revisions.list', { id, lang: 'en' })).map((r) => r.reason);

  beforeAll(async () => {
    app = await openAppSession({
      seed: async (running) => {
        ({ id } = await callHost(running, 'releases.create', {
          kind: 'news',
          sourceLang: 'en',
          title: 'Revised on leaving',
        }));
      },
    });
    ({ host, page } = app);
  });

  afterAll(() => app?.close());

  it('keeps an automatic revision when the release is left after an edit, none without one', async () => {
    await openRelease();
    await page.getByRole('button', { name: 'All releases' }).click();
    await page.getByRole('listbox').waitFor();
    expect(await reasons()).toEqual([]);

    await openRelease();
    await bodyEditor(page).click();
    await page.keyboard.type('Typed just before leaving.');
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'All releases' }).click();
    await page.getByRole('listbox').waitFor();
    const history = await callHost(host, 'revisions.list', { id, lang: 'en' });
    expect(history.map((r) => r.reason)).toEqual(['autosave']);
    const revision = await callHost(host, 'revisions.get', { id, revisionId: history[0]!.id });
    expect(JSON.stringify(revision.variant.body)).toContain('Typed just before leaving.');
  });

  it('shows automatic revisions apart from checkpoints in the history', async () => {
    await openRelease();
    await bodyEditor(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' And a checkpoint.');
    await page.keyboard.press('Control+s');
    await page.getByTestId('checkpoint-status').filter({ hasText: 'Checkpoint kept at' }).waitFor();
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const rows = page.getByTestId('history-row');
    await rows.nth(1).waitFor();
    expect(await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-reason')))).toEqual([
      'checkpoint',
      'autosave',
    ]);
    expect(await rows.nth(0).locator('.history-row__what').textContent()).toContain('Checkpoint');
    expect(await rows.nth(1).locator('.history-row__what').textContent()).toContain(
      'Automatic checkpoint',
    );
    // Automatic ones recede: their label is not drawn like a person's checkpoint.
    // A string, since this file is typed for Node: the code runs in the page.
    const colour = (row: number) =>
      page.evaluate(
        `getComputedStyle(document.querySelectorAll('[data-testid="history-row"] > th')[${row}]).color`,
      );
    expect(await colour(1)).not.toBe(await colour(0));
    await saveScreenshot(page, 'drafting-auto-revisions-history-en');
    expect(app.errors).toEqual([]);
  });
});

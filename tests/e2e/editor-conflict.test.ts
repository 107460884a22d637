/**
 * Two tabs on one release, in one browser context as two windows of one app are: the other
 * tab hears of a save at once; edits of different paragraphs merge by themselves; edits of the
 * same places open a dialog that shows both sides and settles each place as chosen, and the
 * side that gave way is in the history.
 */
import type { Release } from '@shared/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_MACHINE_MS } from '../support/timeouts';
import { bodyParagraphs, waitUntilSaved } from './support/app-page';
import { openAppSession, type AppSession } from './support/app-session';
import { saveScreenshot } from './support/artifacts';
import { bodyEditor } from './support/drafting-page';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

const PARAGRAPHS = ['Alpha paragraph stays.', 'Bravo paragraph here.', 'Charlie paragraph ends.'];

describe('editor: two tabs on one release', () => {
  let app: AppSession;
  let host: RunningHost;
  let first: Page;
  let second: Page;
  let id: string;

  const title = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });
  const stored = (): Promise<Release> => callHost(host, 'releases.get', { id });
  const storedParagraphs = async () =>
    ((await stored()).variants.en!.body.content ?? []).map((block) =>
      (block.content ?? []).map((inline) => inline.text ?? '').join(''),
    );

  /** Puts the cursor at the end of paragraph `index` and types `text` there. */
  async function typeAtEnd(page: Page, index: number, text: string): Promise<void> {
    await page.locator('.ProseMirror > p').nth(index).click();
    await page.keyboard.press('End');
    await page.keyboard.type(text);
  }

  async function openRelease(page: Page): Promise<void> {
    await page.getByRole('listbox').getByRole('option').first().click();
    await bodyEditor(page).waitFor();
  }

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1360, height: 900 },
      seed: async (running) => {
        const created = await callHost(running, 'releases.create', {
          kind: 'news',
          sourceLang: 'en',
          title: 'Start',
        });
        id = created.id;
        const content = PARAGRAPHS.map((text) => ({
          type: 'paragraph',
          content: [{ type: 'text', text }],
        }));
        await callHost(running, 'releases.save', {
          release: {
            ...created,
            variants: {
              en: { ...created.variants.en!, body: { type: 'doc', content } },
            },
          },
        });
      },
    });
    host = app.host;
    first = app.page;
    await openRelease(first);
    second = await app.openTab();
    await openRelease(second);
  });

  afterAll(() => app?.close());

  it('tells the other tab at once, and shows it the new text when asked', async () => {
    await typeAtEnd(first, 0, ' One.');
    await waitUntilSaved(first);
    const notice = second.getByTestId('changed-elsewhere');
    await notice.getByText('This release was changed in another window or tab.').waitFor();
    await saveScreenshot(second, 'editor-changed-elsewhere-en');
    await notice.getByRole('button', { name: 'Show the new version' }).click();
    await notice.waitFor({ state: 'hidden' });
    expect((await bodyParagraphs(second))[0]).toBe('Alpha paragraph stays. One.');
  });

  it('merges edits of different paragraphs by itself and shows the merge in the editor', async () => {
    await typeAtEnd(first, 0, ' Two.');
    await waitUntilSaved(first);
    // The second tab does not take up the notice: its own save meets the newer copy.
    await typeAtEnd(second, 2, ' Three.');
    await waitUntilSaved(second);
    expect(await storedParagraphs()).toEqual([
      'Alpha paragraph stays. One. Two.',
      PARAGRAPHS[1],
      'Charlie paragraph ends. Three.',
    ]);
    expect(await bodyParagraphs(second)).toEqual(await storedParagraphs());
  });

  it('shows both sides of each place both tabs changed and saves the choice made per place', async () => {
    // Bring the first tab up to date, then change the same title and paragraph in both.
    await first.getByTestId('changed-elsewhere').getByRole('button').click();
    await first.getByTestId('changed-elsewhere').waitFor({ state: 'hidden' });
    await title(first).fill('Title from the first tab');
    await typeAtEnd(first, 1, ' First tab wrote this.');
    await waitUntilSaved(first);
    await title(second).fill('Title from the second tab');
    await typeAtEnd(second, 1, ' Second tab wrote that.');

    const banner = second.getByRole('alert').filter({ hasText: 'Compare and choose' });
    await banner.waitFor({ timeout: SLOW_MACHINE_MS });
    // Keyboard only: the banner's button opens the dialog, focus lands inside it.
    await banner.getByRole('button', { name: 'Compare and choose…' }).focus();
    await second.keyboard.press('Enter');
    const dialog = second.getByRole('dialog', { name: 'Choose what to keep' });
    await dialog.waitFor();
    const places = dialog.getByTestId('conflict-place');
    expect(await places.evaluateAll((all) => all.map((p) => p.querySelector('legend')?.textContent))).toEqual([
      'Title · English',
      'Text · English, paragraph 2',
    ]);
    const paragraph = places.nth(1);
    // Each side shows its own text, the words the other lacks marked.
    expect(await paragraph.locator('.conflict-side').nth(0).locator('mark').allTextContents()).toEqual([
      'First',
      'this',
    ]);
    expect(await paragraph.locator('.conflict-side').nth(1).locator('mark').allTextContents()).toEqual([
      'Second',
      'that',
    ]);
    await saveScreenshot(second, 'editor-conflict-dialog-en');

    // Escape leaves the conflict for later; nothing is saved meanwhile.
    await second.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await stored()).variants.en!.title).toBe('Title from the first tab');
    await banner.getByRole('button', { name: 'Compare and choose…' }).click();
    await dialog.waitFor();

    await paragraph.getByRole('radio', { name: 'Theirs (the other window)' }).check();
    await places.nth(0).getByRole('radio', { name: 'Mine (this window)' }).check();
    await dialog.getByRole('button', { name: 'Save this choice' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntilSaved(second);

    const release = await stored();
    expect(release.variants.en!.title).toBe('Title from the second tab');
    expect((await storedParagraphs())[1]).toBe('Bravo paragraph here. First tab wrote this.');
    expect((await bodyParagraphs(second))[1]).toBe('Bravo paragraph here. First tab wrote this.');

    // Both sides gave way somewhere, so both are in the history under their own names.
    const history = await callHost(host, 'revisions.list', { id, lang: 'en' });
    const mine = history.find((r) => r.reason === 'conflict-mine');
    const theirs = history.find((r) => r.reason === 'conflict-theirs');
    expect(mine?.title).toBe('Title from the second tab');
    expect(theirs?.title).toBe('Title from the first tab');
    const mineCopy = await callHost(host, 'revisions.get', { id, revisionId: mine!.id });
    expect(JSON.stringify(mineCopy.variant.body)).toContain('Second tab wrote that.');

    await second.getByRole('button', { name: 'History' }).click();
    const rows = second.getByTestId('history-row');
    await rows.filter({ hasText: 'Your version before the merge' }).waitFor();
    await rows.filter({ hasText: 'The other window’s version before the merge' }).waitFor();
    await saveScreenshot(second, 'editor-conflict-history-en');
    expect(app.errors.filter((e) => !e.includes('status of 409'))).toEqual([]);
  });
});

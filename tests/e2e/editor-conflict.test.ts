/**
 * Two tabs on one release: edits of different places merge by themselves, an edit of the same
 * place asks the user which copy to keep, and nothing either tab typed is lost.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { openAppSession, type AppSession } from './support/app-session';
import { collectPageErrors } from './support/browser';
import { bodyEditor } from './support/drafting-page';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { SLOW_MACHINE_MS } from '../support/timeouts';

describe('editor: two tabs saving one release', () => {
  let app: AppSession;
  let host: RunningHost;
  let first: Page;
  let second: Page;
  /** The second tab's console errors; the first tab's are app.errors. */
  let secondErrors: string[];
  let id: string;

  async function openRelease(page: Page): Promise<Page> {
    await page.getByRole('listbox').getByRole('option').first().click();
    await bodyEditor(page).waitFor();
    return page;
  }
  const title = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1360, height: 900 },
      seed: async (started) => {
        ({ id } = await callHost(started, 'releases.create', {
          kind: 'news',
          sourceLang: 'en',
          title: 'Start',
        }));
      },
    });
    host = app.host;
    first = await openRelease(app.page);
    const page = await app.browser.newPage({ viewport: { width: 1360, height: 900 } });
    secondErrors = collectPageErrors(page);
    await page.goto(host.url);
    second = await openRelease(page);
  });

  afterAll(() => app?.close());

  it('merges a title typed in one tab with a paragraph typed in the other', async () => {
    await title(first).fill('Title from the first tab');
    await waitUntilSaved(first);
    await bodyEditor(second).click();
    await second.keyboard.type('Paragraph from the second tab.');
    await waitUntilSaved(second);
    const stored = await callHost(host, 'releases.get', { id });
    expect(stored.variants.en!.title).toBe('Title from the first tab');
    expect(JSON.stringify(stored.variants.en!.body)).toContain('Paragraph from the second tab.');
  });

  it('asks which copy to keep when both tabs changed the title', async () => {
    await title(first).fill('First says this');
    await waitUntilSaved(first);
    await title(second).fill('Second says that');
    const banner = second.getByRole('alert').filter({ hasText: 'Keep mine' });
    await banner.waitFor({ timeout: SLOW_MACHINE_MS });
    await saveScreenshot(second, 'editor-conflict-banner-en');
    await second.getByRole('button', { name: 'Keep mine' }).click();
    await waitUntilSaved(second);
    const stored = await callHost(host, 'releases.get', { id });
    expect(stored.variants.en!.title).toBe('Second says that');
    expect(JSON.stringify(stored.variants.en!.body)).toContain('Paragraph from the second tab.');
    const errors = [...app.errors, ...secondErrors];
    expect(errors.filter((e) => !e.includes('status of 409'))).toEqual([]);
  });
});

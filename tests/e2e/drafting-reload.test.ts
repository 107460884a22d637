/**
 * A reload (F5, Ctrl+R) reopens the release and the language tab that were open; a release
 * deleted meanwhile leaves the list with a notice, and a damaged memory is ignored.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppSession, type AppSession } from './support/app-session';
import { saveScreenshot } from './support/artifacts';
import { bodyEditor } from './support/drafting-page';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

describe('drafting: a reload keeps the open release', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  const ids: string[] = [];

  const list = () => page.getByRole('listbox');
  const row = (title: string) => list().getByRole('option').filter({ hasText: title });
  const selectedTab = () => page.getByRole('tab', { selected: true });

  beforeAll(async () => {
    app = await openAppSession({
      seed: async (running) => {
        for (const title of ['Kept across reloads', 'Deleted while open']) {
          const created = await callHost(running, 'releases.create', {
            kind: 'news',
            sourceLang: 'en',
            title,
          });
          const ru = { ...created.variants.en!, lang: 'ru' as const, title: `${title} (ru)` };
          await callHost(running, 'releases.save', {
            release: { ...created, variants: { ...created.variants, ru } },
          });
          ids.push(created.id);
        }
      },
    });
    ({ host, page } = app);
  });

  afterAll(() => app?.close());

  it('reopens the release on the language tab that was shown', async () => {
    await row('Kept across reloads').click();
    await page.getByRole('tab', { name: /Русский/ }).click();
    expect(await selectedTab().textContent()).toContain('Русский');
    await page.reload();
    await bodyEditor(page).waitFor();
    expect(await selectedTab().textContent()).toContain('Русский');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(
      'Kept across reloads (ru)',
    );
    await saveScreenshot(page, 'drafting-reload-reopened-en');
  });

  it('stays on the list when the list was shown', async () => {
    await page.getByRole('button', { name: 'All releases' }).click();
    await list().waitFor();
    await page.reload();
    await row('Kept across reloads').waitFor();
    expect(await bodyEditor(page).count()).toBe(0);
  });

  it('falls back to the list with a notice when the open release was deleted', async () => {
    await row('Deleted while open').click();
    await bodyEditor(page).waitFor();
    await callHost(host, 'releases.delete', { id: ids[1]! });
    await page.reload();
    const notice = page.getByTestId('notice');
    await notice
      .getByText('The release that was open before the reload is no longer in the library.')
      .waitFor();
    await row('Kept across reloads').waitFor();
    await saveScreenshot(page, 'drafting-reload-gone-en');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'hidden' });
  });

  it('ignores a damaged memory and starts at the list', async () => {
    // Strings, since this file is typed for Node: the code runs in the page.
    await page.evaluate(`sessionStorage.setItem('pressOffice.openRelease', '{"releaseId":"../x"')`);
    await page.reload();
    await row('Kept across reloads').waitFor();
    expect(await page.getByTestId('notice').count()).toBe(0);
    expect(await page.evaluate(`sessionStorage.getItem('pressOffice.openRelease')`)).toBeNull();
    // The one refused request is the deleted release's, asked for once after that reload.
    expect(app.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  });
});

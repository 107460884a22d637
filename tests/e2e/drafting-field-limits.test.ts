/**
 * Field limits: a 5,000-character title stops at the schema's limit with a counter, saves, and
 * a save the library refuses is explained in words, with "All releases" saying why it stays.
 */
import { FIELD_LIMITS } from '@shared/field-limits';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { createFromDialog } from './support/drafting-page';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

describe('drafting: field limits', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession({ viewport: { width: 1440, height: 900 } });
    ({ host, page, errors } = app);
    await page.getByRole('button', { name: 'Create the first release' }).click();
    await createFromDialog(page, { kind: 'News', language: 'English' });
  });

  afterAll(() => app?.close());

  const title = () => page.getByLabel('Title', { exact: true });

  it('stops a 5,000-character title at the limit, shows the count and saves it', async () => {
    await title().click();
    await page.keyboard.insertText('x'.repeat(5000));
    expect((await title().inputValue()).length).toBe(FIELD_LIMITS.title);
    await page.getByText('1,000 of 1,000 characters').waitFor();
    await waitUntilSaved(page);
    await saveScreenshot(page, 'drafting-title-limit-en');
    const { rows } = await callHost(host, 'releases.list', {});
    const stored = await callHost(host, 'releases.get', { id: rows[0]!.id });
    expect(stored.variants.en!.title).toBe('x'.repeat(FIELD_LIMITS.title));
    expect(errors).toEqual([]);
  });

  it('explains a refused save in words and says why "All releases" keeps the release open', async () => {
    // Past the input's own limit (as an older build or a script could be): the library refuses.
    await title().evaluate((input) => input.removeAttribute('maxlength'));
    await title().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('y'.repeat(4000));
    const banner = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      'Not saved: the field “Title” (English) is longer than the 1,000 characters allowed.',
    );
    await page.getByRole('button', { name: 'All releases' }).click();
    const refusal = page.getByTestId('cannot-leave');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /^The release stays open because .*“Title” \(English\)/,
    );
    await page.getByRole('button', { name: 'RU' }).click();
    await page
      .getByText('поле «Заголовок» (English) длиннее допустимых 1 000 символов')
      .first()
      .waitFor();
    await saveScreenshot(page, 'drafting-title-refused-ru');
    await page.getByRole('button', { name: 'EN' }).click();
    const text = await page.locator('body').textContent();
    expect(text).not.toMatch(/release\.variants|Too big|expected string/);

    await title().fill('A title of a sensible length');
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'All releases' }).click();
    await page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: 'A title of a sensible length' })
      .waitFor();
  });
});

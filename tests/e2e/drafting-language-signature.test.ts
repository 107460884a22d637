/**
 * The metadata panel edits the signature, dateline place and contact names of the language tab
 * that is open: the Kazakh tab of an English release shows the English values as placeholders
 * and says they are used, takes a two-line Kazakh signature and a contact name, and stores them
 * on the Kazakh version only.
 */
import type { Release } from '@shared/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

const ENGLISH_SIGNATURE = 'CSTO Secretariat\nPress Service';
const KAZAKH_SIGNATURE = ['ҰҚШҰ Хатшылығы', 'Баспасөз қызметі'];
const CONTACT = {
  name: 'Duty officer',
  role: 'Accreditation',
  phone: '+7 495 000-00-00',
  email: 'press@example.org',
};

describe('drafting: each language’s own signature', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];
  let id: string;

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1440, height: 900 },
      seed: async (seedHost) => {
        const created: Release = await callHost(seedHost, 'releases.create', {
          kind: 'news',
          sourceLang: 'en',
          title: 'Graduates visit the Secretariat',
        });
        const en = { ...created.variants.en!, datelinePlace: 'Moscow' };
        const kk = {
          ...en,
          lang: 'kk' as const,
          title: 'Түлектер Хатшылыққа келді',
          datelinePlace: '',
        };
        await callHost(seedHost, 'releases.save', {
          release: {
            ...created,
            issuer: ENGLISH_SIGNATURE,
            contacts: [CONTACT],
            variants: { en, kk },
          },
        });
        id = created.id;
      },
    });
    ({ host, page, errors } = app);
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.getByRole('tab', { name: /Қазақша/ }).click();
  });

  afterAll(() => app?.close());

  const issuer = () => page.getByRole('textbox', { name: 'Issuer and signature', exact: true });

  it('shows the English values as placeholders in the Kazakh tab and says they are used', async () => {
    await issuer().waitFor();
    expect(await issuer().inputValue()).toBe('');
    expect(await issuer().getAttribute('placeholder')).toBe(ENGLISH_SIGNATURE);
    await page.getByTestId('issuer-from-source').waitFor();
    expect(await page.getByTestId('issuer-from-source').textContent()).toContain('English');
    expect(await page.getByLabel('Place', { exact: true }).getAttribute('placeholder')).toBe(
      'Moscow',
    );
    expect(await page.getByTestId('dateline-preview').textContent()).toMatch(/^Moscow/);
    const name = page.locator('#meta-contact-0-name');
    expect(await name.getAttribute('placeholder')).toBe(CONTACT.name);
    expect(await page.locator('#meta-contact-0-phone').inputValue()).toBe(CONTACT.phone);
    expect(await page.locator('#meta-contact-0-phone').getAttribute('readonly')).not.toBeNull();
    await issuer().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'drafting-signature-kk-fallback');
  });

  it('stores a two-line Kazakh signature, place and contact name on the Kazakh version only', async () => {
    await issuer().click();
    await page.keyboard.insertText(KAZAKH_SIGNATURE[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(KAZAKH_SIGNATURE[1]!);
    await page.getByLabel('Place', { exact: true }).fill('Мәскеу');
    await page.locator('#meta-contact-0-name').fill('Кезекші офицер');
    await waitUntilSaved(page);
    await page.getByTestId('issuer-from-source').waitFor({ state: 'detached' });
    expect(await page.getByTestId('dateline-preview').textContent()).toMatch(/^Мәскеу/);

    const stored = await callHost(host, 'releases.get', { id });
    expect(stored.variants.kk!.issuer).toBe(KAZAKH_SIGNATURE.join('\n'));
    expect(stored.variants.kk!.datelinePlace).toBe('Мәскеу');
    expect(stored.variants.kk!.contacts).toEqual([{ name: 'Кезекші офицер', role: '' }]);
    expect(stored.issuer).toBe(ENGLISH_SIGNATURE);
    expect(stored.contacts).toEqual([CONTACT]);
    expect(stored.variants.en!.issuer).toBeUndefined();
    await issuer().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'drafting-signature-kk-own');

    await page.getByRole('tab', { name: /English/ }).click();
    expect(await issuer().inputValue()).toBe(ENGLISH_SIGNATURE);
    expect(await page.locator('#meta-contact-0-name').inputValue()).toBe(CONTACT.name);
    expect(errors).toEqual([]);
  });

  it('says so in Russian too, and the review of the Kazakh version no longer flags the signature', async () => {
    const report = await callHost(host, 'review.get', { id });
    const kk = report.versions.find((v) => v.lang === 'kk')!;
    // The role was left empty: the English one still stands in, and only that is flagged.
    expect(kk.findings.filter((f) => f.check === 'source-fallback')).toEqual([
      { check: 'source-fallback', field: 'contacts' },
    ]);
    await page.getByRole('tab', { name: /Қазақша/ }).click();
    await page.getByRole('button', { name: 'RU' }).click();
    await issuer().waitFor({ state: 'detached' });
    const signature = page.getByRole('textbox', { name: 'Подпись', exact: true });
    expect(await signature.inputValue()).toBe(KAZAKH_SIGNATURE.join('\n'));
    await page.getByText('Телефон и эл. почта общие для всех языков').waitFor();
    // Tall enough for the whole panel, contacts and their note included.
    await page.setViewportSize({ width: 1440, height: 1300 });
    await saveScreenshot(page, 'drafting-signature-kk-ru');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'EN' }).click();
  });
});

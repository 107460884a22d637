/**
 * The release details panel in the Russian interface: the date typed as 07.12.2026 or 7.12.26
 * and picked from a Russian calendar by mouse and keyboard, a date that does not exist refused
 * without being stored, the embargo's date and 24-hour time, a tag created from the tag field
 * and taken back, a 64-character tag kept inside the panel, and each field's limit and counter.
 */
import type { Release } from '@shared/domain';
import { FIELD_LIMITS } from '@shared/field-limits';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

/** A topic name of exactly 64 characters, with no space to break it at its end. */
const LONG_TAG = 'Межгосударственная программа разминирования в приграничных зонах';

describe('drafting: the release details panel in Russian', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];
  let releaseId: string;

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1440, height: 900 },
      seed: async (seedHost) => {
        const created: Release = await callHost(seedHost, 'releases.create', {
          kind: 'news',
          sourceLang: 'ru',
          date: '2026-03-15',
          title: 'Учения в Бресте',
        });
        releaseId = created.id;
      },
    });
    ({ host, page, errors } = app);
    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.getByLabel('Заголовок', { exact: true }).waitFor();
  });

  afterAll(() => app?.close());

  const stored = (): Promise<Release> => callHost(host, 'releases.get', { id: releaseId });
  const dateInput = () => page.locator('#meta-date');
  const calendarButton = () =>
    page.getByRole('button', { name: 'Выбрать в календаре: Дата', exact: true }).first();
  const calendar = () => page.getByRole('dialog', { name: 'Календарь: Дата' });
  const isFocused = (selector: string) =>
    page.evaluate(`document.activeElement === document.querySelector(${JSON.stringify(selector)})`);

  it('shows the date as ДД.ММ.ГГГГ and stores 7.12.26 typed by hand as 2026-12-07', async () => {
    expect(await dateInput().inputValue()).toBe('15.03.2026');
    expect(await dateInput().getAttribute('placeholder')).toBe('ДД.ММ.ГГГГ');
    await dateInput().fill('7.12.26');
    await dateInput().press('Enter');
    expect(await dateInput().inputValue()).toBe('07.12.2026');
    await waitUntilSaved(page);
    expect((await stored()).date).toBe('2026-12-07');
    expect(await page.getByTestId('dateline-preview').textContent()).toContain('7 декабря 2026 г.');
  });

  it('refuses a day the calendar does not have and a text that is no date, storing neither', async () => {
    await dateInput().fill('31.02.2026');
    await dateInput().press('Enter');
    const error = page.locator('#meta-date-error');
    expect(await error.textContent()).toBe(
      'Такого дня нет. Введите дату в виде ДД.ММ.ГГГГ, например 07.12.2026.',
    );
    expect(await dateInput().getAttribute('aria-invalid')).toBe('true');
    expect(await dateInput().getAttribute('aria-describedby')).toContain('meta-date-error');
    await saveScreenshot(page, 'metadata-date-invalid-ru-1440');
    await dateInput().fill('завтра');
    await page.getByLabel('Место', { exact: true }).click();
    expect(await error.textContent()).toBe('Введите дату в виде ДД.ММ.ГГГГ, например 07.12.2026.');
    await dateInput().fill('');
    await dateInput().press('Enter');
    expect(await error.textContent()).toBe('Введите дату, например 07.12.2026.');
    expect(await page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect((await stored()).date).toBe('2026-12-07');
    await dateInput().fill('07.12.2026');
    await dateInput().press('Enter');
    await error.waitFor({ state: 'detached' });
  });

  it('opens a Russian calendar on the stored day and picks the next day by keyboard', async () => {
    await dateInput().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await calendar().waitFor();
    const text = (await calendar().textContent()) ?? '';
    expect(text).toMatch(/декабрь/i);
    expect(text).toMatch(/пн|понедельник/i);
    const focusedName = await page.evaluate('document.activeElement.getAttribute("aria-label")');
    expect(focusedName).toMatch(/7 декабря 2026 г\., выбрано$/);
    await saveScreenshot(page, 'metadata-calendar-ru-1440');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await calendar().waitFor({ state: 'detached' });
    expect(await dateInput().inputValue()).toBe('08.12.2026');
    expect(await isFocused('#meta-date')).toBe(true);
    await waitUntilSaved(page);
    expect((await stored()).date).toBe('2026-12-08');
  });

  it('picks a day with the mouse, and Escape closes the calendar back to its button', async () => {
    await calendarButton().click();
    await calendar().getByRole('button', { name: /^четверг, 24 декабря 2026 г\./ }).click();
    await calendar().waitFor({ state: 'detached' });
    expect(await dateInput().inputValue()).toBe('24.12.2026');
    await waitUntilSaved(page);
    expect((await stored()).date).toBe('2026-12-24');
    await calendarButton().click();
    await calendar().waitFor();
    await page.keyboard.press('Escape');
    await calendar().waitFor({ state: 'detached' });
    expect(await isFocused('#meta-date + .date-field__button')).toBe(true);
    // The editor is still open: Escape closed only the calendar.
    await dateInput().waitFor();
  });

  it('takes the embargo as a Russian date and a 24-hour time, and refuses 25:00', async () => {
    await page.getByLabel('Не публиковать до указанного времени').check();
    await page.locator('#embargo-date').fill('1.1.27');
    await page.locator('#embargo-time').fill('9:30');
    await page.locator('#embargo-time').press('Enter');
    expect(await page.locator('#embargo-date').inputValue()).toBe('01.01.2027');
    expect(await page.locator('#embargo-time').inputValue()).toBe('09:30');
    await waitUntilSaved(page);
    expect((await stored()).embargo?.until).toBe('2027-01-01T09:30');
    await page.locator('#embargo-time').fill('25:00');
    await page.locator('#embargo-time').press('Enter');
    expect(await page.locator('#embargo-time-error').textContent()).toBe(
      'Такого времени суток нет. Введите его в виде ЧЧ:ММ, например 18:30.',
    );
    expect((await stored()).embargo?.until).toBe('2027-01-01T09:30');
    await page.locator('#embargo-time').fill('18:05');
    await page.locator('#embargo-time').press('Enter');
    await waitUntilSaved(page);
    expect((await stored()).embargo?.until).toBe('2027-01-01T18:05');
  });

  it('creates a tag from the tag field with Enter, and Undo takes the chip off again', async () => {
    const field = page.getByRole('combobox', { name: 'Добавить тег', exact: true });
    await field.fill('Гуманитарное разминирование');
    await page.getByRole('option', { name: 'Создать «Гуманитарное разминирование»' }).waitFor();
    await field.press('Enter');
    const chips = page.getByRole('list', { name: 'Теги этого релиза' });
    await chips.getByText('Гуманитарное разминирование', { exact: true }).waitFor();
    await waitUntilSaved(page);
    const vocabulary = await callHost(host, 'vocabulary.list', {});
    const entry = vocabulary.find((e) => e.labels.ru === 'Гуманитарное разминирование');
    expect(entry?.type).toBe('topic');
    expect((await stored()).tags).toEqual([entry!.id]);

    await page.getByRole('button', { name: 'Снова снять тег «Гуманитарное разминирование» с этого релиза' }).click();
    await page.getByText('Тегов пока нет.').waitFor();
    await waitUntilSaved(page);
    expect((await stored()).tags).toEqual([]);
    // Taking the tag back leaves the entry in the vocabulary: it may already tag other releases.
    expect((await callHost(host, 'vocabulary.list', {})).map((e) => e.id)).toContain(entry!.id);

    // An existing name is picked, not created twice.
    await field.fill('гуманитарное разминирование');
    expect(await page.getByRole('option', { name: /^Создать/ }).count()).toBe(0);
    await field.press('Enter');
    await chips.getByText('Гуманитарное разминирование', { exact: true }).waitFor();
  });

  it('shows why main refuses a new tag name, and stores nothing', async () => {
    const field = page.getByRole('combobox', { name: 'Добавить тег', exact: true });
    const before = (await callHost(host, 'vocabulary.list', {})).length;
    await field.fill('ОДКБ | CSTO');
    await field.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Тег «ОДКБ | CSTO» не создан' }).waitFor();
    expect((await callHost(host, 'vocabulary.list', {})).length).toBe(before);
    // The browser logs the refused request; it is the one expected here.
    expect(errors.splice(0)).toEqual([expect.stringContaining('400 (Bad Request)')]);
  });

  it('keeps a 64-character tag inside the panel, cut off with its whole name as a tooltip', async () => {
    expect(LONG_TAG.length).toBe(64);
    const field = page.getByRole('combobox', { name: 'Добавить тег', exact: true });
    await field.fill(LONG_TAG);
    await field.press('Enter');
    const label = page.locator('.tag-chip__label', { hasText: LONG_TAG });
    await label.waitFor();
    expect(await label.getAttribute('title')).toBe(LONG_TAG);
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const panel = (await page.locator('.meta-panel').boundingBox())!;
      const chip = (await page.locator('.tag-chip', { has: label }).boundingBox())!;
      expect(chip.x).toBeGreaterThanOrEqual(panel.x);
      expect(chip.x + chip.width).toBeLessThanOrEqual(panel.x + panel.width);
      const cut: boolean = await label.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(cut).toBe(true);
      await page.locator('.meta-panel').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `metadata-panel-ru-${width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('gives every text field of the panel its limit from FIELD_LIMITS, with a counter near it', async () => {
    const place = page.getByLabel('Место', { exact: true });
    expect(await place.getAttribute('maxlength')).toBe(String(FIELD_LIMITS.datelinePlace));
    await place.fill('Б'.repeat(FIELD_LIMITS.datelinePlace - 10));
    const counter = page.locator('#meta-place-count');
    expect(await counter.textContent()).toBe('190 из 200 символов');
    expect(await place.getAttribute('aria-describedby')).toBe('meta-place-count');
    await place.press('End');
    await page.keyboard.insertText('x'.repeat(30));
    expect((await place.inputValue()).length).toBe(FIELD_LIMITS.datelinePlace);
    expect(await counter.textContent()).toBe('200 из 200 символов');
    await place.fill('Брест');
    await counter.waitFor({ state: 'detached' });

    const issuer = page.getByRole('textbox', { name: 'Подпись', exact: true });
    expect(await issuer.getAttribute('maxlength')).toBe(String(FIELD_LIMITS.issuer));
    await issuer.fill('П'.repeat(FIELD_LIMITS.issuer));
    expect(await page.locator('#meta-issuer-text-count').textContent()).toBe('500 из 500 символов');
    await issuer.fill('Пресс-центр');
    const boilerplate = page.getByLabel('Стандартный текст на этом языке', { exact: true });
    expect(await boilerplate.getAttribute('maxlength')).toBe(String(FIELD_LIMITS.boilerplate));

    await page.getByRole('button', { name: 'Добавить контакт' }).click();
    const limits = Object.fromEntries(
      await Promise.all(
        (['name', 'role', 'phone', 'email'] as const).map(
          async (key) => [key, await page.locator(`#meta-contact-0-${key}`).getAttribute('maxlength')] as const,
        ),
      ),
    );
    expect(limits).toEqual({
      name: String(FIELD_LIMITS.contactName),
      role: String(FIELD_LIMITS.contactRole),
      phone: String(FIELD_LIMITS.contactPhone),
      email: String(FIELD_LIMITS.contactEmail),
    });
    await waitUntilSaved(page);
    expect(errors).toEqual([]);
  });

  it('writes the same dates the English way, DD/MM/YYYY, with an English calendar', async () => {
    await page.getByRole('button', { name: 'EN' }).click();
    expect(await dateInput().inputValue()).toBe('24/12/2026');
    expect(await page.locator('#embargo-date').inputValue()).toBe('01/01/2027');
    await dateInput().fill('25/12/2026');
    await dateInput().press('Enter');
    await waitUntilSaved(page);
    expect((await stored()).date).toBe('2026-12-25');
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole('button', { name: 'Choose in the calendar: Date', exact: true }).first().click();
      const english = page.getByRole('dialog', { name: 'Calendar: Date' });
      await english.getByRole('button', { name: /^Friday, 25 December 2026, selected$/ }).waitFor();
      expect(await english.textContent()).toMatch(/December/);
      await saveScreenshot(page, `metadata-calendar-en-${width}`);
      await page.keyboard.press('Escape');
      await english.waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
  });

  it('puts the reason a release cannot be left on its own line, overlapping nothing, at 1280 and 1440', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const title = page.getByLabel('Title', { exact: true });
    // Past the input's own limit (as a script could be): the library refuses the save.
    await title.evaluate((input) => input.removeAttribute('maxlength'));
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('я'.repeat(FIELD_LIMITS.title + 200));
    await page.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor();
    await page.getByRole('button', { name: 'All releases' }).click();
    await page.getByTestId('cannot-leave').waitFor();
    // The browser logs each refused save request; they are the ones expected here.
    expect(errors.splice(0).every((line) => line.includes('400 (Bad Request)'))).toBe(true);
    for (const ui of ['EN', 'RU']) {
      await page.getByRole('button', { name: ui, exact: true }).click();
      for (const width of [1280, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        // A string, since this file is typed for Node: the code runs in the page.
        const layout: { hits: boolean[]; overlaps: boolean; below: boolean; metaLines: number } =
          await page.evaluate(`(() => {
          const bar = document.querySelector('.editor-screen > .screen-bar');
          const notice = bar.querySelector('[data-testid="cannot-leave"]');
          const others = [...bar.children].filter((el) => el !== notice);
          const hits = [...bar.children].map((el) => {
            const box = el.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return hit !== null && el.contains(hit);
          });
          const n = notice.getBoundingClientRect();
          const overlaps = others.some((el) => {
            const b = el.getBoundingClientRect();
            return b.left < n.right && n.left < b.right && b.top < n.bottom && n.top < b.bottom;
          });
          // Its own line under the bar's controls, which keep theirs: the kind and date stay one line.
          const below = others.every((el) => el.getBoundingClientRect().bottom <= n.top);
          const meta = bar.querySelector('.screen-bar__meta');
          const metaLines = Math.round(
            meta.getBoundingClientRect().height / parseFloat(getComputedStyle(meta).lineHeight),
          );
          return { hits, overlaps, below, metaLines };
        })()`);
        expect(layout.hits.every(Boolean), `${ui} ${width}`).toBe(true);
        expect(layout.overlaps, `${ui} ${width}`).toBe(false);
        expect(layout.below, `${ui} ${width}`).toBe(true);
        expect(layout.metaLines, `${ui} ${width}`).toBe(1);
        await saveScreenshot(page, `editor-cannot-leave-${ui.toLowerCase()}-${width}`);
      }
    }
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await title.fill('Учения в Бресте');
    await waitUntilSaved(page);
  });
});

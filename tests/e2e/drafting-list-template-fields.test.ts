/**
 * The shared form fields outside the details panel: the list's date filters typed and picked
 * the Russian way (and the English way), and the template form's limits and counters.
 */
import { FIELD_LIMITS } from '@shared/field-limits';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import { callHost } from './support/host-api';

const DATES = ['2026-02-10', '2026-03-15', '2026-04-20'];

describe('drafting: list filters and template fields', () => {
  let app: AppSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1280, height: 900 },
      seed: async (host) => {
        for (const date of DATES)
          await callHost(host, 'releases.create', {
            kind: 'news',
            sourceLang: 'ru',
            date,
            title: `Релиз от ${date}`,
          });
      },
    });
    ({ page, errors } = app);
    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('listbox').getByRole('option').nth(2).waitFor();
  });

  afterAll(() => app?.close());

  const rows = () => page.getByRole('listbox').getByRole('option');
  const rowCount = async (count: number) => {
    await page.getByRole('listbox').getByRole('option').nth(count - 1).waitFor();
    await page.getByRole('listbox').getByRole('option').nth(count).waitFor({ state: 'detached' });
    return rows().count();
  };

  it('filters the list from a date typed as 1.3.26, and to a day picked in the calendar', async () => {
    const from = page.locator('#list-filter-from');
    expect(await from.getAttribute('placeholder')).toBe('ДД.ММ.ГГГГ');
    await from.fill('1.3.26');
    await from.press('Enter');
    expect(await from.inputValue()).toBe('01.03.2026');
    expect(await rowCount(2)).toBe(2);

    const to = page.locator('#list-filter-to');
    await to.fill('01.04.2026');
    await page.getByRole('button', { name: 'Выбрать в календаре: По', exact: true }).click();
    const calendar = page.getByRole('dialog', { name: 'Календарь: По' });
    await calendar.getByRole('button', { name: /^среда, 1 апреля 2026 г\., выбрано$/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await saveScreenshot(page, `list-filter-calendar-ru-${width}`);
    }
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    expect(await to.inputValue()).toBe('31.03.2026');
    expect(await rowCount(1)).toBe(1);
    expect(await rows().first().textContent()).toContain('Релиз от 2026-03-15');
  });

  it('refuses a date that does not exist without changing the filter, and clears it when emptied', async () => {
    const to = page.locator('#list-filter-to');
    await to.fill('31.04.2026');
    await to.press('Enter');
    expect(await page.locator('#list-filter-to-error').textContent()).toMatch(/^Такого дня нет/);
    expect(await rowCount(1)).toBe(1);
    await to.fill('');
    await to.press('Enter');
    await page.locator('#list-filter-to-error').waitFor({ state: 'detached' });
    expect(await rowCount(2)).toBe(2);
  });

  it('shows the filter dates the English way after switching', async () => {
    await page.getByRole('button', { name: 'EN' }).click();
    expect(await page.locator('#list-filter-from').inputValue()).toBe('01/03/2026');
    await page.getByRole('button', { name: 'Choose in the calendar: From', exact: true }).click();
    const calendar = page.getByRole('dialog', { name: 'Calendar: From' });
    await calendar.getByRole('button', { name: /^Sunday, 1 March 2026, selected$/ }).waitFor();
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await saveScreenshot(page, `list-filter-calendar-en-${width}`);
    }
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await rowCount(3)).toBe(3);
  });

  it('gives the template form the release limits, with the counter near them', async () => {
    await page.getByRole('button', { name: 'Templates' }).click();
    const title = page.locator('#template-title');
    await title.waitFor();
    expect(await title.getAttribute('maxlength')).toBe(String(FIELD_LIMITS.title));
    expect(await page.locator('#template-lead').getAttribute('maxlength')).toBe(String(FIELD_LIMITS.lead));
    expect(await page.locator('#template-place').getAttribute('maxlength')).toBe(
      String(FIELD_LIMITS.datelinePlace),
    );
    expect(await page.locator('#template-issuer').getAttribute('maxlength')).toBe(String(FIELD_LIMITS.issuer));
    const kept = await title.inputValue();
    await title.fill('T'.repeat(950));
    expect(await page.locator('#template-title-count').textContent()).toBe('950 of 1,000 characters');
    expect(await title.getAttribute('aria-describedby')).toBe('template-title-count');
    await page.getByRole('button', { name: 'RU' }).click();
    expect(await page.locator('#template-title-count').textContent()).toMatch(/^950 из 1\s000 символов$/);
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await saveScreenshot(page, `templates-counter-ru-${width}`);
    }
    await title.fill(kept);
    await page.locator('#template-title-count').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('shows the New release dialog’s calendar whole, and picks its date by keyboard', async () => {
    await page.getByRole('button', { name: 'Все релизы' }).click();
    await page.getByRole('button', { name: 'Новый релиз' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый релиз' });
    await dialog.waitFor();
    await dialog.getByLabel('Дата', { exact: true }).fill('07.12.2026');
    await dialog.getByRole('button', { name: 'Выбрать в календаре: Дата' }).click();
    const calendar = page.getByRole('dialog', { name: 'Календарь: Дата' });
    await calendar.waitFor();
    // Each corner of the calendar is the calendar's own, not cut off by the dialog around it.
    const corners: boolean[] = await calendar.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return [
        [box.left + 4, box.top + 4],
        [box.right - 4, box.top + 4],
        [box.left + 4, box.bottom - 4],
        [box.right - 4, box.bottom - 4],
      ].map(([x, y]) => {
        const hit = element.ownerDocument.elementFromPoint(x!, y!);
        return hit !== null && element.contains(hit);
      });
    });
    await saveScreenshot(page, 'new-release-calendar-ru-1440');
    expect(corners).toEqual([true, true, true, true]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Дата', { exact: true }).inputValue()).toBe('14.12.2026');
    // Escape closed only the calendar before; now it closes the dialog.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});

/**
 * The drafting screens in both interface languages: the UI switches to Russian and back at
 * run time, every new screen and dialog is screenshotted in each, passes axe, and answers the
 * keyboard (Ctrl+N, Ctrl+F, F1).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import { createSampleReleases } from './support/sample-releases';

describe('drafting: Russian and English interface', () => {
  let app: AppSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1280, height: 860 },
      seed: async (started) => {
        await createSampleReleases(started);
      },
    });
    ({ page, errors } = app);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
  });

  afterAll(() => app?.close());

  async function shoot(name: string): Promise<void> {
    await saveScreenshot(page, name);
    expect(await seriousAxeViolations(page), name).toEqual([]);
  }

  async function eachLanguage(visit: (lang: 'en' | 'ru') => Promise<void>): Promise<void> {
    await visit('en');
    await page.getByRole('button', { name: 'RU' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await visit('ru');
    await page.getByRole('button', { name: 'EN' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  }

  it('switches the list, its filters and sort to Russian and back', async () => {
    await eachLanguage(async (lang) => {
      const heading = lang === 'en' ? 'Releases' : 'Релизы';
      await page.getByRole('heading', { name: heading }).waitFor();
      await shoot(`drafting-list-filters-${lang}`);
    });
    // Ctrl+F goes to the search box atop the filters; a filter narrows the list, and its title language follows it.
    await page.keyboard.press('Control+f');
    expect(await page.evaluate('document.activeElement.id')).toBe('release-search');
    await page.getByLabel('Language', { exact: true }).selectOption('kk');
    await page.getByText('2 releases').waitFor();
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(2);
    expect(await page.getByRole('listbox').getByRole('option').first().textContent()).toContain(
      'Сыртқы істер министрі',
    );
    await shoot('drafting-list-filtered-en');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('listbox').getByRole('option').nth(4).waitFor();
  });

  it('shows the templates and boilerplate screens in both languages', async () => {
    await page.getByRole('button', { name: 'Templates' }).click();
    await page.getByRole('heading', { name: 'Templates and boilerplate' }).waitFor();
    await page.getByRole('tab', { name: 'Media advisory' }).click();
    await page.locator('.ProseMirror h2').first().waitFor();
    await eachLanguage(async (lang) => {
      await page.locator('#template-title').waitFor();
      // The hints of the template's empty blocks follow the interface language.
      expect(await page.locator('.ProseMirror p.is-empty').first().getAttribute('data-placeholder')).toBe(
        lang === 'en' ? 'Text…' : 'Текст…',
      );
      await shoot(`drafting-templates-${lang}`);
      await page.getByRole('tab', { name: lang === 'en' ? 'Boilerplate snippets' : 'Стандартные тексты' }).click();
      await page.locator('#snippet-name').waitFor();
      await shoot(`drafting-snippets-${lang}`);
      await page.getByRole('tab', { name: lang === 'en' ? 'Templates' : 'Шаблоны', exact: true }).click();
    });
    await page.getByRole('button', { name: 'All releases' }).click();
  });

  it('shows the new-release, import and shortcut dialogs in both languages', async () => {
    await eachLanguage(async (lang) => {
      await page.getByRole('listbox').getByRole('option').first().focus();
      await page.keyboard.press('Control+n');
      const newRelease = page.getByRole('dialog', { name: lang === 'en' ? 'New release' : 'Новый релиз' });
      await newRelease.waitFor();
      await shoot(`drafting-new-release-${lang}`);
      await page.keyboard.press('Escape');
      await newRelease.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: lang === 'en' ? 'Import…' : 'Импорт…' }).click();
      const importDialog = page.getByRole('dialog', { name: lang === 'en' ? 'Import releases' : 'Импорт релизов' });
      await importDialog.waitFor();
      await shoot(`drafting-import-${lang}`);
      await page.keyboard.press('Escape');
      await importDialog.waitFor({ state: 'hidden' });

      await page.keyboard.press('F1');
      const shortcuts = page.getByRole('dialog', { name: lang === 'en' ? 'Keyboard shortcuts' : 'Сочетания клавиш' });
      await shortcuts.waitFor();
      expect(await shortcuts.textContent()).toContain('Ctrl+K');
      await shoot(`drafting-shortcuts-${lang}`);
      await page.keyboard.press('Escape');
      await shortcuts.waitFor({ state: 'hidden' });
    });
  });

  it('shows the editor with its details panel and link dialog in both languages', async () => {
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.locator('.ProseMirror').waitFor();
    await eachLanguage(async (lang) => {
      await page.locator('.ProseMirror p').first().click();
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: lang === 'en' ? 'Add a link' : 'Добавить ссылку' });
      await dialog.waitFor();
      await shoot(`drafting-link-dialog-${lang}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.meta-panel').scrollIntoViewIfNeeded();
      await shoot(`drafting-details-${lang}`);
    });
    expect(errors).toEqual([]);
  });
});

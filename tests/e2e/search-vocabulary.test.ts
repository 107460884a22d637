/**
 * Search and tagging end to end, in Chromium against the loopback host: the project's
 * vocabulary imported from a JSON file through the vocabulary screen, a duplicate name refused,
 * the tags the Brest release mentions suggested and accepted, a tag named in another language
 * shown in the source language's name, the list filtered by a tag chosen by its Russian name,
 * a Russian word form found and highlighted, and two entries merged. Every screen passes axe
 * and leaves a screenshot in test-artifacts/e2e/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release } from '@shared/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullRelease, fullReleaseMentionsEn, sevenLanguageItem, vocabulary } from '../fixtures';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';

/**
 * What the Brest release's English and Russian text name (see vocabulary-suggest.test.ts), by
 * the fixture's ids; imported without ids, entries get theirs from their English labels.
 */
const BREST_TAGS = fullReleaseMentionsEn;

/** A release of the fixtures, as the app would hold it once typed in: untagged. */
async function createUntagged(host: RunningHost, fixture: Release): Promise<Release> {
  const created = await callHost(host, 'releases.create', {
    kind: fixture.kind,
    sourceLang: fixture.sourceLang,
    date: fixture.date,
  });
  return callHost(host, 'releases.save', {
    release: { ...created, issuer: fixture.issuer, variants: fixture.variants, tags: [] },
  });
}

describe('search and vocabulary', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];
  let brest: Release;
  let school: Release;
  /** The id each fixture entry got on import. */
  const importedId = new Map<string, string>();

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1360, height: 900 },
      seed: async (started) => {
        brest = await createUntagged(started, fullRelease);
        school = await createUntagged(started, sevenLanguageItem);
      },
    });
    ({ host, page, errors } = app);
  });

  afterAll(() => app?.close());

  async function checkScreen(name: string): Promise<void> {
    await saveScreenshot(page, name);
    expect(await seriousAxeViolations(page), name).toEqual([]);
    expect(errors, name).toEqual([]);
  }

  const entryButton = (label: string) =>
    page.locator('.vocabulary-item', { has: page.getByText(label, { exact: true }) });

  async function tagsOf(release: Release): Promise<string[]> {
    return (await callHost(host, 'releases.get', { id: release.id })).tags;
  }

  async function openFromList(title: string): Promise<void> {
    await page.getByRole('option').filter({ hasText: title }).click();
    await page.getByRole('heading', { name: 'Tags' }).waitFor();
  }

  it('imports the vocabulary from a JSON file shaped { entries: [ { type, labels, aliases } ] }', async () => {
    const file = join(app.library.dir, 'vocabulary-to-import.json');
    const entries = vocabulary.map(({ type, labels, aliases }) => ({ type, labels, aliases }));
    await writeFile(file, JSON.stringify({ entries }, null, 2));

    await page.getByRole('button', { name: 'Vocabulary' }).click();
    await page.getByRole('heading', { name: 'Vocabulary', level: 1 }).waitFor();
    await page.getByText('The vocabulary is empty.').waitFor();
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a vocabulary' });
    await dialog.getByLabel('JSON or CSV file').setInputFiles(file);
    await dialog.getByText('Ready: 17 new entries, 0 entries get new names.').waitFor();
    await saveScreenshot(page, 'search-vocabulary-import-en');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Imported: 17 new entries, 0 entries updated.').waitFor();

    const stored = await callHost(host, 'vocabulary.list', {});
    expect(stored.map((e) => e.labels)).toEqual(vocabulary.map((e) => e.labels));
    vocabulary.forEach((entry, index) => importedId.set(entry.id, stored[index]!.id));
    expect(importedId.get('combat-brotherhood-2023')).toBe('combat-brotherhood-2023');
    await entryButton('Collective Security Treaty Organization').click();
    await page.getByLabel('Other names in Русский, one a line').waitFor();
    expect(await page.getByLabel('Other names in Русский, one a line').inputValue()).toBe('ОДКБ');
    await checkScreen('search-vocabulary-en');
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await page.getByRole('heading', { name: 'Словарь', level: 1 }).waitFor();
    await checkScreen('search-vocabulary-ru');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
  });

  it('exports the vocabulary as CSV and JSON files', async () => {
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('vocabulary.csv');
    const csvText = await readFile((await csv.path())!, 'utf8');
    expect(csvText.startsWith('\uFEFFid,type,label_ru,aliases_ru,label_en')).toBe(true);
    expect(csvText).toContain('Боевое братство-2023');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as {
      entries: unknown[];
    };
    expect(exported.entries).toEqual(await callHost(host, 'vocabulary.list', {}));
  });

  it('refuses a name another entry already has, naming it and the language', async () => {
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('Name in Русский').fill('одкб');
    const problem =
      '“одкб” is already a name of “Collective Security Treaty Organization” in Русский.';
    await page.getByText(problem).waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    await saveScreenshot(page, 'search-vocabulary-duplicate-en');
    expect(await callHost(host, 'vocabulary.list', {})).toHaveLength(vocabulary.length);
    // Main refuses it too, with the same rule.
    await expect(
      callHost(host, 'vocabulary.save', {
        entry: { type: 'organisation', labels: { ru: 'ОДКБ' }, aliases: {} },
      }),
    ).rejects.toThrow(/invalid-input/);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('suggests the tags the Brest release mentions, with the passage, and adds them all', async () => {
    await page.getByRole('button', { name: 'All releases' }).click();
    await openFromList('Combat Brotherhood-2023');
    const suggestions = page.getByRole('group', { name: /Suggested by the text/ });
    await suggestions
      .getByRole('heading', { name: `Suggested by the text (${BREST_TAGS.length})` })
      .waitFor();
    for (const name of [
      'Collective Security Treaty Organization',
      'Imangali Tasmagambetov',
      'Anatoly Sidorov',
      'Brest Fortress',
      'Combat Brotherhood-2023',
      'Interaction-2023',
      'Search-2023',
      'Echelon-2023',
      'Cobalt-2023',
      'Barrier-2023',
    ])
      await suggestions.getByRole('button', { name: `Add the tag “${name}”` }).waitFor();
    expect(await suggestions.locator('mark').first().textContent()).toBeTruthy();
    await page.getByRole('heading', { name: 'Tags' }).scrollIntoViewIfNeeded();
    await checkScreen('search-tags-suggestions-en');
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await page
      .getByRole('heading', { name: `Предложено по тексту (${BREST_TAGS.length})` })
      .waitFor();
    await checkScreen('search-tags-suggestions-ru');
    await page.getByRole('button', { name: 'EN', exact: true }).click();

    await suggestions.getByRole('button', { name: 'Add all' }).click();
    await suggestions.waitFor({ state: 'detached' });
    await waitUntilSaved(page);
    expect((await tagsOf(brest)).sort()).toEqual(BREST_TAGS.map((id) => importedId.get(id)).sort());

    // The Russian version names its tags in Russian.
    await page.locator('#variant-tab-ru').click();
    const chips = page.getByRole('list', { name: 'Tags of this release' });
    await chips.getByText('Боевое братство-2023', { exact: true }).waitFor();
    await chips.getByText('Брестская крепость', { exact: true }).waitFor();
  });

  it('shows a tag in the source language’s name, marked, where the version’s language has none', async () => {
    await page.getByRole('button', { name: 'All releases' }).click();
    await openFromList('Summer School of Diplomacy');
    // Added by its Russian name; the entry has no Armenian one.
    await page.getByRole('combobox', { name: 'Add a tag' }).fill('взаимодействие');
    await page.getByRole('option', { name: /Interaction-2023/ }).click();
    await waitUntilSaved(page);
    expect(await tagsOf(school)).toContain(importedId.get('interaction-2023'));
    await page.locator('#variant-tab-hy').click();
    const chip = page
      .getByRole('list', { name: 'Tags of this release' })
      .getByRole('listitem')
      .filter({
        hasText: 'Interaction-2023',
      });
    await chip.getByText('No Հայերեն name: shown in English').waitFor();
    expect(await chip.locator('.tag-chip__lang [aria-hidden="true"]').textContent()).toBe('EN');
    await page.getByRole('heading', { name: 'Tags' }).scrollIntoViewIfNeeded();
    await checkScreen('search-tags-fallback-en');
    // Its text names the CSTO and its Secretariat: both become tags (merged below).
    await page
      .getByRole('group', { name: /Suggested by the text/ })
      .getByRole('button', { name: 'Add all' })
      .click();
    await waitUntilSaved(page);
    expect(await tagsOf(school)).toEqual(
      expect.arrayContaining([importedId.get('csto'), 'csto-secretariat']),
    );
  });

  it('filters the list by a tag chosen by its Russian name', async () => {
    await page.getByRole('button', { name: 'All releases' }).click();
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await page.getByRole('heading', { name: 'Релизы' }).waitFor();
    await page.getByRole('combobox', { name: 'С тегом' }).fill('боевое');
    const option = page
      .getByRole('listbox', { name: 'С тегом' })
      .getByRole('option', { name: /Боевое братство-2023/ });
    await option.waitFor();
    await saveScreenshot(page, 'search-tag-picker-ru');
    await option.click();
    await page
      .getByRole('list', { name: 'Теги, которые есть у каждого результата' })
      .getByText('Боевое братство-2023')
      .waitFor();
    await page.getByText('Найден 1 релиз').waitFor();
    const hits = page.locator('.search-hit');
    expect(await hits.count()).toBe(1);
    expect(await hits.first().getByRole('button').textContent()).toContain('Боевое братство-2023');
    await checkScreen('search-tag-filter-ru');
    await page.getByRole('button', { name: 'Не отбирать по тегу «Боевое братство-2023»' }).click();
    await page.getByRole('listbox', { name: 'Релизы' }).waitFor();
  });

  it('finds “Тасмагамбетова” in the Russian version, highlighted, from Ctrl+F', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    expect(await page.evaluate('document.activeElement?.id')).toBe('release-search');
    await page.keyboard.type('Тасмагамбетова');
    const hit = page.locator('.search-hit').first();
    await page.getByText('Найден 1 релиз').waitFor();
    expect(await hit.locator('.lang-badge').textContent()).toBe('Русский');
    expect(await hit.getByRole('button').getAttribute('lang')).toBe('ru');
    expect(await hit.getByRole('button').textContent()).toBe(fullRelease.variants.ru!.title);
    // The name the word is part of is what is marked.
    const marks = await hit.locator('.search-hit__snippet mark').allTextContents();
    expect(marks).toContain('Имангали Тасмагамбетова');
    await checkScreen('search-results-ru');

    // "/" outside a text field also goes to the box.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate('document.activeElement?.id')).toBe('release-search');

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByText('1 release found').waitFor();
    await checkScreen('search-results-en');

    // The hit opens the release at its Russian version.
    await hit.getByRole('button').click();
    await page.locator('#variant-tab-ru[aria-selected="true"]').waitFor();
    await page.getByRole('button', { name: 'All releases' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  it('merges two entries: every release that carried either carries the merged one', async () => {
    await page.getByRole('button', { name: 'Vocabulary' }).click();
    await entryButton('CSTO Secretariat').click();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “CSTO Secretariat”' });
    await dialog.getByRole('combobox', { name: 'Into the entry' }).fill('одкб');
    const option = dialog.getByRole('option', { name: /Collective Security Treaty Organization/ });
    await option.waitFor();
    await saveScreenshot(page, 'search-vocabulary-merge-pick-en');
    await option.click();
    await dialog.getByText('Into “Collective Security Treaty Organization”.').waitFor();
    await saveScreenshot(page, 'search-vocabulary-merge-en');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await page
      .getByText('Merged into “Collective Security Treaty Organization”; 2 releases re-tagged.')
      .waitFor();

    const csto = importedId.get('csto')!;
    for (const release of [brest, school]) {
      const tags = await tagsOf(release);
      expect(tags).toContain(csto);
      expect(tags).not.toContain('csto-secretariat');
    }
    const merged = (await callHost(host, 'vocabulary.list', {})).find((e) => e.id === csto)!;
    expect(merged.aliases.ru).toContain('Секретариат ОДКБ');
    expect(merged.aliases.en).toContain('CSTO Secretariat');
  });

  it('deletes an entry after saying how many releases carry it', async () => {
    await entryButton('Brest').click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Brest”?' });
    await dialog.getByText('The tag is taken off 1 release.').waitFor();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('Deleted; 1 release lost the tag.').waitFor();
    expect(await tagsOf(brest)).not.toContain('brest');
    expect(errors).toEqual([]);
  });
});

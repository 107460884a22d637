/**
 * Every screen survives a release with each field at its schema's extreme (every text at its
 * maximum length, as many contacts and tags as allowed, all seven languages, an embargo), and
 * a screen whose code throws while rendering shows the error boundary's message, in ru and en,
 * with a way back to a working list, instead of a blank window. The export dialog included.
 */
import type { Contact, Release, Variant } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { FIELD_LIMITS } from '@shared/field-limits';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { reviewBar, versionTab, waitForCurrentReview } from './support/review-page';
import { ARTIFACTS_DIR } from './support/paths';

/** The schema's limits not kept in FIELD_LIMITS (src/shared/domain.ts). */
const MAX_CONTACTS = 50;
const MAX_TAGS = 500;
const MAX_ID_LENGTH = 64;

/** A word of each language's own script, so every shaping path is exercised. */
const WORDS: Record<Lang, string> = {
  ru: 'пресс-служба',
  en: 'press-office',
  hy: 'մամուլի-ծառայություն',
  be: 'прэс-служба',
  kk: 'баспасөз-қызметі',
  ky: 'басма-сөз-кызматы',
  tg: 'хадамоти-матбуот',
};
const TAB_NAMES: Record<Lang, RegExp> = {
  ru: /Русский/,
  en: /English/,
  hy: /Հայերեն/,
  be: /Беларуская/,
  kk: /Қазақша/,
  ky: /Кыргызча/,
  tg: /Тоҷикӣ/,
};
/** A word found only in this release: the search must lead to it. */
const NEEDLE = 'Зеравшанпамир';

/** `word`s joined by spaces, cut to exactly `length` characters. */
function filled(word: string, length: number): string {
  return `${word} `.repeat(Math.ceil(length / (word.length + 1))).slice(0, length);
}

/** One character repeated with no break at all: the widest a field can get. */
function unbroken(char: string, length: number): string {
  return char.repeat(length);
}

function extremeVariant(base: Variant, lang: Lang): Variant {
  const word = WORDS[lang];
  return {
    ...base,
    lang,
    title: `${NEEDLE} ${filled(word, FIELD_LIMITS.title - NEEDLE.length - 1)}`,
    lead: filled(word, FIELD_LIMITS.lead),
    datelinePlace: unbroken(word[0]!, FIELD_LIMITS.datelinePlace),
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: `${NEEDLE} ${filled(word, 5000)}` }] },
        { type: 'paragraph', content: [{ type: 'text', text: unbroken(word[0]!, 3000) }] },
        { type: 'paragraph', content: [{ type: 'text', text: '2024 100% 3,5 7 000' }] },
      ],
    },
  };
}

function extremeContact(index: number): Contact {
  const n = String(index).padStart(2, '0');
  return {
    name: filled(`${n}-Ануш-Սարգսյան`, FIELD_LIMITS.contactName),
    role: filled('пресс-секретарь', FIELD_LIMITS.contactRole),
    phone: unbroken('7', FIELD_LIMITS.contactPhone),
    email: `${unbroken('a', FIELD_LIMITS.contactEmail - '@example.org'.length - n.length)}${n}@example.org`,
  };
}

function extremeTag(index: number): string {
  const prefix = `tag-${String(index).padStart(3, '0')}-`;
  return prefix + unbroken('x', MAX_ID_LENGTH - prefix.length);
}

async function saveExtremeRelease(host: RunningHost): Promise<Release> {
  const created = await callHost(host, 'releases.create', {
    kind: 'press-release',
    sourceLang: 'ru',
    title: 'x',
    date: '2024-07-25',
  });
  const base = created.variants.ru!;
  const variants = Object.fromEntries(LANGS.map((lang) => [lang, extremeVariant(base, lang)]));
  const boilerplate = Object.fromEntries(
    LANGS.map((lang) => [lang, filled(WORDS[lang], FIELD_LIMITS.boilerplate)]),
  );
  const saved = await callHost(host, 'releases.save', {
    release: {
      ...created,
      embargo: { until: '2099-12-31T23:59', timeZone: 'Asia/Dushanbe' },
      issuer: filled('Пресс-центр', FIELD_LIMITS.issuer),
      contacts: Array.from({ length: MAX_CONTACTS }, (_, i) => extremeContact(i)),
      tags: Array.from({ length: MAX_TAGS }, (_, i) => extremeTag(i)),
      boilerplate,
      variants,
    },
  });
  // A checkpoint of each version the history is opened on, so it has rows (and dates) to show.
  for (const lang of ['ru', 'en'] as const) {
    await callHost(host, 'releases.checkpoint', { id: saved.id, lang });
  }
  return saved;
}

/**
 * Makes every Intl.DateTimeFormat#format throw while `window.__failDates` is set: the history
 * and the export dialog format dates while rendering, so this breaks exactly the screen opened
 * next, from the outside, without any hook in the app.
 */
const FAIL_DATES_SCRIPT = `(() => {
  const proto = Intl.DateTimeFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'format');
  Object.defineProperty(proto, 'format', {
    configurable: true,
    get() {
      if (window.__failDates) throw new Error('forced date failure');
      return original.get.call(this);
    },
  });
})();`;

describe('screens with a release at the schema’s extremes', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];
  let release: Release;

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1200, height: 800 },
      seed: async (started) => {
        release = await saveExtremeRelease(started);
      },
      initScript: FAIL_DATES_SCRIPT,
    });
    ({ host, page, errors } = app);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
  });

  afterAll(() => app?.close());

  const failDates = (on: boolean) => page.evaluate(`window.__failDates = ${on}`);

  /** The app is there (header and a screen with content), nothing failed, and it looks so. */
  async function checkScreen(name: string): Promise<void> {
    await page.locator('.app header').first().waitFor();
    expect(await page.locator('.app-main').innerText(), name).not.toBe('');
    expect(await page.getByTestId('screen-failed').count(), name).toBe(0);
    await saveScreenshot(name);
    expect(errors, name).toEqual([]);
  }

  const rows = () => page.getByRole('listbox').getByRole('option');

  /** What the window shows (a full-page shot of these screens is tens of thousands of pixels). */
  const saveScreenshot = (name: string) =>
    page.screenshot({ path: join(ARTIFACTS_DIR, `extremes-${name}.png`) });

  /** Each case starts at the list, as after a fresh start, and opens the release if asked. */
  async function fromList(open = false): Promise<void> {
    // The app's own views keep the address: leave the page so the next load starts afresh.
    await page.goto('about:blank');
    await page.goto(host.url);
    await rows().first().waitFor();
    if (open) {
      await rows().first().click();
      await page.getByRole('complementary').waitFor();
    }
  }

  it('the release is stored whole', () => {
    expect(Object.keys(release.variants)).toEqual([...LANGS]);
    expect(release.variants.hy!.title).toHaveLength(FIELD_LIMITS.title);
    expect(release.tags).toHaveLength(MAX_TAGS);
    expect(release.contacts).toHaveLength(MAX_CONTACTS);
  });

  it('shows the list', async () => {
    await fromList();
    expect(await rows().count()).toBe(1);
    await checkScreen('list');
  });

  it('opens the editor, with its metadata panel, in each of the seven languages', async () => {
    await fromList(true);
    for (const lang of LANGS) {
      await versionTab(page, TAB_NAMES[lang].source).click();
      expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(
        release.variants[lang]!.title,
      );
      await page.getByRole('complementary', { name: 'Release details' }).waitFor();
      await checkScreen(`editor-${lang}`);
    }
  });

  it('shows a translation side by side with its source, and the history', async () => {
    await fromList(true);
    await versionTab(page, TAB_NAMES.en.source).click();
    await reviewBar(page).getByRole('button', { name: 'Side by side' }).click();
    await waitForCurrentReview(page);
    await checkScreen('review-side-by-side');
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await page.getByTestId('history-row').first().waitFor();
    await checkScreen('history');
  });

  it('opens the export dialog, which names the embargo', async () => {
    await fromList(true);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: /Export/ });
    await dialog.getByText(/embargo/i).first().waitFor();
    await checkScreen('export');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows the vocabulary, and finds the release by a word of it', async () => {
    await fromList();
    await page.getByRole('button', { name: 'Vocabulary' }).click();
    await page.getByRole('heading', { name: 'Vocabulary' }).first().waitFor();
    await checkScreen('vocabulary');
    await page.getByRole('button', { name: 'All releases' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(NEEDLE);
    await page.getByText('1 release found').waitFor();
    expect(await page.locator('.search-hit__title').textContent()).toContain(NEEDLE);
    await checkScreen('search');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  for (const ui of [
    {
      lang: 'en',
      button: 'EN',
      history: 'History',
      message: 'The screen could not be shown',
      back: 'Back to the list',
      list: 'All releases',
    },
    {
      lang: 'ru',
      button: 'RU',
      history: 'История',
      message: 'Экран не удалось показать',
      back: 'Вернуться к списку',
      list: 'Все релизы',
    },
  ] as const) {
    it(`a screen that throws while rendering shows the boundary, and Back leads to a working list (${ui.lang})`, async () => {
      await fromList();
      await page.getByRole('button', { name: ui.button, exact: true }).click();
      await rows().first().click();
      await page.getByRole('complementary').waitFor();
      await failDates(true);
      await page.getByRole('button', { name: ui.history, exact: true }).click();
      const failed = page.getByTestId('screen-failed');
      await failed.waitFor();
      expect(await failed.textContent()).toContain(ui.message);
      expect(await failed.textContent()).toContain('forced date failure');
      // The header stays: the window is not blank and the user can still go elsewhere.
      await page.getByRole('button', { name: ui.button, exact: true }).waitFor();
      await saveScreenshot(`boundary-history-${ui.lang}`);

      await failDates(false);
      await failed.getByRole('button', { name: ui.back }).click();
      await failed.waitFor({ state: 'detached' });
      // The list works: the release opens again, and the way back is there.
      await rows().first().click();
      await page.getByRole('complementary').waitFor();
      await page.getByRole('button', { name: ui.list }).click();
      await rows().first().waitFor();
    });
  }

  it('the export dialog that throws while rendering shows the boundary inside the dialog', async () => {
    await fromList();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await rows().first().click();
    await page.getByRole('complementary').waitFor();
    await failDates(true);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: /Export/ });
    const failed = dialog.getByTestId('screen-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('The screen could not be shown');
    await saveScreenshot('boundary-export-en');

    await failDates(false);
    await failed.getByRole('button', { name: 'Back to the list' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await rows().first().waitFor();
    // The list works: the release opens again.
    await rows().first().click();
    await page.getByLabel('Title', { exact: true }).waitFor();
  });
});

/**
 * The review screens in both interface languages, on a release arranged through the API: an
 * approved Russian translation whose English source has since changed (a paragraph edited, one
 * added), with a figure the translation gets wrong, an untranslated paragraph and a comment.
 * Each screen passes axe (no serious or critical violations), causes no console errors, and
 * leaves a screenshot in test-artifacts/e2e/ for a person to look at.
 */
import type { Release, TiptapDoc } from '@shared/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveAccepting } from './support/approve';
import { saveScreenshot } from './support/artifacts';
import { seriousAxeViolations } from './support/axe';
import { openAppSession, type AppSession } from './support/app-session';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';
import {
  createEnglishRelease,
  reviewBar,
  versionTab,
  waitForCurrentReview,
} from './support/review-page';

const TITLE = 'Joint exercise ends at the Brest Fortress';
const SOURCE = [
  'The joint exercise of the collective forces ended on Friday at the Brest Fortress.',
  'More than 2,500 servicemen from five countries took part in the exercise.',
  'The programme is published at https://example.org/exercise.',
];
const RU = {
  title: 'Совместные учения завершились в Брестской крепости',
  lead: 'Пресс-центр принял журналистов из семи стран.',
  paragraphs: [
    'Совместные учения коллективных сил завершились в пятницу в Брестской крепости.',
    'В учениях приняли участие более 2 000 военнослужащих из пяти стран.',
    'The programme is published at https://example.org/exercise.',
  ],
};
const RU_FIRST_DRAFT = 'Учения завершились в пятницу.';
const EDITED_SOURCE = [
  SOURCE[0]!,
  'More than 2,500 servicemen and observers from five countries took part in the exercise.',
  SOURCE[2]!,
  'The next exercise will take place in Kazakhstan in 2025.',
];

function doc(paragraphs: string[]): TiptapDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** The release as a translator and a reviewer would have left it. */
async function arrange(host: RunningHost): Promise<Release> {
  await callHost(host, 'settings.update', { userName: 'Anna Petrova' });
  let release = await createEnglishRelease(host, TITLE, SOURCE);
  const ref = () => ({ id: release.id, rev: release.rev });
  release = await callHost(host, 'review.addLanguage', { ...ref(), lang: 'ru', mode: 'prefilled' });
  const translate = (paragraphs: string[]) =>
    callHost(host, 'releases.save', {
      release: {
        ...release,
        variants: {
          ...release.variants,
          ru: {
            ...release.variants.ru!,
            title: RU.title,
            lead: RU.lead,
            datelinePlace: 'Минск',
            body: doc(paragraphs),
          },
        },
      },
    });
  // A first draft of the translation, checkpointed, then finished.
  release = await translate([RU_FIRST_DRAFT, ...RU.paragraphs.slice(1)]);
  await callHost(host, 'releases.checkpoint', { id: release.id, lang: 'ru' });
  release = await translate(RU.paragraphs);
  release = await callHost(host, 'review.setStatus', { ...ref(), lang: 'ru', status: 'in-review' });
  // Approved over its wrong figure, as the reviewer confirmed in the approve dialog.
  release = await approveAccepting(host, release, 'ru');
  release = await callHost(host, 'releases.save', {
    release: {
      ...release,
      variants: { ...release.variants, en: { ...release.variants.en!, body: doc(EDITED_SOURCE) } },
    },
  });
  return callHost(host, 'comments.add', {
    ...ref(),
    lang: 'ru',
    paragraph: 1,
    text: 'Check the number of servicemen against the source.',
  });
}

describe('review screens', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession({ viewport: { width: 1360, height: 900 }, seed: arrange });
    ({ host, page, errors } = app);
    await page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE }).click();
  });

  afterAll(() => app?.close());

  async function checkScreen(name: string): Promise<void> {
    await saveScreenshot(page, name);
    expect(await seriousAxeViolations(page), name).toEqual([]);
    expect(errors, name).toEqual([]);
  }

  for (const ui of [
    { lang: 'en', button: 'EN', russian: 'Русский', back: 'Back to the editor' },
    { lang: 'ru', button: 'RU', russian: 'Русский', back: 'Назад в редактор' },
  ] as const) {
    const t = (en: string, ru: string) => (ui.lang === 'en' ? en : ru);

    it(`shows the translation's review state in the editor (${ui.lang})`, async () => {
      await page.getByRole('button', { name: ui.button, exact: true }).click();
      await versionTab(page, ui.russian).click();
      await page.getByTestId('outdated-notice').waitFor();
      await checkScreen(`review-editor-${ui.lang}`);
    });

    it(`shows source and translation side by side, with the outdated paragraphs, checks and a comment (${ui.lang})`, async () => {
      await page.getByTestId('outdated-notice').getByRole('button').click();
      await waitForCurrentReview(page);
      const changed = page.locator('[data-testid="review-row"][data-change]');
      expect(await changed.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-change')))).toEqual([
        'changed',
        'added',
      ]);
      // The wrong figure and the untranslated paragraph are found by the checks.
      const checks = page.getByTestId('checks');
      expect(await checks.textContent()).toContain('2,500');
      expect(await checks.locator('[data-check="untranslated"]').count()).toBe(1);
      await page.getByTestId('comment').first().waitFor();
      await checkScreen(`review-side-by-side-${ui.lang}`);

      // A finding leads to its row.
      await checks.locator('button[data-check="numbers"]').click();
      expect(await page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe(
        'review-row',
      );

      // The source version is reviewed on its own, in one column.
      await page.getByRole('tab', { name: /English/ }).click();
      await page.locator('.review-table--single').waitFor();
      await waitForCurrentReview(page);
      expect(await page.getByRole('columnheader').allTextContents()).toHaveLength(2);
      await checkScreen(`review-source-${ui.lang}`);
      await page.getByRole('tab', { name: new RegExp(ui.russian) }).click();
      await page.getByTestId('outdated-state').waitFor();
    });

    it(`compares two revisions in the history (${ui.lang})`, async () => {
      await page.getByRole('button', { name: t('History', 'История'), exact: true }).click();
      const rows = page.getByTestId('history-row');
      await rows.first().waitFor();
      // From the checkpoint of the first draft to the text as it is now.
      await rows.last().getByRole('radio', { name: t('Compare from', 'Сравнить от') }).check();
      await page.getByTestId('version-diff').waitFor();
      await checkScreen(`review-history-${ui.lang}`);

      await rows.first().getByRole('button', { name: new RegExp(t('Restore', 'Восстановить')) }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await checkScreen(`review-restore-dialog-${ui.lang}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });

    it(`offers the languages still missing when adding a version (${ui.lang})`, async () => {
      await page.getByRole('button', { name: ui.back }).click();
      await reviewBar(page)
        .getByRole('button', { name: t('Add language', 'Добавить язык') })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.getByRole('radio', { name: 'Русский' }).count()).toBe(0);
      expect(await dialog.getByRole('radio', { name: 'Қазақша' }).count()).toBe(1);
      await checkScreen(`review-add-language-${ui.lang}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // Changing the source language is offered on a translation, and explained first.
      await reviewBar(page)
        .getByRole('button', { name: t('Make Русский the source…', 'Сделать оригиналом: Русский…') })
        .click();
      await dialog.waitFor();
      await checkScreen(`review-source-language-${ui.lang}`);
      await dialog.getByRole('button', { name: t('Cancel', 'Отмена') }).click();
      await dialog.waitFor({ state: 'hidden' });
    });
  }

  it('asks for a name before the first status change when none is set', async () => {
    await callHost(host, 'settings.update', { userName: '' });
    await reviewBar(page).getByRole('button', { name: 'Снова сделать черновиком' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ваше имя' });
    await dialog.waitFor();
    await checkScreen('review-user-name-ru');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Declined: nothing changed.
    // The source changed after the approval: the approved version reads as needing an update.
    expect(await page.getByTestId('version-status').textContent()).toBe('Требует обновления');
  });
});

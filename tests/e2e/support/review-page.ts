import type { Release } from '@shared/domain';
import type { Locator, Page } from 'playwright-core';
import { callHost } from './host-api';
import type { RunningHost } from './host';

/** An English press release with a lead and three paragraphs, created through the API. */
export async function createEnglishRelease(
  host: RunningHost,
  title: string,
  paragraphs: string[],
): Promise<Release> {
  const created = await callHost(host, 'releases.create', {
    kind: 'press-release',
    sourceLang: 'en',
    title,
    date: '2024-07-25',
  });
  const en = created.variants.en!;
  return callHost(host, 'releases.save', {
    release: {
      ...created,
      variants: {
        en: {
          ...en,
          lead: 'The press centre opened its doors to journalists from seven countries.',
          datelinePlace: 'Minsk',
          body: {
            type: 'doc',
            content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
          },
        },
      },
    },
  });
}

/** The editor's tab of a language version, by its native name. */
export function versionTab(page: Page, name: string): Locator {
  return page.getByRole('tab', { name: new RegExp(name) });
}

/** The review strip above the open version's fields in the editor. */
export function reviewBar(page: Page): Locator {
  return page.getByTestId('review-bar');
}

/** The rows of the side-by-side table. */
export function reviewRows(page: Page): Locator {
  return page.getByTestId('review-row');
}

/** Waits until the side-by-side table shows a review report of the release as stored. */
export async function waitForCurrentReview(page: Page): Promise<void> {
  await page.locator('[data-testid="review-table"][data-current="true"]').waitFor();
}

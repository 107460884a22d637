/**
 * Exported pages in Chromium with scripts enabled: axe-core finds nothing serious or
 * critical, and hostile content in the release runs nothing.
 */
import { mkdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import { LANGS } from '@shared/languages';
import { releasePackageNames } from '../../src/main/export/package-names';
import { embargoedAdvisory, fullRelease, sevenLanguageItem } from '../fixtures';
import { approved, hostileRelease, PIXEL_PNG } from '../unit/support/export-releases';
import { exportFixture } from '../unit/support/export-run';
import { collectPageErrors, launchBrowser } from './support/browser';
import { EXPORT_ARTIFACTS_DIR } from './support/pdf-tools';
import { makeTempLibrary } from './support/temp-library';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

let browser: Browser;
const temps: { remove(): Promise<void> }[] = [];

async function tempDir(): Promise<string> {
  const made = await makeTempLibrary();
  temps.push(made);
  return made.dir;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(temps.map((t) => t.remove()));
});

async function exportPages(release: Release, now?: Date): Promise<string> {
  const library = await tempDir();
  await mkdir(join(library, 'assets'));
  await writeFile(join(library, 'assets', `${'a'.repeat(64)}.png`), PIXEL_PNG);
  const result = await exportFixture(release, await tempDir(), now ? { now } : {}, null, library);
  return result.path;
}

/** Serious and critical axe findings of one page (axe injected past the page's CSP). */
async function seriousViolations(url: string): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ path: AXE_SCRIPT });
    const violations = (await page.evaluate(
      'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)',
    )) as AxeViolation[];
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    await context.close();
  }
}

/** What a reader sees on screen, under test-artifacts/export/. */
async function screenshot(file: string, name: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(pathToFileURL(file).href);
  mkdirSync(EXPORT_ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(EXPORT_ARTIFACTS_DIR, `${name}.png`), fullPage: true });
  await page.close();
}

describe('exported pages in a browser', () => {
  it.each([
    ['seven-language news item', approved(sevenLanguageItem), undefined],
    ['full en+ru press release', approved(fullRelease), undefined],
    ['embargoed advisory', approved(embargoedAdvisory), new Date('2023-08-24T12:00:00Z')],
    ['hostile release', hostileRelease(fullRelease), undefined],
  ])('%s: axe finds nothing serious or critical', async (_name, release, now) => {
    const dir = await exportPages(release, now);
    const names = releasePackageNames(release);
    const pages = ['index.html', ...LANGS.filter((l) => release.variants[l]).map(names.page)];
    for (const page of pages) {
      expect(await seriousViolations(pathToFileURL(join(dir, page)).href), page).toEqual([]);
    }
    await screenshot(
      join(dir, pages[1]!),
      `${pages[1]!.replace('.html', '')}-screen`,
    );
  });

  it('runs nothing from hostile content and shows it as text', async () => {
    const hostile = hostileRelease(fullRelease);
    const names = releasePackageNames(hostile);
    const dir = await exportPages(hostile);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      for (const file of [names.page('en'), names.page('ru'), 'index.html']) {
        await page.goto(pathToFileURL(join(dir, file)).href);
        await page.locator('h1').hover();
        expect(await page.evaluate('window.__pwned'), file).toBeUndefined();
      }
      await page.goto(pathToFileURL(join(dir, names.page('en'))).href);
      expect(await page.title()).toBe('Breaking…');
      expect(await page.locator('h1').textContent()).toBe(
        'Breaking </title><script>alert("title")</script> & “news”',
      );
      expect(await page.locator('.lead').textContent()).toContain(
        '<img src=x onerror="window.__pwned=1">',
      );
      expect(await page.locator('figure img').getAttribute('alt')).toBe(
        'He said "hello" <b>loudly</b>',
      );
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      // The stylesheet and fonts load under the page's own policy.
      const loaded = await page.evaluate(
        'document.fonts.ready.then((set) => [...set].filter((f) => f.status === "loaded").map((f) => f.family))',
      );
      expect(loaded).toContain('Noto Sans');
      mkdirSync(EXPORT_ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({
        path: join(EXPORT_ARTIFACTS_DIR, 'hostile-en-screen.png'),
        fullPage: true,
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

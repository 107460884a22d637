/**
 * After two libraries edited one kk paragraph each offline and synced through a real
 * CouchDB-compatible server, the review screen of one of them shows the conflict's both edits in
 * the version's history, each with who wrote it, in English and Russian.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import { Library } from '../../src/main/library/library';
import { syncLibrary } from '../../src/main/sync/sync-session';
import { startCouchTestServer, type CouchTestServer } from '../unit/support/couch-test-server';
import { paragraphs, withSourceText } from '../unit/support/release-builders';
import { saveScreenshot } from './support/artifacts';
import { openAppSession, type AppSession } from './support/app-session';
import { callHost } from './support/host-api';
import { versionTab } from './support/review-page';
import { SLOW_MACHINE_MS } from '../support/timeouts';

const TITLE = 'Учения';
const SIDES = {
  a: { name: 'Айгерим Нурланова', text: 'Екінші абзац — Айгерим нұсқасы.' },
  b: { name: 'Арман Сейтқали', text: 'Екінші абзац — Арман нұсқасы.' },
};

function withKk(release: Release, second: string): Release {
  const source = release.variants[release.sourceLang]!;
  const kk = {
    ...source,
    lang: 'kk' as const,
    title: 'Жаттығулар',
    body: paragraphs('Бірінші абзац.', second, 'Үшінші абзац.'),
    status: 'draft' as const,
    statusHistory: [],
  };
  return { ...release, variants: { ...release.variants, kk } };
}

/** Library `dir` (A) and a second one (B) edit the same kk paragraph offline, then sync. */
async function conflictingEdits(server: CouchTestServer, dir: string, dirB: string): Promise<void> {
  const url = await server.database('team-e2e-history');
  const a = await Library.open(dir);
  const b = await Library.open(dirB);
  await a.updateSettings({ userName: SIDES.a.name });
  await b.updateSettings({ userName: SIDES.b.name });
  const created = await a.saveRelease(
    withKk(
      withSourceText(
        await a.createRelease({ kind: 'press-release', sourceLang: 'ru', date: '2026-12-01' }),
        TITLE,
        'Первый абзац.',
      ),
      'Екінші абзац.',
    ),
  );
  const syncA = () => syncLibrary(a, { url }, { device: 'laptop-astana' });
  const syncB = () => syncLibrary(b, { url }, { device: 'laptop-almaty' });
  await syncA();
  await syncB();
  await a.saveRelease(withKk(await a.getRelease(created.id), SIDES.a.text));
  await b.saveRelease(withKk(await b.getRelease(created.id), SIDES.b.text));
  await syncA();
  await syncB();
  await syncA();
  await a.close();
  await b.close();
}

describe('sync: both sides of a same-paragraph merge in the history', () => {
  let server: CouchTestServer;
  let dirB: string;
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    server = await startCouchTestServer();
    dirB = await mkdtemp(join(tmpdir(), 'press-office-e2e-b-'));
    app = await openAppSession({
      viewport: { width: 1360, height: 900 },
      prepareLibrary: (dir) => conflictingEdits(server, dir, dirB),
    });
    page = app.page;
  }, SLOW_MACHINE_MS);

  afterAll(async () => {
    await app?.close();
    await server?.stop();
    await rm(dirB, { recursive: true, force: true });
  }, SLOW_MACHINE_MS);

  it('lists each side with its author, in English and in Russian', async () => {
    await page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE }).click();
    await versionTab(page, 'Қазақша').click();
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const sides = page.locator('[data-testid="history-row"][data-reason="sync-side"]');
    await sides.first().waitFor();
    expect(await sides.count()).toBe(2);
    const texts = await sides.allTextContents();
    for (const side of Object.values(SIDES))
      expect(texts.filter((text) => text.includes(side.name))).toHaveLength(1);
    for (const text of texts) expect(text).toContain('One side of a team-sync merge');
    // The text that does not stand in the version now is kept whole: comparing shows it.
    const { rows } = await callHost(app.host, 'releases.list', {});
    const now = await callHost(app.host, 'releases.get', { id: rows[0]!.id });
    const inVersion = JSON.stringify(now.variants.kk!.body);
    const setAside = Object.values(SIDES).find((side) => !inVersion.includes(side.text))!;
    expect(setAside).toBeDefined();
    await sides
      .filter({ hasText: setAside.name })
      .getByRole('radio', { name: /Compare from/ })
      .check();
    // The diff runs from that side to now: its own words show as removed.
    const diff = page.getByTestId('version-diff');
    await diff.locator('del').first().waitFor();
    expect((await diff.locator('del').allTextContents()).join(' ')).toContain(
      setAside.name.split(' ')[0],
    );
    await saveScreenshot(page, 'sync-merge-history-en');

    await page.getByRole('button', { name: 'RU' }).click();
    await sides.filter({ hasText: 'Одна из сторон слияния при синхронизации' }).first().waitFor();
    await saveScreenshot(page, 'sync-merge-history-ru');
    expect(app.errors).toEqual([]);
  });
});

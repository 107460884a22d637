/**
 * Autosave when the library folder stops being writable mid-session: the save fails and says
 * so, the text stays in the editor, and the save goes through once the permissions return.
 * Root ignores permissions, so as root the host runs as `nobody`, owning the library folder.
 */
import { chmod, chown, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilSaved } from './support/app-page';
import { saveScreenshot } from './support/artifacts';
import { openAppSession, type AppSession } from './support/app-session';
import { bodyEditor } from './support/drafting-page';
import type { RunningHost } from './support/host';
import { callHost } from './support/host-api';
import { SLOW_MACHINE_MS } from '../support/timeouts';

const NOBODY = { uid: 65534, gid: 65534 };
const RUNS_AS_ROOT = process.getuid?.() === 0;

/** Adds or removes write permission on the folder and everything in it. */
async function setWritable(path: string, writable: boolean): Promise<void> {
  const info = await stat(path);
  if (info.isDirectory()) {
    for (const name of await readdir(path)) await setWritable(join(path, name), writable);
  }
  await chmod(path, writable ? info.mode | 0o200 : info.mode & ~0o222);
}

describe('drafting: autosave when the library becomes read-only', () => {
  let app: AppSession;
  let host: RunningHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openAppSession({
      viewport: { width: 1360, height: 900 },
      host: RUNS_AS_ROOT ? { runAs: NOBODY } : {},
      prepareLibrary: async (dir) => {
        if (RUNS_AS_ROOT) await chown(dir, NOBODY.uid, NOBODY.gid);
      },
      seed: async (started) => {
        await callHost(started, 'releases.create', { kind: 'news', sourceLang: 'en', title: 'Kept through a failure' });
      },
    });
    ({ host, page, errors } = app);
    await page.getByRole('listbox').getByRole('option').first().click();
  });

  afterAll(async () => {
    if (app) await setWritable(app.library.dir, true).catch(() => undefined);
    await app?.close();
  });

  it('shows the failure, keeps the text, and saves once the folder is writable again', async () => {
    await bodyEditor(page).click();
    await page.keyboard.type('Saved before the failure.');
    await waitUntilSaved(page);

    await setWritable(app.library.dir, false);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed while the folder was read-only.');
    // The save must really fail: the test is void if the folder stayed writable.
    await page.locator('[data-testid="save-status"][data-state="error"]').waitFor({ timeout: SLOW_MACHINE_MS });
    const banner = page.getByRole('alert').filter({ hasText: 'Could not write to the library folder' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/EACCES|EPERM|EROFS/);
    expect(await page.locator('.ProseMirror').textContent()).toContain('Typed while the folder was read-only.');
    await saveScreenshot(page, 'drafting-autosave-failed-en');

    await setWritable(app.library.dir, true);
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitUntilSaved(page);
    const [summary] = (await callHost(host, 'releases.list', {})).rows;
    const stored = await callHost(host, 'releases.get', { id: summary!.id });
    expect(JSON.stringify(stored.variants.en!.body)).toContain('Typed while the folder was read-only.');
    expect(errors.filter((e) => !e.includes('status of 500'))).toEqual([]);
  });
});

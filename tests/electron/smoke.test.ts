/**
 * Launches the built app (out/, from `electron-vite build`) in a real Electron with a fresh
 * profile and checks what only the real thing can show: the window opens on the app origin,
 * the sandboxed page sees only the bridge, the seeded releases list renders; a release typed
 * in the app survives quit and relaunch; and a package exports with Electron's own PDF engine.
 * Without an Electron binary (or a display, on Linux) it is skipped, and says so; with
 * ELECTRON_REQUIRED=1 (a machine meant to run this tier) it fails instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { SLOW_MACHINE_MS, slowMachineMs } from '../support/timeouts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The binary the electron package would run. Locating it the package's way, without importing
 * the package: its index.js starts a download when the binary is missing.
 */
function locateElectron(): { binary: string } | { skip: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (!override && executable === null) {
    return {
      skip: `Electron binary not installed (no ${pathFile}; electron's install step did not download it)`,
    };
  }
  const binary = override
    ? join(override, executable ?? 'electron')
    : join(packageDir, 'dist', executable ?? '');
  return existsSync(binary)
    ? { binary }
    : { skip: `Electron binary not installed (${binary} is missing)` };
}

function skipReason(located: ReturnType<typeof locateElectron>): string | null {
  if ('skip' in located) return located.skip;
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return 'no display to open a window on (run under xvfb-run)';
  }
  return null;
}

const located = locateElectron();
const skip = skipReason(located);
const required = process.env['ELECTRON_REQUIRED'] === '1';
if (skip !== null && !required) console.warn(`[electron smoke] skipped: ${skip}`);

/** What the page can see of its environment; globalThis because this project has no DOM types. */
interface PageGlobals {
  location: { protocol: string; host: string };
  pressOffice?: { invoke(method: string, input: unknown): Promise<unknown> };
  require?: unknown;
  process?: unknown;
}

const TITLE = 'Учения «Взаимодействие-2026» — Փորձնական վերնագիր';
const BODY = 'Қазақ тілінде: әғқңөұүһі. Hayeren: Բարև։';

describe.skipIf(skip !== null && !required)('the built Electron app', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  async function launch(): Promise<void> {
    if (!('binary' in located)) throw new Error('unreachable: skipped without a binary');
    app = await _electron.launch({
      executablePath: located.binary,
      // The project folder: Electron runs package.json's main (out/main/index.js) as the app.
      args: [root],
      cwd: root,
      // A fresh profile; and never the dev server, whatever the calling shell has set.
      env: {
        ...process.env,
        PRESS_OFFICE_USER_DATA: userData,
        ELECTRON_RENDERER_URL: '',
      } as Record<string, string>,
      timeout: slowMachineMs(2),
    });
    page = await app.firstWindow();
  }

  /** The bridge's answer, unwrapped; a failure fails the test with main's message. */
  async function invoke<T>(method: string, input: unknown): Promise<T> {
    const envelope = (await page.evaluate(
      ([m, i]) => (globalThis as unknown as PageGlobals).pressOffice?.invoke(m, i),
      [method, input] as const,
    )) as { ok: true; value: T } | { ok: false; error: { message: string } };
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value;
  }

  beforeAll(async () => {
    if (skip !== null)
      throw new Error(`ELECTRON_REQUIRED=1, but the Electron tier cannot run: ${skip}`);
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
      throw new Error(
        'out/main/index.js is missing: run `npx electron-vite build` first (npm test does)',
      );
    }
    userData = await mkdtemp(join(tmpdir(), 'press-office-smoke-'));
    await launch();
  });

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('shows the releases list of the seeded default library', async () => {
    await page
      .getByRole('heading', { level: 1, name: /^(Releases|Релизы)$/ })
      .waitFor({ timeout: SLOW_MACHINE_MS });
    expect(await page.getByRole('listbox').getByRole('option').count()).toBeGreaterThan(0);
  });

  it('runs on the app origin, sandboxed, with only the bridge exposed', async () => {
    const seen = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return {
        origin: `${page.location.protocol}//${page.location.host}`,
        bridge: Object.keys(page.pressOffice ?? {}).sort(),
        require: typeof page.require,
        process: typeof page.process,
      };
    });
    expect(seen).toEqual({
      origin: 'app://press-office',
      bridge: ['invoke', 'onCommand'],
      require: 'undefined',
      process: 'undefined',
    });
  });

  it('reaches the API through the bridge', async () => {
    const result = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).pressOffice?.invoke('library.info', {}),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { isDefault: true, path: join(userData, 'Library') },
    });
  });

  it('stays on the app when the page tries to navigate to a file', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'file:///';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/press-office\//);
  });

  it('keeps a release typed in the app through quit and relaunch', async () => {
    await page.getByRole('button', { name: 'New release' }).first().click();
    await page
      .getByRole('dialog', { name: 'New release' })
      .getByRole('button', { name: 'Create' })
      .click();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByRole('textbox', { name: 'Text' }).click();
    await page.keyboard.type(BODY);
    await page
      .locator('[data-testid="save-status"][data-state="saved"]')
      .waitFor({ timeout: SLOW_MACHINE_MS });
    await app.close();

    await launch();
    const row = page.getByRole('listbox').getByRole('option').filter({ hasText: TITLE });
    await row.waitFor({ timeout: SLOW_MACHINE_MS });
    await row.click();
    await page.locator('.ProseMirror').getByText(BODY).waitFor({ timeout: SLOW_MACHINE_MS });
  });

  it('exports a package with Electron’s print engine', async () => {
    const destination = await mkdtemp(join(tmpdir(), 'press-office-smoke-export-'));
    try {
      let status = await invoke<{
        jobId: string;
        state: string;
        items: { outcome: string; path?: string }[];
      }>('export.run', {
        ids: ['diplomacy-school-2024'],
        formats: ['html', 'pdf', 'zip'],
        destination,
      });
      for (let i = 0; i < 120 && status.state === 'running'; i += 1) {
        await page.waitForTimeout(250);
        status = await invoke('export.status', { jobId: status.jobId });
      }
      expect(status.state).toBe('done');
      expect(status.items[0]).toMatchObject({ outcome: 'exported' });
      const [zip] = (await readdir(destination)).filter((name) => name.endsWith('.zip'));
      const files = unzipSync(await readFile(join(destination, zip!)));
      const pdf = files['en.pdf'];
      expect(pdf && Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      expect(Object.keys(files)).toContain('manifest.json');
    } finally {
      await rm(destination, { recursive: true, force: true });
    }
  });

  it('remembers the library and the window after quitting', async () => {
    await app.close();
    const config = JSON.parse(await readFile(join(userData, 'app-config.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({
      libraryPath: join(userData, 'Library'),
      windowState: { maximized: false },
    });
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_CONFIG_FILE,
  AppConfigStore,
  MAX_RECENT_LIBRARIES,
  defaultLibraryPath,
  withRecent,
} from '../../src/main/shell/app-config';

let userData: string;
const quiet = () => undefined;

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'press-office-config-'));
});
afterEach(() => rm(userData, { recursive: true, force: true }));

async function onDisk(): Promise<unknown> {
  return JSON.parse(await readFile(join(userData, APP_CONFIG_FILE), 'utf8'));
}

describe('AppConfigStore', () => {
  it('starts from defaults when there is no file, without creating one', async () => {
    const { store, setAside } = await AppConfigStore.load(userData, quiet);
    expect(setAside).toBeNull();
    expect(store.defaultLibraryPath).toBe(join(userData, 'Library'));
    expect(store.current).toEqual({
      version: 1,
      libraryPath: defaultLibraryPath(userData),
      recentLibraries: [],
      windowState: null,
    });
    expect(await readdir(userData)).toEqual([]);
  });

  it('remembers the library and the window across loads', async () => {
    const { store } = await AppConfigStore.load(userData, quiet);
    await store.rememberLibrary('/media/usb/Press');
    await store.saveWindowState({ x: 10.4, y: 20, width: 1000, height: 700.6, maximized: true });

    const { store: reloaded } = await AppConfigStore.load(userData, quiet);
    expect(reloaded.current.libraryPath).toBe('/media/usb/Press');
    expect(reloaded.current.recentLibraries).toEqual(['/media/usb/Press']);
    expect(reloaded.current.windowState).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 701,
      maximized: true,
    });
  });

  it('keeps recent libraries most recent first, without duplicates, at most eight', async () => {
    const { store } = await AppConfigStore.load(userData, quiet);
    for (let i = 1; i <= 10; i++) await store.rememberLibrary(`/libraries/${i}`);
    await store.rememberLibrary('/libraries/5');

    const expected = [
      '/libraries/5',
      '/libraries/10',
      '/libraries/9',
      '/libraries/8',
      '/libraries/7',
      '/libraries/6',
      '/libraries/4',
      '/libraries/3',
    ];
    expect(store.current.recentLibraries).toEqual(expected);
    expect(await onDisk()).toMatchObject({
      libraryPath: '/libraries/5',
      recentLibraries: expected,
    });
  });

  it('writes atomically, leaving no temp file behind', async () => {
    const { store } = await AppConfigStore.load(userData, quiet);
    await Promise.all([
      store.rememberLibrary('/a'),
      store.rememberLibrary('/b'),
      store.rememberLibrary('/c'),
    ]);
    await store.flush();
    expect(await readdir(userData)).toEqual([APP_CONFIG_FILE]);
    expect(await onDisk()).toMatchObject({
      libraryPath: '/c',
      recentLibraries: ['/c', '/b', '/a'],
    });
  });

  it('sets a corrupt file aside and starts from defaults', async () => {
    await writeFile(join(userData, APP_CONFIG_FILE), '{"version":1,"libraryPath":');
    const log = vi.fn();
    const { store, setAside } = await AppConfigStore.load(userData, log);

    expect(store.current.libraryPath).toBe(defaultLibraryPath(userData));
    expect(setAside).toMatch(/app-config\.json\.corrupt-\d+$/);
    expect(await readFile(setAside as string, 'utf8')).toBe('{"version":1,"libraryPath":');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('unreadable'));

    await store.rememberLibrary('/fresh');
    expect((await readdir(userData)).sort()).toEqual([
      APP_CONFIG_FILE,
      expect.stringMatching(/corrupt/),
    ]);
  });

  it('treats valid JSON of the wrong shape as corrupt', async () => {
    await writeFile(
      join(userData, APP_CONFIG_FILE),
      JSON.stringify({ version: 1, libraryPath: 42 }),
    );
    const { store, setAside } = await AppConfigStore.load(userData, quiet);
    expect(setAside).not.toBeNull();
    expect(store.current.recentLibraries).toEqual([]);
  });

  it('does not rewrite the file when the window did not move', async () => {
    const { store } = await AppConfigStore.load(userData, quiet);
    const state = { x: 0, y: 0, width: 800, height: 600, maximized: false };
    await store.saveWindowState(state);
    await writeFile(
      join(userData, APP_CONFIG_FILE),
      JSON.stringify({ ...store.current, marker: true }),
    );
    await store.saveWindowState({ ...state });
    expect(await onDisk()).toHaveProperty('marker', true);
  });

  it('logs instead of failing when the file cannot be written', async () => {
    const log = vi.fn();
    // userData is a file here, so nothing can be created inside it.
    const notADir = join(userData, 'not-a-dir');
    await writeFile(notADir, '');
    const { store } = await AppConfigStore.load(notADir, log);
    await expect(store.rememberLibrary('/x')).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('cannot save'));
    expect(store.current.libraryPath).toBe('/x');
  });
});

describe('withRecent', () => {
  it('moves an existing entry to the front', () => {
    expect(withRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
  });

  it('caps the list', () => {
    const full = Array.from({ length: MAX_RECENT_LIBRARIES }, (_, i) => `/${i}`);
    expect(withRecent(full, '/new')).toHaveLength(MAX_RECENT_LIBRARIES);
    expect(withRecent(full, '/new')[0]).toBe('/new');
  });
});

/**
 * Every window must come from src/main/shell/window.ts, which alone decides its web
 * preferences. This scans the sources for any other way to create web contents and checks
 * what the factory actually passes to Electron.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FACTORY = ['src', 'main', 'shell', 'window.ts'].join(sep);

/** Constructors that create a web page with its own preferences (aliases included). */
const CREATES_WEB_CONTENTS =
  /new\s+(?:[\w$]+\s*\.\s*)*(?:BrowserWindow|BrowserView|WebContentsView)\s*\(/;
const ALIASED_IMPORT = /\b(?:BrowserWindow|BrowserView|WebContentsView)\s+as\s+[\w$]+/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:[cm]?[jt]sx?)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('window creation', () => {
  it('happens only in the secure window factory', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(join(root, 'src'))) {
      const name = relative(root, file);
      const text = await readFile(file, 'utf8');
      if (ALIASED_IMPORT.test(text))
        offenders.push(`${name}: imports a window class under another name`);
      if (name !== FACTORY && CREATES_WEB_CONTENTS.test(text))
        offenders.push(`${name}: creates a window; use createSecureWindow`);
    }
    expect(offenders).toEqual([]);
  });

  it('the factory itself still constructs the BrowserWindow (the scan would otherwise be vacuous)', async () => {
    expect(await readFile(join(root, FACTORY), 'utf8')).toMatch(CREATES_WEB_CONTENTS);
  });
});

const created = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
  },
}));

describe('createSecureWindow', () => {
  const SECURE = {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    preload: '/app/out/preload/index.cjs',
  };

  it('passes the secure web preferences and the preload', async () => {
    const { createSecureWindow } = await import('../../src/main/shell/window');
    createSecureWindow({ preload: '/app/out/preload/index.cjs', width: 800, show: false });
    expect(created.at(-1)).toEqual({ width: 800, show: false, webPreferences: SECURE });
  });

  it('ignores web preferences smuggled in by a caller', async () => {
    const { createSecureWindow } = await import('../../src/main/shell/window');
    const options = {
      preload: '/app/out/preload/index.cjs',
      webPreferences: { nodeIntegration: true, sandbox: false },
    };
    createSecureWindow(options as Parameters<typeof createSecureWindow>[0]);
    expect(created.at(-1)?.['webPreferences']).toEqual(SECURE);
  });
});

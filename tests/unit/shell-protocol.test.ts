import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/shell/content-security-policy';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  registerAppScheme,
  rendererUrl,
  resolveAppPath,
} from '../../src/main/shell/protocol';

describe('resolveAppPath (POSIX)', () => {
  const root = '/opt/press-office/out/renderer';

  it.each([
    ['app://press-office/', 'index.html'],
    ['app://press-office/index.html', 'index.html'],
    ['app://press-office/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://press-office/assets/noto%20sans.woff2', 'assets/noto sans.woff2'],
    ['app://press-office/index.html?x=1#/releases', 'index.html'],
    ['app://press-office/assets/../index.html', 'index.html'],
    ['app://press-office/..index.html', '..index.html'],
    // The URL parser already resolves dot segments, clamping them at the root.
    ['app://press-office/../secret.txt', 'secret.txt'],
    ['app://press-office/%2e%2e/secret.txt', 'secret.txt'],
    ['app://press-office/%2fetc%2fpasswd/..', 'index.html'],
    ['app://press-office/%2f%2fetc/passwd', 'etc/passwd'],
  ])('maps %s to %s', (url, file) => {
    expect(resolveAppPath(root, url, path.posix)).toBe(path.posix.join(root, file));
  });

  it.each([
    // Encoded slashes survive URL parsing and turn into ../ only when decoded.
    'app://press-office/..%2fsecret.txt',
    'app://press-office/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://press-office/index.html%00.png',
    'app://press-office/%E0%A4%A',
    'app://press-office/assets/..%2F',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://press-office/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url, path.posix)).toBeNull();
  });
});

describe('resolveAppPath (Windows)', () => {
  const root = 'C:\\Program Files\\Press Office\\resources\\out\\renderer';

  it('maps a nested file', () => {
    expect(resolveAppPath(root, 'app://press-office/assets/app.css', path.win32)).toBe(
      `${root}\\assets\\app.css`,
    );
  });

  it('keeps a UNC-looking path inside the folder', () => {
    expect(resolveAppPath(root, 'app://press-office/%5c%5cserver%5cshare%5cfile', path.win32)).toBe(
      `${root}\\server\\share\\file`,
    );
  });

  it.each([
    'app://press-office/..%5c..%5csecret.txt',
    'app://press-office/assets%5c..%5c..%5csecret.txt',
    'app://press-office/C:%5cWindows%5cwin.ini',
    'app://press-office/C:/Windows/win.ini',
    'app://press-office/D:secret.txt',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url, path.win32)).toBeNull();
  });
});

describe('resolveAppPath never leaves the root', () => {
  const pieces = fc.constantFrom(
    '..',
    '.',
    '/',
    '\\',
    '%2f',
    '%2F',
    '%5c',
    '%2e',
    '%2e%2e',
    '%00',
    'C:',
    'a',
    'b.js',
    '%',
    '~',
    ' ',
  );
  const suffix = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

  it.each([
    ['POSIX', path.posix, '/srv/app/renderer'],
    ['Windows', path.win32, 'C:\\app\\renderer'],
  ] as const)('%s', (_name, pathApi, root) => {
    fc.assert(
      fc.property(suffix, (tail) => {
        const resolved = resolveAppPath(root, `app://press-office/${tail}`, pathApi);
        return resolved === null || resolved.startsWith(root + pathApi.sep);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the app protocol handler', () => {
  let root: string;
  let outside: string;
  const fetchFile = vi.fn(async (fileUrl: string) => {
    const body = await readFile(fileURLToPath(fileUrl));
    return new Response(body, { headers: { 'Content-Type': 'text/html' } });
  });

  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), 'press-office-protocol-'));
    root = join(outside, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Press Office</title>');
    await writeFile(join(outside, 'secret.txt'), 'secret');
    await mkdir(join(outside, 'private'));
    await writeFile(join(outside, 'private', 'key.txt'), 'secret');
    // Links in the renderer folder: two that lead out of it, one that stays inside.
    await symlink(join(outside, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    await symlink(join(outside, 'private'), join(root, 'assets', 'private'));
    await symlink(join(root, 'index.html'), join(root, 'assets', 'home.html'));
  });
  afterAll(() => rm(outside, { recursive: true, force: true }));

  const handler = () => createAppProtocolHandler(root, fetchFile);

  it('serves a file with the strict CSP', async () => {
    const response = await handler()(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Press Office</title>');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers 404 for a path outside the renderer folder without reading it', async () => {
    fetchFile.mockClear();
    const response = await handler()(new Request('app://press-office/..%2fsecret.txt'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it.each(['app://press-office/assets/leak.txt', 'app://press-office/assets/private/key.txt'])(
    'answers 404 for %s, a symlink that leads out of the renderer folder, without reading it',
    async (url) => {
      fetchFile.mockClear();
      const response = await handler()(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
      expect(fetchFile).not.toHaveBeenCalled();
    },
  );

  it('serves a symlink that stays inside the renderer folder', async () => {
    const response = await handler()(new Request('app://press-office/assets/home.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Press Office</title>');
  });

  it('serves the folder when the path to it runs through a symlink', async () => {
    const linked = join(outside, 'linked-renderer');
    await symlink(root, linked);
    const response = await createAppProtocolHandler(linked, fetchFile)(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
  });

  it('answers 404 when the file cannot be fetched', async () => {
    expect((await handler()(new Request('app://press-office/missing.js'))).status).toBe(404);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await handler()(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('');
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    const response = await handler()(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('the app origin', () => {
  it('is a standard, secure scheme that supports fetch, and bypasses nothing', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('CSP allows scripts only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });
});

describe('rendererUrl', () => {
  it('uses the dev server only in an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(rendererUrl(env, false)).toBe('http://localhost:5173');
    expect(rendererUrl(env, true)).toBe(APP_ENTRY_URL);
    expect(rendererUrl({}, false)).toBe(APP_ENTRY_URL);
  });
});

import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release, ReleaseSummary } from '@shared/domain';
import type { ReleasePage } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { startHost, type RunningHost } from '../../src/main/host/server';
import { LibrarySession } from '../../src/main/library/session';
import { CONTENT_SECURITY_POLICY } from '../../src/main/shell/content-security-policy';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** node:http rather than fetch: fetch normalises paths and will not send a forged Host. */
function send(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // Node frames a GET body neither by length nor by chunks unless told: say its length.
    const length =
      options.body === undefined
        ? {}
        : { 'Content-Length': String(Buffer.byteLength(options.body)) };
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { ...length, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const SECRET = 'NOT-FOR-THE-BROWSER';

let root: string;
let session: LibrarySession;
let host: RunningHost;

async function call<T>(
  method: string,
  input: unknown,
): Promise<{ status: number; envelope: Envelope<T> }> {
  const reply = await send(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(reply.headers['cache-control']).toBe('no-store');
  return { status: reply.status, envelope: JSON.parse(reply.body) as Envelope<T> };
}

async function value<T>(method: string, input: unknown): Promise<T> {
  const { status, envelope } = await call<T>(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  expect(status).toBe(200);
  return envelope.value;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'press-office-host-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Press Office</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log(1);');
  await writeFile(
    join(rendererDir, 'assets', 'noto-sans.woff2'),
    Buffer.from([0x77, 0x4f, 0x46, 0x32]),
  );
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body{}');
  await writeFile(join(root, 'package.json'), SECRET);
  await writeFile(join(root, 'renderer-secret.txt'), SECRET);
  // Dotfiles a careless copy could leave in the served folder.
  await writeFile(join(rendererDir, '.env'), SECRET);
  await writeFile(join(rendererDir, 'assets', '.secret.js'), SECRET);
  await mkdir(join(rendererDir, '.git'));
  await writeFile(join(rendererDir, '.git', 'config'), SECRET);
  // Creating a symlink needs a privilege on Windows; without it the case below is a plain 404.
  await symlink(join(root, 'package.json'), join(rendererDir, 'assets', 'link.txt')).catch(
    () => undefined,
  );

  session = new LibrarySession();
  await session.open(join(root, 'library'));
  host = await startHost({ session, rendererDir, maxBodyBytes: 64 * 1024 });
});

afterAll(async () => {
  await host?.close();
  await session?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the loopback host: binding', () => {
  it('listens on 127.0.0.1 and answers there', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect((await send(host.port, { path: '/' })).status).toBe(200);
  });

  it('is not reachable on any other address of the machine', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && !address.internal)
      .map((address) => address!.address);
    // 127.0.0.2 is loopback too on Linux: a server on 0.0.0.0 would answer there.
    for (const address of ['127.0.0.2', '::1', ...others]) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: host.port, timeout: 1000 });
        socket.once('connect', () => (socket.destroy(), resolve('connected')));
        socket.once('timeout', () => (socket.destroy(), resolve('timeout')));
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  it('generates a 32-byte base64url token unless given one, and refuses a short one', async () => {
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const given = await startHost({
      session,
      rendererDir: join(root, 'renderer'),
      token: 'a-token-of-my-own-choosing',
    });
    expect(given.token).toBe('a-token-of-my-own-choosing');
    await given.close();
    await expect(startHost({ session, rendererDir: root, token: 'short' })).rejects.toThrow(
      /token/,
    );
  });
});

describe('the loopback host: static files', () => {
  it('serves index.html at / with the CSP and without caching', async () => {
    const reply = await send(host.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Press Office</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['/assets/style.css', 'text/css; charset=utf-8'],
    ['/assets/noto-sans.woff2', 'font/woff2'],
    ['/index.html?x=1', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const reply = await send(host.port, { path });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers HEAD with headers only', async () => {
    const reply = await send(host.port, { method: 'HEAD', path: '/assets/style.css' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe('6');
    expect(reply.body).toBe('');
  });

  it('answers 404 for missing files and directories', async () => {
    expect((await send(host.port, { path: '/missing.js' })).status).toBe(404);
    expect((await send(host.port, { path: '/assets' })).status).toBe(404);
    expect((await send(host.port, { path: '/assets/' })).status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/../../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/assets%5c..%5c..%5cpackage.json',
    '/%252e%252e/package.json',
    '/..\\package.json',
    '//../package.json',
    '/../renderer-secret.txt',
    '/assets/link.txt',
    '/index.html%00.js',
    '/C:/Windows/win.ini',
    '/index.html::$DATA',
    '/%',
    'http://127.0.0.1/../package.json',
    '*',
  ])('never serves a file outside the renderer folder: %s', async (path) => {
    const reply = await send(host.port, { path });
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
  });

  it.each([
    '/.env',
    '/%2eenv',
    '/assets/.secret.js',
    '/.git/config',
    '/.git/',
    '/assets/%2Esecret.js',
  ])('never serves a dotfile of the renderer folder: %s', async (path) => {
    const reply = await send(host.port, { path });
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
  });

  it('refuses methods other than GET and HEAD for files', async () => {
    const reply = await send(host.port, { method: 'PUT', path: '/index.html', body: 'x' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('the loopback host: request guards', () => {
  it.each([
    'evil.example',
    `evil.example:${0}`,
    '127.0.0.1',
    '127.0.0.1:1',
    `0.0.0.0:PORT`,
    `[::1]:PORT`,
    `127.0.0.1.nip.io:PORT`,
  ])('refuses Host %s (DNS rebinding)', async (forged) => {
    const hostHeader = forged.replace('PORT', String(host.port));
    for (const path of ['/', '/api/library.info']) {
      const reply = await send(host.port, {
        method: path === '/' ? 'GET' : 'POST',
        path,
        headers: { Host: hostHeader, Authorization: `Bearer ${host.token}` },
        body: '{}',
      });
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  });

  it('accepts localhost and 127.0.0.1 with the right port', async () => {
    for (const name of ['localhost', '127.0.0.1', 'LOCALHOST']) {
      const reply = await send(host.port, { path: '/', headers: { Host: `${name}:${host.port}` } });
      expect(reply.status, name).toBe(200);
    }
  });

  it('refuses a cross-origin Origin and accepts its own', async () => {
    const post = (origin: string) =>
      send(host.port, {
        method: 'POST',
        path: '/api/library.info',
        headers: { Origin: origin, Authorization: `Bearer ${host.token}` },
        body: '{}',
      });
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${host.port + 1}`,
      `https://127.0.0.1:${host.port}`,
    ]) {
      const reply = await post(origin);
      expect(reply.status, origin).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
    expect((await post(`http://127.0.0.1:${host.port}`)).status).toBe(200);
    expect((await post(`http://localhost:${host.port}`)).status).toBe(200);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(70 * 1024) });
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/releases.create',
      headers: { Authorization: `Bearer ${host.token}` },
      body: big,
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a chunked body once it grows over the limit', async () => {
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/releases.create',
          headers: { Authorization: `Bearer ${host.token}`, 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(`{"title":"${'x'.repeat(40 * 1024)}`);
      req.end(`${'x'.repeat(40 * 1024)}"}`);
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses GET on the API', async () => {
    const reply = await send(host.port, {
      path: '/api/library.info',
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
  });

  it('takes an empty body as an empty input', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/library.info',
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(reply.status).toBe(200);
  });
});

describe('the loopback host: API round trip', () => {
  it('creates, gets, saves, lists and deletes a release, and reports a stale save as a conflict', async () => {
    const created = await value<Release>('releases.create', {
      kind: 'news',
      sourceLang: 'hy',
      title: 'Առաջին',
    });
    expect(created.rev).toBe(1);

    const fetched = await value<Release>('releases.get', { id: created.id });
    expect(fetched).toEqual(created);

    const edited: Release = {
      ...fetched,
      issuer: 'Press centre',
      variants: { ...fetched.variants, hy: { ...fetched.variants.hy!, title: 'Նոր վերնագիր' } },
    };
    const saved = await value<Release>('releases.save', { release: edited });
    expect(saved.rev).toBe(2);
    expect(saved.variants.hy?.title).toBe('Նոր վերնագիր');

    const stale = await call('releases.save', { release: edited });
    expect(stale.status).toBe(409);
    expect(stale.envelope).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const page = await value<ReleasePage>('releases.list', {});
    const row = page.rows.find((r: ReleaseSummary) => r.id === created.id);
    expect(row).toMatchObject({ rev: 2, titles: { hy: 'Նոր վերնագիր' } });

    await expect(value('releases.delete', { id: created.id })).resolves.toEqual({ id: created.id });
    const gone = await call('releases.get', { id: created.id });
    expect(gone.status).toBe(404);
    expect(gone.envelope).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('updates settings and reports library info', async () => {
    await expect(value('settings.update', { userName: 'Anna' })).resolves.toMatchObject({
      userName: 'Anna',
    });
    await expect(value('settings.get', {})).resolves.toMatchObject({ userName: 'Anna' });
    await expect(value('library.info', {})).resolves.toMatchObject({
      path: join(root, 'library'),
      isDefault: false,
    });
  });
});

/** Resolves once the server closes the socket; the test never ends or destroys it itself. */
function closedByServer(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.once('error', reject);
    socket.once('close', () => resolve(received));
  });
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('the loopback host: slow and idle clients', () => {
  let slowHost: RunningHost;

  beforeAll(async () => {
    slowHost = await startHost({
      session,
      rendererDir: join(root, 'renderer'),
      limits: { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 200 },
    });
  });

  afterAll(async () => {
    await slowHost?.close();
  });

  it('closes a connection whose header never ends', async () => {
    const socket = await openSocket(slowHost.port);
    const closed = closedByServer(socket);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${slowHost.port}\r\nX-Slow: `);
    const received = await closed;
    expect(received).not.toContain('Press Office');
  });

  it('closes a connection whose body never ends, and the API call is not run', async () => {
    const before = await value<ReleasePage>('releases.list', {});
    const socket = await openSocket(slowHost.port);
    const closed = closedByServer(socket);
    const body = JSON.stringify({ kind: 'news', sourceLang: 'en', title: 'Half a body' });
    socket.write(
      `POST /api/releases.create HTTP/1.1\r\nHost: 127.0.0.1:${slowHost.port}\r\n` +
        `Authorization: Bearer ${slowHost.token}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    const received = await closed;
    expect(received).not.toContain('"ok":true');
    const after = await value<ReleasePage>('releases.list', {});
    expect(after.total).toBe(before.total);
  });

  it('closes an idle keep-alive connection after its answer', async () => {
    const socket = await openSocket(slowHost.port);
    const closed = closedByServer(socket);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${slowHost.port}\r\n\r\n`);
    const received = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toContain('keep-alive');
  });

  it('refuses connections over the cap and serves again once one is free', async () => {
    // Node's default timeouts here, so that nothing but the cap can close the third socket.
    const capped = await startHost({
      session,
      rendererDir: join(root, 'renderer'),
      limits: { maxConnections: 2 },
    });
    try {
      const held = [await openSocket(capped.port), await openSocket(capped.port)];
      for (const socket of held) socket.write('GET / HTTP/1.1\r\n');
      const third = await openSocket(capped.port);
      const thirdClosed = closedByServer(third);
      third.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${capped.port}\r\n\r\n`);
      expect(await thirdClosed).toBe('');
      await Promise.all(
        held.map((socket) => new Promise((resolve) => socket.once('close', resolve).destroy())),
      );
      expect((await send(capped.port, { path: '/' })).status).toBe(200);
    } finally {
      await capped.close();
    }
  });
});

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import type { Envelope } from '@shared/errors';
import { parseHostArgs } from '../../src/main/host/host-args';
import { UsageError } from '../../src/main/usage-error';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(repo, 'src/main/host/cli.ts');

/** The CLI from source through tsx, which maps @shared/ with tsconfig.node.json's paths. */
function startCli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: repo,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(repo, 'tsconfig.node.json') },
  });
}

function collect(stream: NodeJS.ReadableStream): () => string {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  return () => text;
}

async function run(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startCli(args);
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout: stdout(), stderr: stderr() };
}

function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolveLine, reject) => {
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    child.stdout.on('data', () => {
      const text = stdout();
      if (text.includes('\n')) resolveLine(text);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr()}`)));
  });
}

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'press-office-cli-'));
  rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Press Office</title>');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('host arguments', () => {
  it('reads --library, --port, --renderer and --demo', () => {
    expect(parseHostArgs(['--library', 'lib', '--port', '8080', '--renderer', 'r', '--demo'])).toEqual({
      library: 'lib',
      port: 8080,
      renderer: 'r',
      demo: true,
    });
    expect(parseHostArgs(['--library=lib'])).toEqual({
      library: 'lib',
      port: 0,
      renderer: undefined,
      demo: false,
    });
  });

  it.each([
    ['no --library', []],
    ['an empty --library', ['--library', '']],
    ['an unknown option', ['--library', 'x', '--verbose']],
    ['a positional argument', ['--library', 'x', 'extra']],
    ['a port out of range', ['--library', 'x', '--port', '70000']],
    ['a port that is not a number', ['--library', 'x', '--port', '80a']],
    ['a negative port', ['--library', 'x', '--port', '-1']],
  ])('refuses %s with a usage error', (_case, args) => {
    expect(() => parseHostArgs(args)).toThrow(UsageError);
    expect(() => parseHostArgs(args)).toThrow(/usage: host --library <dir>/);
  });
});

describe('npm run host', () => {
  it('creates the library, prints one JSON line, serves, and exits 0 on SIGTERM with the save on disk', async () => {
    const libraryDir = join(root, 'new', 'library');
    const child = startCli(['--library', libraryDir, '--renderer', rendererDir]);
    const stderr = collect(child.stderr);
    const output = await firstLine(child);

    expect(output.split('\n')).toHaveLength(2);
    const ready = JSON.parse(output) as { url: string; token: string };
    expect(Object.keys(ready)).toEqual(['url', 'token']);
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
    expect(ready.url.endsWith(`#token=${ready.token}`)).toBe(true);

    const page = await fetch(ready.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Press Office</title>');

    const answer = await fetch(new URL('/api/releases.create', ready.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${ready.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'statement', sourceLang: 'ru' }),
    });
    const envelope = (await answer.json()) as Envelope<Release>;
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(stderr()).toBe('');
    expect(await readdir(join(libraryDir, 'releases'))).toContain(`${envelope.value.id}.json`);
  });

  it('exits 2 with one line on stderr for bad usage', async () => {
    const { code, stdout, stderr } = await run(['--library', 'x', '--port', '70000']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^host: --port must be 0–65535.*usage: host --library <dir>.*\n$/);
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('exits 1 with one line on stderr when the renderer is not built or the port is taken', async () => {
    const noRenderer = await run([
      '--library',
      join(root, 'lib-a'),
      '--renderer',
      join(root, 'nowhere'),
    ]);
    expect(noRenderer).toMatchObject({ code: 1, stdout: '' });
    expect(noRenderer.stderr).toMatch(/^host: no index\.html in .*\n$/);

    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const port = (blocker.address() as { port: number }).port;
    try {
      const taken = await run([
        '--library',
        join(root, 'lib-b'),
        '--renderer',
        rendererDir,
        '--port',
        String(port),
      ]);
      expect(taken).toMatchObject({ code: 1, stdout: '' });
      expect(taken.stderr).toMatch(/^host: .*EADDRINUSE.*\n$/);
    } finally {
      blocker.close();
    }
  });
});

/**
 * Sync against a server that goes away: the connection cut in the middle of a push, the
 * server restarted, a wrong password. The sync says what happened in words and, run again,
 * finishes with every release on the other library once.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/main/library/library';
import { openRemoteDatabase } from '../../src/main/sync/engine';
import { syncLibrary } from '../../src/main/sync/sync-session';
import { startCouchTestServer, type CouchTestServer } from './support/couch-test-server';
import { withSourceText } from './support/release-builders';
import { useTempDirs } from './support/temp-dir';
import { SLOW_MACHINE_MS, slowMachineMs } from '../support/timeouts';

const tempDir = useTempDirs();
const repo = resolve(import.meta.dirname, '../..');
const credentials = { username: 'editor', password: 'correct horse' };
let server: CouchTestServer;

beforeAll(async () => {
  server = await startCouchTestServer({ credentials });
}, SLOW_MACHINE_MS);
afterAll(async () => {
  await server.stop();
}, SLOW_MACHINE_MS);

async function releaseFiles(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(join(dir, 'releases')))
    .filter((name) => name.endsWith('.json'))
    .sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (n) => [n, await readFile(join(dir, 'releases', n), 'utf8')]),
    ),
  );
}

async function runCli(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repo, 'src/main/cli/index.ts'), ...args],
    {
      cwd: repo,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(repo, 'tsconfig.node.json'), ...env },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

describe('sync: faults', () => {
  it(
    'resumes after the connection is cut mid-push and the server restarts, duplicating nothing',
    async () => {
      const url = await server.database('team-cut');
      const [dirA, dirB] = [await tempDir(), await tempDir()];
      const a = await Library.open(dirA);
      // 120 releases of three documents each: two _bulk_docs batches, cut after the first.
      for (let i = 0; i < 120; i += 1) {
        const created = await a.createRelease({
          kind: 'news',
          sourceLang: 'hy',
          date: '2026-11-30',
        });
        await a.saveRelease(withSourceText(created, `Լուր ${i}`, `Պարբերություն ${i}`));
      }
      server.cutAfterBulkWrites(1);
      await expect(syncLibrary(a, { url, ...credentials })).rejects.toThrow();
      await server.stop();
      await server.start();

      const resumed = await syncLibrary(a, { url, ...credentials });
      // The first batch reached the server before the cut and is not sent again.
      expect(resumed.pushed).toBeLessThan(360);
      const remote = openRemoteDatabase(url, credentials);
      expect((await remote.info()).doc_count).toBe(360);
      await remote.close();

      const b = await Library.open(dirB);
      const pulled = await syncLibrary(b, { url, ...credentials });
      expect(pulled.imported).toHaveLength(120);
      expect(await releaseFiles(dirB)).toEqual(await releaseFiles(dirA));
      await a.close();
      await b.close();
    },
    slowMachineMs(3),
  );

  it(
    'the command line names a wrong password and an unreachable server, and never prints the password',
    async () => {
      const url = await server.database('team-cli');
      const dir = await tempDir();
      const library = await Library.open(dir);
      await library.createRelease({ kind: 'statement', sourceLang: 'be', date: '2026-12-03' });
      await library.close();

      const wrong = await runCli(['sync', '--library', dir, '--remote', url, '--user', 'editor'], {
        PRESS_OFFICE_SYNC_PASSWORD: 'wrong horse',
      });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('refused the user name or password');
      expect(wrong.stdout + wrong.stderr).not.toContain('wrong horse');

      const good = await runCli(['sync', '--library', dir, '--remote', url, '--user', 'editor'], {
        PRESS_OFFICE_SYNC_PASSWORD: credentials.password,
      });
      expect(good.stderr).not.toContain('press-office:');
      expect(good.code).toBe(0);
      expect(good.stdout).toContain('pushed 3 document(s)');
      expect(good.stdout + good.stderr).not.toContain(credentials.password);

      await server.stop();
      const down = await runCli(['sync', '--library', dir, '--remote', url, '--user', 'editor'], {
        PRESS_OFFICE_SYNC_PASSWORD: credentials.password,
      });
      await server.start();
      expect(down.code).toBe(1);
      expect(down.stderr).toContain('cannot be reached');
      expect(down.stdout + down.stderr).not.toContain(credentials.password);
    },
    slowMachineMs(3),
  );
});

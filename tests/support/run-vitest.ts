import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const vitestCli = join(
  resolve(createRequire(import.meta.url).resolve('vitest/package.json'), '..'),
  'vitest.mjs',
);

/** Runs `vitest run` with these arguments in a child process: its exit code and last line. */
export async function runVitest(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; line: string; output: string }> {
  const child = spawn(process.execPath, [vitestCli, 'run', ...args], {
    cwd: repo,
    env: { ...process.env, CI: 'true', NO_COLOR: '1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  const lines = stdout.trim().split('\n');
  return { code, line: lines[lines.length - 1]!.trim(), output: stdout + stderr };
}

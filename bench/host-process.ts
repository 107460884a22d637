/** The loopback host as a separate process, as the e2e tests run it, with its pid for /proc. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { HOST_SCRIPT, REPO_ROOT, assertBuilt } from '../tests/e2e/support/paths';

export interface BenchHost {
  pid: number;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  stop(): Promise<void>;
}

export async function startBenchHost(libraryDir: string): Promise<BenchHost> {
  assertBuilt();
  const child: ChildProcess = spawn(process.execPath, [HOST_SCRIPT, '--library', libraryDir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`host exited early (code ${code})`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  child.removeAllListeners('exit');
  const { url, token } = JSON.parse(line) as { url: string; token: string };
  return {
    pid: child.pid!,
    async call(method, input) {
      const response = await fetch(new URL(`/api/${method}`, url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as Envelope<never>;
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Bytes a process has caused to be written to storage, from /proc/<pid>/io. */
export function writeBytes(pid: number | 'self'): number {
  const match = /^write_bytes: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
  return Number(match?.[1] ?? NaN);
}

/** A process's resident memory, from /proc/<pid>/status. */
export function residentBytes(pid: number | 'self'): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? NaN) * 1024;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { copyBuildForAnyUser } from './build-copy';
import { assertBuilt, HOST_SCRIPT, REPO_ROOT } from './paths';
import { SLOW_MACHINE_MS } from '../../support/timeouts';

export interface RunningHost {
  /** The page to open, token fragment included. */
  url: string;
  token: string;
  /** SIGTERM, then waits for a clean exit. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = SLOW_MACHINE_MS;
const STOP_TIMEOUT_MS = SLOW_MACHINE_MS;

export interface HostOptions {
  /**
   * Run the host as this user and group (needs root): file permissions then bind it. It runs
   * from its own copy of the build, which that user can read wherever the checkout is.
   */
  runAs?: { uid: number; gid: number };
}

/** Starts `out/main/host.js` on `libraryDir` and waits for its one JSON line. */
export async function startHost(libraryDir: string, options: HostOptions = {}): Promise<RunningHost> {
  assertBuilt();
  const copy = options.runAs ? await copyBuildForAnyUser() : null;
  const child = spawn(process.execPath, [copy?.hostScript ?? HOST_SCRIPT, '--library', libraryDir], {
    cwd: copy?.dir ?? REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Node drops supplementary groups too when it switches user.
    ...options.runAs,
  });
  const removeCopy = async () => copy?.remove();
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  try {
    const ready = await readReadyLine(child, () => stderr);
    return { ...ready, stop: () => stopChild(child, () => stderr).finally(removeCopy) };
  } catch (error) {
    child.kill('SIGKILL');
    await removeCopy();
    throw error;
  }
}

function readReadyLine(
  child: ChildProcess,
  stderr: () => string,
): Promise<{ url: string; token: string }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const fail = (why: string) => {
      clearTimeout(timer);
      lines.close();
      reject(new Error(`host ${why}; stderr: ${stderr().trim() || '(empty)'}`));
    };
    const timer = setTimeout(
      () => fail(`printed no ready line in ${READY_TIMEOUT_MS} ms`),
      READY_TIMEOUT_MS,
    );
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      try {
        const parsed = JSON.parse(line) as { url?: unknown; token?: unknown };
        if (typeof parsed.url !== 'string' || typeof parsed.token !== 'string') {
          throw new Error('url or token missing');
        }
        resolve({ url: parsed.url, token: parsed.token });
      } catch (error) {
        reject(new Error(`host ready line is not {url, token}: ${line} (${String(error)})`));
      }
    });
  });
}

function stopChild(child: ChildProcess, stderr: () => string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.reject(new Error(`host had already exited; stderr: ${stderr()}`));
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM`));
    }, STOP_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(new Error(`host exited with code ${code}, signal ${signal}; stderr: ${stderr()}`));
    });
    child.kill('SIGTERM');
  });
}

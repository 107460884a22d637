/**
 * `node out/main/host.js --library <dir> [--port N] [--renderer <dir>]`: serves one library on
 * 127.0.0.1 and prints `{"url": ..., "token": ...}` as a single JSON line once it is ready.
 * Exit codes: 0 after SIGTERM/SIGINT, 1 on failure, 2 on bad usage.
 */
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_IDENTITY } from '../export-jobs/app-identity';
import { ExportJobs } from '../export-jobs/export-jobs';
import { HEADLESS_EXPORT_SHELL } from '../export-jobs/export-shell';
import { ImportJobs } from '../import/import-jobs';
import { LibrarySession } from '../library/session';
import { parseHostArgs } from './host-args';
import { UsageError } from '../usage-error';
import { hostPdfEngine } from './host-pdf-engine';
import { startHost, type RunningHost } from './server';

/** This file is built to out/main/host.js, next to the renderer's out/renderer/. */
const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));

async function main(argv: readonly string[]): Promise<void> {
  const args = parseHostArgs(argv);
  const rendererDir = resolve(args.renderer ?? DEFAULT_RENDERER_DIR);
  await access(join(rendererDir, 'index.html')).catch(() => {
    throw new Error(`no index.html in ${rendererDir}: build the renderer or pass --renderer`);
  });
  const session = new LibrarySession({});
  await session.open(resolve(args.library), { seedDemo: args.demo });
  const exportJobs = new ExportJobs({ engine: hostPdfEngine(), app: APP_IDENTITY });
  const importJobs = new ImportJobs();
  let host: RunningHost;
  try {
    host = await startHost({
      session,
      rendererDir,
      port: args.port,
      exporting: { jobs: exportJobs, shell: HEADLESS_EXPORT_SHELL },
      importing: importJobs,
    });
  } catch (error) {
    await session.close();
    throw error;
  }
  stopOnSignal(async () => {
    await host.close();
    await exportJobs.close();
    await importJobs.close();
    await session.current().flush();
    await session.close();
  });
  process.stdout.write(
    `${JSON.stringify({ url: `${host.url}#token=${host.token}`, token: host.token })}\n`,
  );
}

function stopOnSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    stop().then(() => process.exit(0), exitWithError);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

function exitWithError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`host: ${message.split('\n').map((line) => line.trim()).filter(Boolean).join(' ')}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
}

main(process.argv.slice(2)).catch(exitWithError);

/**
 * Runs convert-file in a worker thread, one worker per file, so parsing never blocks main
 * and a hostile file can exhaust only its own worker's heap. `abort` terminates the worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArchivePreview } from '@shared/import-api';
import type { ConvertedFile } from './convert-file';
import type { ImportWorkerTask } from './import-worker';

/** Heap a conversion may use: enough for a 20 MB document, far below what main has. */
export const IMPORT_WORKER_HEAP_MB = 512;

const WORKER_FILE = 'import-worker.mjs';

/**
 * In the packaged app the worker is unpacked beside app.asar (electron-builder.yml's
 * asarUnpack): a worker thread must load it from a real file, not from inside the archive.
 */
export function asarUnpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/**
 * Beside this module in the build (or one up when it lands in chunks/), unpacked from app.asar
 * when packaged; from the sources (tests), the built copy in out/main.
 */
export function defaultImportWorkerPath(moduleUrl: string = import.meta.url): string {
  const candidates = [`./${WORKER_FILE}`, `../${WORKER_FILE}`, `../../../out/main/${WORKER_FILE}`].map(
    (relative) => asarUnpackedPath(fileURLToPath(new URL(relative, moduleUrl))),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`${WORKER_FILE} not found; build with electron-vite first`);
  return found;
}

export interface WorkerOptions {
  workerPath: string;
  heapMb?: number;
}

export class ConversionAborted extends Error {}

export function convertInWorker(
  task: ImportWorkerTask,
  options: WorkerOptions,
  signal: AbortSignal,
): Promise<ConvertedFile> {
  return runInWorker<ConvertedFile>({ ...task, preview: false }, options, signal, (detail) => ({
    ok: false,
    problem: 'conversion-failed',
    detail,
  }));
}

/** The cut of a text archive, for the preview; made in a worker like every conversion. */
export function previewInWorker(task: ImportWorkerTask, options: WorkerOptions): Promise<ArchivePreview> {
  return runInWorker<ArchivePreview>({ ...task, preview: true }, options, new AbortController().signal, (detail) => ({
    name: task.name,
    ok: false,
    problem: 'conversion-failed',
    detail,
  }));
}

function runInWorker<T>(
  task: ImportWorkerTask,
  { workerPath, heapMb = IMPORT_WORKER_HEAP_MB }: WorkerOptions,
  signal: AbortSignal,
  failed: (detail: string) => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new ConversionAborted());
    const worker = new Worker(workerPath, {
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb) },
    });
    let settled = false;
    const settle = (act: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      act();
    };
    const onAbort = () => {
      settle(() => reject(new ConversionAborted()));
      // terminate() only ever resolves (with the exit code): there is nothing to wait for.
      void worker.terminate();
    };
    signal.addEventListener('abort', onAbort);
    worker.once('message', (result: T) => {
      settle(() => resolve(result));
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      const detail =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the conversion needed more than ${heapMb} MB of memory`
          : `the conversion failed: ${error.message}`;
      settle(() => resolve(failed(detail)));
    });
    worker.once('exit', (code) => {
      settle(() => resolve(failed(`the conversion stopped (exit code ${code})`)));
    });
  });
}

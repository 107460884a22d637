/**
 * The import worker's entry (built as out/main/import-worker.mjs): converts the one file it is
 * given and posts the result. It never touches the library; a throw or running out of its
 * memory limit ends only this worker, and main reports that file as failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '@shared/languages';
import { convertFile } from './convert-file';

export interface ImportWorkerTask {
  name: string;
  bytes: Uint8Array;
  lang: Lang | undefined;
  fallback: Lang;
}

const task = workerData as ImportWorkerTask;
parentPort?.postMessage(await convertFile(task.name, task.bytes, task.lang, task.fallback));

/**
 * The import worker's entry (built as out/main/import-worker.mjs): converts the one file it is
 * given and posts the result. It never touches the library; a throw or running out of its
 * memory limit ends only this worker, and main reports that file as failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '@shared/languages';
import { convertFile, previewArchive } from './convert-file';

export interface ImportWorkerTask {
  name: string;
  bytes: Uint8Array;
  lang: Lang | undefined;
  fallback: Lang;
  /** Cut a text archive for the preview instead of converting the file into drafts. */
  preview?: boolean;
}

const task = workerData as ImportWorkerTask;
parentPort?.postMessage(
  task.preview
    ? previewArchive(task.name, task.bytes, task.lang, task.fallback)
    : await convertFile(task.name, task.bytes, task.lang, task.fallback),
);

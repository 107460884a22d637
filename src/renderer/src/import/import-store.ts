import { MAX_IMPORT_FILE_BYTES, type ImportOutcome } from '@shared/drafting-api';
import type { ApiError } from '@shared/errors';
import { MAX_IMPORT_JOB_BYTES, MAX_IMPORT_JOB_FILES, type ImportJobStatus } from '@shared/import-api';
import type { Lang } from '@shared/languages';
import { create } from 'zustand';
import { api, apiErrorOf } from '../api';
import { fileToBase64 } from '../editor/asset-urls';
import { useReleasesStore } from '../stores/releases-store';

export type ImportRun =
  | { phase: 'idle' }
  | {
      phase: 'running';
      total: number;
      filesDone: number;
      /** The file main is converting or writing; null between two jobs. */
      current: string | null;
      cancelling: boolean;
    }
  | {
      phase: 'finished';
      /** One per file that was handled, in the order chosen. */
      outcomes: ImportOutcome[];
      total: number;
      cancelled: boolean;
      error: ApiError | null;
    };

interface ImportState {
  run: ImportRun;
  /** Imports the files through import jobs (main converts them in a worker), with progress. */
  start(files: File[], sourceLang: Lang | null): Promise<void>;
  /** Stops the job: the file in conversion and those after it are not imported at all. */
  cancel(): void;
  reset(): void;
}

const POLL_MS = 200;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Consecutive runs of files that each fit one job (its file count and byte limits). */
export function intoJobs(files: File[]): File[][] {
  const jobs: File[][] = [];
  let bytes = 0;
  for (const file of files) {
    const last = jobs.at(-1);
    if (!last || last.length === MAX_IMPORT_JOB_FILES || bytes + file.size > MAX_IMPORT_JOB_BYTES) {
      jobs.push([file]);
      bytes = file.size;
    } else {
      last.push(file);
      bytes += file.size;
    }
  }
  return jobs;
}

let cancelRequested = false;
let runningJob: string | null = null;

export const useImportStore = create<ImportState>()((set, get) => ({
  run: { phase: 'idle' },
  async start(files, sourceLang) {
    if (get().run.phase === 'running' || files.length === 0) return;
    cancelRequested = false;
    const total = files.length;
    const outcomes: ImportOutcome[] = [];
    const oversized = files.filter((file) => file.size > MAX_IMPORT_FILE_BYTES);
    for (const file of oversized) {
      outcomes.push({ name: file.name, ok: false, problem: 'too-large', detail: `${file.size} bytes` });
    }
    const progress = (current: string | null, done: number) =>
      set({
        run: { phase: 'running', total, filesDone: outcomes.length + done, current, cancelling: cancelRequested },
      });
    let error: ApiError | null = null;
    for (const job of intoJobs(files.filter((file) => !oversized.includes(file)))) {
      if (cancelRequested) break;
      progress(job[0]!.name, 0);
      try {
        const data = await Promise.all(job.map(fileToBase64));
        let status: ImportJobStatus = await api.call('import.start', {
          files: job.map((file, index) => ({ name: file.name, data: data[index]! })),
          ...(sourceLang ? { sourceLang } : {}),
        });
        runningJob = status.jobId;
        if (cancelRequested) status = await api.call('import.cancel', { jobId: status.jobId });
        while (status.state === 'running') {
          progress(status.progress.current, status.progress.filesDone);
          await wait(POLL_MS);
          status = await api.call('import.status', { jobId: status.jobId });
        }
        outcomes.push(...status.items);
        error = status.error;
      } catch (failure) {
        error = apiErrorOf(failure);
      } finally {
        runningJob = null;
      }
      // The library failed (disk full, folder gone): the next files would fail too.
      if (error) break;
    }
    set({ run: { phase: 'finished', outcomes, total, cancelled: cancelRequested, error } });
    await useReleasesStore.getState().refresh().catch(() => undefined);
  },
  cancel() {
    const run = get().run;
    if (run.phase !== 'running' || cancelRequested) return;
    cancelRequested = true;
    set({ run: { ...run, cancelling: true } });
    if (runningJob) void api.call('import.cancel', { jobId: runningJob }).catch(() => undefined);
  },
  reset: () => set({ run: { phase: 'idle' } }),
}));

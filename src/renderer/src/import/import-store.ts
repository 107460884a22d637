import { MAX_IMPORT_FILE_BYTES, type ImportOutcome } from '@shared/drafting-api';
import type { ApiError } from '@shared/errors';
import { MAX_IMPORT_JOB_BYTES, MAX_IMPORT_JOB_FILES, type ArchivePreview, type ImportJobStatus } from '@shared/import-api';
import type { Lang } from '@shared/languages';
import { create } from 'zustand';
import { api, apiErrorOf } from '../api';
import { fileToBase64 } from '../editor/asset-urls';
import { useReleasesStore } from '../stores/releases-store';
import { createInputOf, draftOf, draftProblem, type ArchiveDraft } from '@shared/import/archive-draft';

export type ImportRun =
  | { phase: 'idle' }
  /** Text archives are being cut (import.previewArchive), one after another. */
  | { phase: 'cutting'; total: number; done: number }
  /** The cut is shown for the user to correct; nothing has been created yet. */
  | {
      phase: 'preview';
      drafts: ArchiveDraft[];
      /** Files that are not text archives: imported as they are once the cut is confirmed. */
      others: File[];
      /** Archives that could not be cut (empty, too large…): reported with the outcomes. */
      failed: ImportOutcome[];
      total: number;
      sourceLang: Lang | null;
    }
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
  /** Replaces the items of one previewed archive (after a merge, split, retitle or date). */
  editDraft(index: number, items: ArchiveDraft['items']): void;
  /** Creates the previewed items (every one dated), then imports the other files. */
  confirm(): Promise<void>;
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

/** Plain-text files are archives of many items: their cut is previewed before creating. */
export function isTextArchive(file: File): boolean {
  return /\.(txt|text)$/iu.test(file.name);
}

let cancelRequested = false;
let runningJob: string | null = null;

export const useImportStore = create<ImportState>()((set, get) => ({
  run: { phase: 'idle' },
  async start(files, sourceLang) {
    const phase = get().run.phase;
    if (phase !== 'idle' || files.length === 0) return;
    const archives = files.filter(isTextArchive);
    cancelRequested = false;
    if (archives.length === 0) return runFiles(files, [], files.length, sourceLang);
    const drafts: ArchiveDraft[] = [];
    const failed: ImportOutcome[] = [];
    set({ run: { phase: 'cutting', total: archives.length, done: 0 } });
    for (const [index, file] of archives.entries()) {
      let preview: ArchivePreview;
      try {
        if (file.size > MAX_IMPORT_FILE_BYTES) {
          preview = { name: file.name, ok: false, problem: 'too-large', detail: `${file.size} bytes` };
        } else {
          const data = await fileToBase64(file);
          preview = await api.call('import.previewArchive', {
            file: { name: file.name, data },
            ...(sourceLang ? { sourceLang } : {}),
          });
        }
      } catch (failure) {
        set({ run: { phase: 'finished', outcomes: failed, total: files.length, cancelled: false, error: apiErrorOf(failure) } });
        return;
      }
      if (preview.ok) drafts.push(draftOf(preview.name, preview.items));
      else failed.push(preview);
      set({ run: { phase: 'cutting', total: archives.length, done: index + 1 } });
    }
    const others = files.filter((file) => !isTextArchive(file));
    if (drafts.length === 0) return runFiles(others, failed, files.length, sourceLang);
    set({ run: { phase: 'preview', drafts, others, failed, total: files.length, sourceLang } });
  },
  editDraft(index, items) {
    const run = get().run;
    if (run.phase !== 'preview' || !run.drafts[index]) return;
    const drafts = run.drafts.map((draft, i) => (i === index ? { ...draft, items } : draft));
    set({ run: { ...run, drafts } });
  },
  async confirm() {
    const run = get().run;
    if (run.phase !== 'preview' || draftProblem(run.drafts)) return;
    const inputs = run.drafts.map(createInputOf);
    const outcomes: ImportOutcome[] = [...run.failed];
    let error: ApiError | null = null;
    cancelRequested = false;
    for (const [index, input] of inputs.entries()) {
      if (cancelRequested) break;
      const draft = run.drafts[index]!;
      set({ run: { phase: 'running', total: run.total, filesDone: outcomes.length, current: draft.name, cancelling: false } });
      if (!input.success) {
        outcomes.push({ name: draft.name, ok: false, problem: 'conversion-failed', detail: input.error.message });
        continue;
      }
      try {
        outcomes.push(await api.call('import.createArchive', input.data));
      } catch (failure) {
        error = apiErrorOf(failure);
        break;
      }
    }
    if (error || cancelRequested) {
      set({ run: { phase: 'finished', outcomes, total: run.total, cancelled: cancelRequested, error } });
      await useReleasesStore.getState().refresh().catch(() => undefined);
      return;
    }
    await runFiles(run.others, outcomes, run.total, run.sourceLang);
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

/** Imports `files` through import jobs after the outcomes already known, with progress. */
async function runFiles(files: File[], known: ImportOutcome[], total: number, sourceLang: Lang | null): Promise<void> {
  const set = useImportStore.setState;
  const outcomes: ImportOutcome[] = [...known];
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
}

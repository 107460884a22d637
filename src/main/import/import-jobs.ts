/**
 * The import jobs of this process, kept like export jobs (export-jobs.ts): the renderer starts
 * one, polls its status, may cancel it; finished jobs are kept a while, the oldest forgotten.
 */
import type { ImportJobStatus } from '@shared/import-api';
import { JobRegistry } from '../jobs/job-registry';
import type { ArchivePreview } from '@shared/import-api';
import type { Lang } from '@shared/languages';
import { defaultImportWorkerPath, previewInWorker, type WorkerOptions } from './convert-in-worker';
import { ImportJob, type ImportJobRequest } from './import-job';

export interface ImportJobsOptions {
  /** The built worker and its heap limit; found beside the bundle when omitted. */
  worker?: Partial<WorkerOptions>;
  now?: () => Date;
  logUnexpected?: (error: unknown) => void;
}

export class ImportJobs {
  private readonly jobs = new JobRegistry<ImportJob, ImportJobStatus>('import');
  private readonly worker: WorkerOptions;
  private readonly now: () => Date;
  private readonly logUnexpected: (error: unknown) => void;

  constructor(options: ImportJobsOptions = {}) {
    this.worker = { workerPath: options.worker?.workerPath ?? '', heapMb: options.worker?.heapMb };
    this.now = options.now ?? (() => new Date());
    this.logUnexpected =
      options.logUnexpected ??
      ((error) => console.error('[import] a job failed unexpectedly:', error));
  }

  start(request: ImportJobRequest): ImportJobStatus {
    this.findWorker();
    return this.jobs.add(
      new ImportJob(request, {
        worker: this.worker,
        now: this.now,
        logUnexpected: this.logUnexpected,
      }),
    );
  }

  /** Cuts a text archive for the preview, off main's event loop; writes nothing. */
  previewArchive(file: { name: string; bytes: Uint8Array }, lang: Lang | undefined, fallback: Lang): Promise<ArchivePreview> {
    this.findWorker();
    return previewInWorker({ ...file, lang, fallback }, this.worker);
  }

  /** Looked up on first use, so a process that never imports needs no built worker. */
  private findWorker(): void {
    if (!this.worker.workerPath) this.worker.workerPath = defaultImportWorkerPath();
  }

  status = (jobId: string): ImportJobStatus => this.jobs.status(jobId);
  cancel = (jobId: string): ImportJobStatus => this.jobs.cancel(jobId);
  /** The status once the job is done or cancelled. */
  settled = (jobId: string): Promise<ImportJobStatus> => this.jobs.settled(jobId);
  /** Cancels what runs and waits for the workers to end. */
  close = (): Promise<void> => this.jobs.close();
}

/**
 * The import jobs of this process, kept like export jobs (export-jobs.ts): the renderer starts
 * one, polls its status, may cancel it; finished jobs are kept a while, the oldest forgotten.
 */
import type { ImportJobStatus } from '@shared/import-api';
import { AppError } from '../errors';
import { defaultImportWorkerPath, type WorkerOptions } from './convert-in-worker';
import { ImportJob, type ImportJobRequest } from './import-job';

const KEEP_FINISHED = 20;

export interface ImportJobsOptions {
  /** The built worker and its heap limit; found beside the bundle when omitted. */
  worker?: Partial<WorkerOptions>;
  now?: () => Date;
  logUnexpected?: (error: unknown) => void;
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly worker: WorkerOptions;
  private readonly now: () => Date;
  private readonly logUnexpected: (error: unknown) => void;

  constructor(options: ImportJobsOptions = {}) {
    this.worker = { workerPath: options.worker?.workerPath ?? '', heapMb: options.worker?.heapMb };
    this.now = options.now ?? (() => new Date());
    this.logUnexpected =
      options.logUnexpected ?? ((error) => console.error('[import] a job failed unexpectedly:', error));
  }

  start(request: ImportJobRequest): ImportJobStatus {
    this.forgetOldJobs();
    // Looked up on first use, so a process that never imports needs no built worker.
    if (!this.worker.workerPath) this.worker.workerPath = defaultImportWorkerPath();
    const job = new ImportJob(request, {
      worker: this.worker,
      now: this.now,
      logUnexpected: this.logUnexpected,
    });
    this.jobs.set(job.id, job);
    return job.status();
  }

  status(jobId: string): ImportJobStatus {
    return this.job(jobId).status();
  }

  cancel(jobId: string): ImportJobStatus {
    const job = this.job(jobId);
    job.cancel();
    return job.status();
  }

  /** The status once the job is done or cancelled. */
  async settled(jobId: string): Promise<ImportJobStatus> {
    const job = this.job(jobId);
    await job.finished;
    return job.status();
  }

  /** Cancels what runs and waits for the workers to end. */
  async close(): Promise<void> {
    const jobs = [...this.jobs.values()];
    jobs.forEach((job) => job.cancel());
    await Promise.all(jobs.map((job) => job.finished));
  }

  private job(jobId: string): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('not-found', `import job ${jobId}`);
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => !job.running);
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED + 1))) {
      this.jobs.delete(job.id);
    }
  }
}

/**
 * The export jobs of this process and the one PDF engine they share. Jobs run in main; the
 * renderer starts one, polls its status, may cancel it, and reads its result afterwards.
 * Finished jobs are kept for a while for that, the oldest forgotten first.
 */
import type { ExportJobStatus } from '@shared/export-api';
import { AppError } from '../errors';
import { normaliseFormats } from '../export/export-release';
import type { PdfEngine } from '../export/pdf-engine';
import { ExportJob, type ExportJobContext, type ExportJobRequest } from './export-job';

const KEEP_FINISHED = 20;

export interface ExportJobsOptions {
  /** Null in a process that cannot print: PDF exports are then refused. */
  engine: PdfEngine | null;
  app: { name: string; version: string };
  now?: () => Date;
  logUnexpected?: (error: unknown) => void;
}

export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();
  private readonly context: ExportJobContext;

  constructor(options: ExportJobsOptions) {
    this.context = {
      engine: options.engine,
      app: options.app,
      now: options.now ?? (() => new Date()),
      logUnexpected:
        options.logUnexpected ??
        ((error) => console.error('[export] a release failed unexpectedly:', error)),
    };
  }

  start(request: ExportJobRequest): ExportJobStatus {
    if (normaliseFormats(request.formats).has('pdf') && !this.context.engine) {
      throw new AppError('invalid-input', 'formats: this process has no PDF engine');
    }
    this.forgetOldJobs();
    const job = new ExportJob(request, this.context);
    this.jobs.set(job.id, job);
    return job.status();
  }

  status(jobId: string): ExportJobStatus {
    return this.job(jobId).status();
  }

  cancel(jobId: string): ExportJobStatus {
    const job = this.job(jobId);
    job.cancel();
    return job.status();
  }

  /** The status once the job is done or cancelled. */
  async settled(jobId: string): Promise<ExportJobStatus> {
    const job = this.job(jobId);
    await job.finished;
    return job.status();
  }

  /** Cancels what runs, waits for it to clean up, and closes the PDF engine. */
  async close(): Promise<void> {
    const jobs = [...this.jobs.values()];
    jobs.forEach((job) => job.cancel());
    await Promise.all(jobs.map((job) => job.finished));
    await this.context.engine?.close();
  }

  private job(jobId: string): ExportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('not-found', `export job ${jobId}`);
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => !job.running);
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED + 1))) {
      this.jobs.delete(job.id);
    }
  }
}

/**
 * The export jobs of this process and the one PDF engine they share. Jobs run in main; the
 * renderer starts one, polls its status, may cancel it, and reads its result afterwards.
 * Finished jobs are kept for a while for that, the oldest forgotten first.
 */
import type { ExportJobStatus } from '@shared/export-api';
import { AppError } from '../errors';
import { normaliseFormats } from '../export/export-release';
import type { PdfEngine } from '../export/pdf-engine';
import { JobRegistry } from '../jobs/job-registry';
import { ExportJob, type ExportJobContext, type ExportJobRequest } from './export-job';

export interface ExportJobsOptions {
  /** Null in a process that cannot print: PDF exports are then refused. */
  engine: PdfEngine | null;
  app: { name: string; version: string };
  now?: () => Date;
  logUnexpected?: (error: unknown) => void;
}

export class ExportJobs {
  private readonly jobs = new JobRegistry<ExportJob, ExportJobStatus>('export');
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
    return this.jobs.add(new ExportJob(request, this.context));
  }

  status = (jobId: string): ExportJobStatus => this.jobs.status(jobId);
  cancel = (jobId: string): ExportJobStatus => this.jobs.cancel(jobId);
  /** The status once the job is done or cancelled. */
  settled = (jobId: string): Promise<ExportJobStatus> => this.jobs.settled(jobId);

  /** Cancels what runs, waits for it to clean up, and closes the PDF engine. */
  async close(): Promise<void> {
    await this.jobs.close();
    await this.context.engine?.close();
  }
}

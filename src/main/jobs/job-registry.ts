/**
 * The jobs of one kind in this process (exports, imports): the renderer starts one, polls its
 * status, may cancel it; finished jobs are kept a while for their results, the oldest
 * forgotten first.
 */
import { AppError } from '../errors';

const KEEP_FINISHED = 20;

export interface RegisteredJob<Status> {
  readonly id: string;
  readonly running: boolean;
  readonly finished: Promise<unknown>;
  cancel(): void;
  status(): Status;
}

export class JobRegistry<Job extends RegisteredJob<Status>, Status> {
  private readonly jobs = new Map<string, Job>();

  /** `kind` names the jobs in a not-found error ("export job …"). */
  constructor(private readonly kind: string) {}

  add(job: Job): Status {
    this.forgetOldJobs();
    this.jobs.set(job.id, job);
    return job.status();
  }

  status(jobId: string): Status {
    return this.job(jobId).status();
  }

  cancel(jobId: string): Status {
    const job = this.job(jobId);
    job.cancel();
    return job.status();
  }

  /** The status once the job is done or cancelled. */
  async settled(jobId: string): Promise<Status> {
    const job = this.job(jobId);
    await job.finished;
    return job.status();
  }

  /** Cancels what runs and waits for it to clean up. */
  async close(): Promise<void> {
    const jobs = [...this.jobs.values()];
    jobs.forEach((job) => job.cancel());
    await Promise.all(jobs.map((job) => job.finished));
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('not-found', `${this.kind} job ${jobId}`);
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => !job.running);
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED + 1))) {
      this.jobs.delete(job.id);
    }
  }
}

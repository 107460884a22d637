/**
 * One import job: files converted one after another in a worker (convert-in-worker.ts), each
 * file's releases written on main as soon as it is converted. A cancel terminates the worker
 * at once; the file being converted is not written, the files finished before stay imported
 * (each file whole or not at all), and `items` lists exactly those.
 */
import { randomUUID } from 'node:crypto';
import type { ImportOutcome } from '@shared/drafting-api';
import type { ImportJobProgress, ImportJobState, ImportJobStatus } from '@shared/import-api';
import type { ApiError } from '@shared/errors';
import type { Lang } from '@shared/languages';
import { toApiError } from '../errors';
import type { LibraryApi } from '../library/library-api';
import { ConversionAborted, convertInWorker, type WorkerOptions } from './convert-in-worker';
import { writeConverted } from './import-files';

export interface ImportJobRequest {
  library: LibraryApi;
  files: readonly { name: string; bytes: Uint8Array }[];
  lang: Lang | undefined;
}

export interface ImportJobContext {
  worker: WorkerOptions;
  now: () => Date;
  /** Failures nobody expected: they reach the renderer only as `internal`. */
  logUnexpected: (error: unknown) => void;
}

export class ImportJob {
  readonly id = randomUUID();
  /** Settles when the job is done or cancelled; never rejects. */
  readonly finished: Promise<void>;
  private readonly controller = new AbortController();
  private state: ImportJobState = 'running';
  private readonly progress: ImportJobProgress;
  private readonly items: ImportOutcome[] = [];
  private readonly startedAt: string;
  private finishedAt: string | null = null;
  private error: ApiError | null = null;

  constructor(
    private readonly request: ImportJobRequest,
    private readonly context: ImportJobContext,
  ) {
    this.startedAt = context.now().toISOString();
    const bytes = request.files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
    this.progress = { filesDone: 0, files: request.files.length, bytesDone: 0, bytes, current: null };
    this.finished = this.run();
  }

  get running(): boolean {
    return this.state === 'running';
  }

  cancel(): void {
    if (this.running) this.controller.abort();
  }

  status(): ImportJobStatus {
    return {
      jobId: this.id,
      state: this.state,
      progress: { ...this.progress },
      items: [...this.items],
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
      error: this.error,
    };
  }

  private async run(): Promise<void> {
    const { library, files, lang } = this.request;
    const { signal } = this.controller;
    const fallback = library.getSettings().uiLanguage;
    try {
      for (const file of files) {
        if (signal.aborted) break;
        this.progress.current = file.name;
        let converted;
        try {
          converted = await convertInWorker({ ...file, lang, fallback }, this.context.worker, signal);
        } catch (error) {
          if (error instanceof ConversionAborted) break;
          throw error;
        }
        // Converted before the cancel: written whole, so `items` says exactly what exists.
        this.items.push(await writeConverted(library, file.name, converted));
        this.progress.filesDone += 1;
        this.progress.bytesDone += file.bytes.byteLength;
      }
    } catch (failure) {
      // The library failed (disk full, folder gone): the next files would fail too.
      this.error = toApiError(failure);
      if (this.error.code === 'internal') this.context.logUnexpected(failure);
    } finally {
      this.state = this.items.length === files.length ? 'done' : 'cancelled';
      this.progress.current = null;
      this.finishedAt = this.context.now().toISOString();
    }
  }
}

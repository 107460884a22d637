/**
 * One export job: releases exported one after another into one folder, each through the
 * gate with its own check findings. Progress is kept for the renderer to poll; a cancel
 * aborts the release in progress, whose staging folder the exporter removes, so only
 * complete packages are ever left in the folder. A release that fails is reported with a
 * coded error and the job goes on with the next.
 */
import { randomUUID } from 'node:crypto';
import type {
  ExportFormat,
  ExportJobItem,
  ExportJobProgress,
  ExportJobState,
  ExportJobStatus,
} from '@shared/export-api';
import type { Lang } from '@shared/languages';
import { toApiError } from '../errors';
import { ExportBlockedError, exportRelease, type ExportResult } from '../export/export-release';
import type { PdfEngine } from '../export/pdf-engine';
import type { LibraryApi } from '../library/library-api';
import { checkVerdicts, gateFindings } from './check-gate';

export interface ExportJobRequest {
  library: LibraryApi;
  ids: readonly string[];
  formats: readonly ExportFormat[];
  langs?: readonly Lang[];
  override?: readonly Lang[];
  /** Checked already (destination.ts). */
  destination: string;
}

export interface ExportJobContext {
  engine: PdfEngine | null;
  app: { name: string; version: string };
  now: () => Date;
  /** Failures nobody expected: they reach the renderer only as `internal`. */
  logUnexpected: (error: unknown) => void;
}

function exportedItem(result: ExportResult): ExportJobItem {
  const { gate } = result;
  return {
    releaseId: result.releaseId,
    outcome: 'exported',
    path: result.path,
    included: gate.included,
    overridden: gate.decisions.filter((d) => d.overridden).map((d) => d.lang),
    leftOut: gate.blocked.map((d) => d.lang),
  };
}

export class ExportJob {
  readonly id = randomUUID();
  /** Settles when the job is done or cancelled; never rejects. */
  readonly finished: Promise<void>;
  private readonly controller = new AbortController();
  private state: ExportJobState = 'running';
  private progress: ExportJobProgress | null = null;
  private readonly items: ExportJobItem[] = [];
  private readonly startedAt: string;
  private finishedAt: string | null = null;

  constructor(
    private readonly request: ExportJobRequest,
    private readonly context: ExportJobContext,
  ) {
    this.startedAt = context.now().toISOString();
    this.finished = this.run();
  }

  get running(): boolean {
    return this.state === 'running';
  }

  cancel(): void {
    if (this.running) this.controller.abort(new Error('export cancelled'));
  }

  status(): ExportJobStatus {
    return {
      jobId: this.id,
      state: this.state,
      destination: this.request.destination,
      releases: this.request.ids.length,
      progress: this.progress && { ...this.progress },
      items: [...this.items],
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
    };
  }

  private async run(): Promise<void> {
    const { ids } = this.request;
    const { signal } = this.controller;
    for (const [index, releaseId] of ids.entries()) {
      const position = { release: index + 1, releases: ids.length };
      this.progress = { ...position, releaseId, step: 0, total: 0, label: 'start' };
      try {
        this.items.push(
          await this.exportOne(releaseId, (step) => (this.progress = { ...position, ...step })),
        );
      } catch {
        // Only a cancel gets here (exportOne reports every other failure as an item).
        break;
      }
      if (signal.aborted) break;
    }
    this.state = this.items.length === ids.length ? 'done' : 'cancelled';
    this.finishedAt = this.context.now().toISOString();
  }

  private async exportOne(
    releaseId: string,
    onProgress: (step: Omit<ExportJobProgress, 'release' | 'releases'>) => void,
  ): Promise<ExportJobItem> {
    const { library } = this.request;
    const { signal } = this.controller;
    try {
      signal.throwIfAborted();
      const release = await library.getRelease(releaseId);
      const vocabulary = library.listVocabulary();
      const source = {
        release,
        vocabulary,
        revisions: await library.listRevisions(releaseId),
        libraryDir: library.dir,
        letterhead: library.getSettings().letterhead,
      };
      const result = await exportRelease(source, this.request.destination, this.context.engine, {
        formats: this.request.formats,
        langs: this.request.langs,
        override: this.request.override,
        findings: gateFindings(checkVerdicts(release, vocabulary)),
        app: this.context.app,
        exportedBy: library.getSettings().userName || null,
        now: this.context.now(),
        onProgress,
        signal,
      });
      return exportedItem(result);
    } catch (error) {
      if (signal.aborted) throw error;
      if (error instanceof ExportBlockedError) {
        return { releaseId, outcome: 'blocked', leftOut: error.gate.blocked.map((d) => d.lang) };
      }
      const apiError = toApiError(error);
      if (apiError.code === 'internal') this.context.logUnexpected(error);
      return { releaseId, outcome: 'failed', error: apiError };
    }
  }
}

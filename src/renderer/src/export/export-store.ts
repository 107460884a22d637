import { EXPORT_FORMATS, MAX_EXPORT_RELEASES } from '@shared/export-api';
import type { ExportFormat, ExportJobStatus, ExportPlan, RevealedExport } from '@shared/export-api';
import type { ApiError } from '@shared/errors';
import type { Lang } from '@shared/languages';
import { create } from 'zustand';
import { api, apiErrorOf } from '../api';

/** One release from the editor, or every release with an approved version from the list. */
export type ExportTarget = { kind: 'release'; id: string } | { kind: 'approved' };

export interface PlannedRelease {
  releaseId: string;
  plan: ExportPlan | null;
  /** Why it could not be planned (deleted meanwhile, unknown embargo zone…). */
  error: ApiError | null;
}

export type ExportPhase =
  | { name: 'closed' }
  | { name: 'planning'; done: number; total: number }
  | { name: 'ready' }
  | { name: 'running'; job: ExportJobStatus; cancelling: boolean }
  | { name: 'finished'; job: ExportJobStatus; revealed: RevealedExport | null };

interface ExportState {
  target: ExportTarget | null;
  phase: ExportPhase;
  releases: PlannedRelease[];
  formats: Record<ExportFormat, boolean>;
  /** Left-out versions the user chose to include anyway (one-release exports only). */
  override: Lang[];
  destination: string;
  /** A failure of the dialog's own calls: planning, starting, cancelling, showing the result. */
  error: ApiError | null;
  open(target: ExportTarget): Promise<void>;
  close(): void;
  setFormat(format: ExportFormat, on: boolean): void;
  toggleOverride(lang: Lang): void;
  setDestination(path: string): void;
  chooseDestination(): Promise<void>;
  start(): Promise<void>;
  cancel(): Promise<void>;
  reveal(): Promise<void>;
}

const POLL_MS = 200;
const PLANNING_PARALLEL = 4;
const DEFAULT_FORMATS: Record<ExportFormat, boolean> = {
  html: true,
  pdf: true,
  newsml: false,
  zip: true,
};

/** Releases the export would write a package for: those with a version that goes in. */
export function exportableIds(releases: readonly PlannedRelease[]): string[] {
  return releases.flatMap((r) => (r.plan?.languages.some((l) => l.included) ? [r.releaseId] : []));
}

/** Something to put in the package: the zip alone holds nothing. */
export function hasContent(formats: Record<ExportFormat, boolean>): boolean {
  return formats.html || formats.pdf || formats.newsml;
}

/** How far the whole job is, 0–1: finished releases plus the share of the current one. */
export function progressFraction(job: ExportJobStatus): number {
  const progress = job.progress;
  if (!progress) return 0;
  const current = progress.total > 0 ? progress.step / progress.total : 0;
  return (progress.release - 1 + current) / progress.releases;
}

async function approvedReleaseIds(): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const page = await api.call('releases.list', {
      offset: ids.length,
      limit: 500,
      filter: { statuses: ['approved'] },
    });
    ids.push(...page.rows.map((row) => row.id));
    if (page.rows.length === 0 || ids.length >= Math.min(page.total, MAX_EXPORT_RELEASES)) {
      return ids.slice(0, MAX_EXPORT_RELEASES);
    }
  }
}

async function planRelease(releaseId: string): Promise<PlannedRelease> {
  try {
    return { releaseId, plan: await api.call('export.plan', { id: releaseId }), error: null };
  } catch (error) {
    return { releaseId, plan: null, error: apiErrorOf(error) };
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The folder chosen or typed last, kept while the app runs; else each plan's default. */
let lastDestination: string | null = null;
/** Counts dialog openings, so that answers arriving after it closed are dropped. */
let session = 0;

export const useExportStore = create<ExportState>()((set, get) => {
  const current = (own: number) => own === session;

  /** Polls the job until it ends; the renderer learns of progress only by asking. */
  const follow = async (own: number, job: ExportJobStatus) => {
    let status = job;
    while (status.state === 'running') {
      await wait(POLL_MS);
      if (!current(own)) return;
      try {
        status = await api.call('export.status', { jobId: status.jobId });
      } catch (error) {
        if (current(own)) set({ error: apiErrorOf(error) });
        return;
      }
      if (!current(own)) return;
      const phase = get().phase;
      const cancelling = phase.name === 'running' && phase.cancelling;
      set({ phase: { name: 'running', job: status, cancelling } });
    }
    set({ phase: { name: 'finished', job: status, revealed: null } });
  };

  return {
    target: null,
    phase: { name: 'closed' },
    releases: [],
    formats: DEFAULT_FORMATS,
    override: [],
    destination: '',
    error: null,

    async open(target) {
      if (get().phase.name !== 'closed') return;
      const own = ++session;
      set({
        target,
        phase: { name: 'planning', done: 0, total: 0 },
        releases: [],
        override: [],
        error: null,
      });
      try {
        const ids = target.kind === 'release' ? [target.id] : await approvedReleaseIds();
        const releases: PlannedRelease[] = new Array(ids.length);
        let done = 0;
        let next = 0;
        const worker = async () => {
          while (next < ids.length && current(own)) {
            const index = next++;
            releases[index] = await planRelease(ids[index]!);
            done += 1;
            if (current(own)) set({ phase: { name: 'planning', done, total: ids.length } });
          }
        };
        await Promise.all(Array.from({ length: PLANNING_PARALLEL }, worker));
        if (!current(own)) return;
        const destination =
          lastDestination ?? releases.find((r) => r.plan)?.plan?.destination ?? '';
        const failed = target.kind === 'release' ? releases[0]?.error : null;
        set({ releases, destination, phase: { name: 'ready' }, error: failed ?? null });
      } catch (error) {
        if (current(own)) set({ phase: { name: 'ready' }, error: apiErrorOf(error) });
      }
    },

    close() {
      // A running export goes on in main; the dialog stays until it is done or cancelled.
      if (get().phase.name === 'running') return;
      session++;
      set({ target: null, phase: { name: 'closed' }, releases: [], error: null });
    },

    setFormat: (format, on) => set({ formats: { ...get().formats, [format]: on } }),

    toggleOverride(lang) {
      const override = get().override;
      set({
        override: override.includes(lang)
          ? override.filter((l) => l !== lang)
          : [...override, lang],
      });
    },

    setDestination: (destination) => set({ destination }),

    async chooseDestination() {
      const own = session;
      try {
        const { path } = await api.call('export.chooseDestination', {});
        if (path !== null && current(own)) set({ destination: path, error: null });
      } catch (error) {
        if (current(own)) set({ error: apiErrorOf(error) });
      }
    },

    async start() {
      const { target, releases, formats, override, destination, phase } = get();
      if (!target || phase.name !== 'ready') return;
      const own = session;
      // One release is exported whatever the plan says: an override may be all that goes in.
      const ids = target.kind === 'release' ? [target.id] : exportableIds(releases);
      try {
        const job = await api.call('export.run', {
          ids,
          formats: EXPORT_FORMATS.filter((format) => formats[format]),
          ...(target.kind === 'release' && override.length ? { override } : {}),
          destination: destination.trim(),
        });
        lastDestination = job.destination;
        if (!current(own)) return;
        set({ phase: { name: 'running', job, cancelling: false }, error: null });
        void follow(own, job);
      } catch (error) {
        if (current(own)) set({ error: apiErrorOf(error) });
      }
    },

    async cancel() {
      const phase = get().phase;
      if (phase.name !== 'running' || phase.cancelling) return;
      set({ phase: { ...phase, cancelling: true } });
      try {
        await api.call('export.cancel', { jobId: phase.job.jobId });
      } catch (error) {
        set({ error: apiErrorOf(error) });
      }
    },

    async reveal() {
      const phase = get().phase;
      if (phase.name !== 'finished') return;
      const own = session;
      try {
        const revealed = await api.call('export.reveal', { jobId: phase.job.jobId });
        if (current(own)) set({ phase: { ...phase, revealed } });
      } catch (error) {
        if (current(own)) set({ error: apiErrorOf(error) });
      }
    },
  };
});

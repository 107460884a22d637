/**
 * Handlers of the export methods. The jobs (with their PDF engine) and the desktop port come
 * in from whoever starts main, the app or the loopback host, so these stay the same for both.
 */
import { AppError } from '../errors';
import { APP_IDENTITY } from '../export-jobs/app-identity';
import { defaultDestination, resolveDestination } from '../export-jobs/destination';
import { planExport } from '../export-jobs/export-plan';
import { ExportJobs } from '../export-jobs/export-jobs';
import { HEADLESS_EXPORT_SHELL, type ExportShell } from '../export-jobs/export-shell';
import type { LibrarySessionApi } from '../library/library-api';
import type { Handlers } from './handlers';

type ExportMethod =
  | 'export.plan'
  | 'export.run'
  | 'export.status'
  | 'export.cancel'
  | 'export.reveal'
  | 'export.chooseDestination';

export interface ExportWiring {
  jobs: ExportJobs;
  shell: ExportShell;
  /** The clock the embargo is judged by when planning (fixed in tests). */
  now?: () => Date;
}

/** For a process that was given nothing: no PDFs, no desktop. */
export function headlessExportWiring(): ExportWiring {
  return {
    jobs: new ExportJobs({ engine: null, app: APP_IDENTITY }),
    shell: HEADLESS_EXPORT_SHELL,
  };
}

export function createExportHandlers(
  session: LibrarySessionApi,
  { jobs, shell, now = () => new Date() }: ExportWiring,
): Pick<Handlers, ExportMethod> {
  const library = () => session.current();
  return {
    'export.plan': async ({ id, langs }) => {
      const open = library();
      const source = { release: await open.getRelease(id), vocabulary: open.listVocabulary() };
      return planExport(source, { langs, now: now(), destination: defaultDestination(open.dir) });
    },
    'export.run': async ({ destination, ...request }) => {
      const open = library();
      return jobs.start({
        ...request,
        library: open,
        destination: await resolveDestination(destination, open.dir),
      });
    },
    'export.status': async ({ jobId }) => jobs.status(jobId),
    'export.cancel': async ({ jobId }) => jobs.cancel(jobId),
    'export.reveal': async ({ jobId }) => {
      const status = jobs.status(jobId);
      if (status.state === 'running') {
        throw new AppError('invalid-input', 'jobId: the export is still running');
      }
      const exported = status.items.filter((item) => item.outcome === 'exported');
      // One release: its package, selected in its folder. A batch: the folder itself.
      const single = status.releases === 1 ? exported[0] : undefined;
      const path = single ? single.path : status.destination;
      return { path, shown: await shell.reveal(path, single ? 'package' : 'folder') };
    },
    'export.chooseDestination': async () => ({
      path: await shell.chooseDestination(defaultDestination(library().dir)),
    }),
  };
}

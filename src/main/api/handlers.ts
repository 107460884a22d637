import { isAbsolute } from 'node:path';
import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '@shared/contract';
import { AppError } from '../errors';
import type { LibrarySessionApi } from '../library/library-api';
import { ImportJobs } from '../import/import-jobs';
import { createDraftingHandlers } from './drafting-handlers';
import { createExportHandlers, headlessExportWiring, type ExportWiring } from './export-handlers';
import { createReviewHandlers } from './review-handlers';
import { createSearchHandlers } from './search-handlers';

/** Parsed input of a method: what its schema returns, defaults applied and unknown keys gone. */
export type ValidInput<M extends MethodName> = z.output<Contract[M]['input']>;

/** One handler per contract method: a missing or an extra one is a compile error. */
export type Handlers = {
  [M in MethodName]: (input: ValidInput<M>) => Promise<MethodOutput<M>>;
};

/** Handlers receive inputs already validated by the dispatcher; they only map them to the store. */
export function createHandlers(
  session: LibrarySessionApi,
  exporting: ExportWiring = headlessExportWiring(),
  importJobs: ImportJobs = new ImportJobs(),
): Handlers {
  return {
    'library.info': async () => session.info(),
    'library.dismissQuarantined': async ({ files }) => {
      await session.current().dismissQuarantined(files);
      return session.info();
    },
    'library.open': async ({ path }) => {
      // A relative path would resolve against main's working directory, which the user never sees.
      if (!isAbsolute(path)) throw new AppError('invalid-input', 'path: must be an absolute path');
      return session.open(path);
    },
    'settings.get': async () => session.current().getSettings(),
    'settings.update': async (patch) => session.current().updateSettings(patch),
    'releases.list': async (query) => session.current().listReleases(query),
    'releases.get': async ({ id }) => session.current().getRelease(id),
    'releases.delete': async ({ id }) => {
      await session.current().deleteRelease(id);
      return { id };
    },
    'vocabulary.list': async () => session.current().listVocabulary(),
    ...createDraftingHandlers(session, importJobs),
    ...createReviewHandlers(session),
    ...createExportHandlers(session, exporting),
    ...createSearchHandlers(session),
  };
}

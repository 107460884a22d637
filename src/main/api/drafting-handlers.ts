/** Handlers of the drafting methods: templates, snippets, checkpoints, pictures, imports. */
import { putAsset, readAsset } from '../assets/asset-store';
import { createCheckpoint } from '../drafting/checkpoint';
import { createRelease } from '../drafting/new-release';
import {
  effectiveTemplates,
  withDefaultTemplate,
  withoutSnippet,
  withSnippet,
  withTemplate,
} from '../drafting/templates';
import { writeArchiveItems } from '../import/import-files';
import type { ImportJobs } from '../import/import-jobs';
import { convertPaste } from '../import/paste';
import type { LibrarySessionApi } from '../library/library-api';
import type { Handlers } from './handlers';

type DraftingMethod =
  | 'releases.create'
  | 'releases.checkpoint'
  | 'templates.list'
  | 'templates.save'
  | 'templates.reset'
  | 'snippets.list'
  | 'snippets.save'
  | 'snippets.delete'
  | 'assets.put'
  | 'assets.get'
  | 'import.html'
  | 'import.start'
  | 'import.status'
  | 'import.cancel'
  | 'import.previewArchive'
  | 'import.createArchive';

export function createDraftingHandlers(
  session: LibrarySessionApi,
  importJobs: ImportJobs,
): Pick<Handlers, DraftingMethod> {
  const library = () => session.current();
  return {
    'releases.create': async (input) => createRelease(library(), input),
    'releases.checkpoint': async ({ id, lang }) => createCheckpoint(library(), id, lang),
    'templates.list': async () => effectiveTemplates(library().draftingKit()),
    'templates.save': async ({ template }) =>
      effectiveTemplates(await library().updateDraftingKit((kit) => withTemplate(kit, template))),
    'templates.reset': async ({ kind }) =>
      effectiveTemplates(await library().updateDraftingKit((kit) => withDefaultTemplate(kit, kind))),
    'snippets.list': async () => library().draftingKit().snippets,
    'snippets.save': async ({ snippet }) =>
      (await library().updateDraftingKit((kit) => withSnippet(kit, snippet))).snippets,
    'snippets.delete': async ({ id }) =>
      (await library().updateDraftingKit((kit) => withoutSnippet(kit, id))).snippets,
    'assets.put': async ({ data }) => putAsset(library().dir, Buffer.from(data, 'base64')),
    'assets.get': async ({ src }) => {
      const { mime, bytes } = await readAsset(library().dir, src);
      return { mime, data: bytes.toString('base64') };
    },
    'import.html': async ({ html }) => convertPaste(library().dir, html),
    'import.start': async ({ files, sourceLang }) =>
      importJobs.start({
        library: library(),
        files: files.map((file) => ({ name: file.name, bytes: Buffer.from(file.data, 'base64') })),
        lang: sourceLang,
      }),
    'import.status': async ({ jobId }) => importJobs.status(jobId),
    'import.cancel': async ({ jobId }) => importJobs.cancel(jobId),
    'import.previewArchive': async ({ file, sourceLang }) =>
      importJobs.previewArchive(
        { name: file.name, bytes: Buffer.from(file.data, 'base64') },
        sourceLang,
        library().getSettings().uiLanguage,
      ),
    'import.createArchive': async ({ name, items }) => writeArchiveItems(library(), name, items),
  };
}

/** Handlers of the search and vocabulary methods: the search box, tagging, the vocabulary screen. */
import type { LibrarySessionApi } from '../library/library-api';
import {
  deleteEntry,
  mergeEntries,
  previewDelete,
  saveEntry,
  usage,
} from '../vocabulary/entry-edits';
import { exportVocabulary, importVocabulary } from '../vocabulary/vocabulary-exchange';
import type { Handlers } from './handlers';

type SearchMethod =
  | 'search.query'
  | 'search.status'
  | 'vocabulary.usage'
  | 'vocabulary.save'
  | 'vocabulary.merge'
  | 'vocabulary.deletePreview'
  | 'vocabulary.delete'
  | 'vocabulary.import'
  | 'vocabulary.export';

export function createSearchHandlers(session: LibrarySessionApi): Pick<Handlers, SearchMethod> {
  const library = () => session.current();
  return {
    'search.query': async (query) => library().searchReleases(query),
    'search.status': async () => library().searchStatus(),
    'vocabulary.usage': async () => usage(library()),
    'vocabulary.save': async ({ entry }) => saveEntry(library(), entry),
    'vocabulary.merge': async ({ into, from }) => mergeEntries(library(), { into, from }),
    'vocabulary.deletePreview': async ({ id }) => previewDelete(library(), id),
    'vocabulary.delete': async ({ id }) => deleteEntry(library(), id),
    'vocabulary.import': async (input) => importVocabulary(library(), input),
    'vocabulary.export': async ({ format }) => exportVocabulary(library(), format),
  };
}

import type { VocabularyEntry } from '@shared/domain';
import type {
  VocabularyEntryInput,
  VocabularyFormat,
  VocabularyImportOutcome,
  VocabularyUsage,
} from '@shared/search-api';
import { create } from 'zustand';
import { api } from '../api';
import { useBootStore } from '../stores/boot-store';

interface VocabularyState {
  /** Null until first loaded (and again after another library was opened). */
  entries: VocabularyEntry[] | null;
  /** Releases tagged with each entry. */
  usage: VocabularyUsage;
  /** Loads once; later calls reuse what is loaded. */
  ensureLoaded(): Promise<void>;
  reload(): Promise<void>;
  save(entry: VocabularyEntryInput): Promise<VocabularyEntry>;
  /** Merges `from` into `into`; resolves with the number of releases re-tagged. */
  merge(into: string, from: string): Promise<number>;
  remove(id: string): Promise<number>;
  importFile(
    format: VocabularyFormat,
    content: string,
    dryRun: boolean,
  ): Promise<VocabularyImportOutcome>;
}

let loading: Promise<void> | null = null;

export const useVocabularyStore = create<VocabularyState>()((set, get) => {
  /** A change to the vocabulary may have re-tagged releases: their counts follow. */
  const changed = async (entries: VocabularyEntry[]) => {
    set({ entries, usage: await api.call('vocabulary.usage', {}) });
  };
  return {
    entries: null,
    usage: {},
    ensureLoaded() {
      if (get().entries) return Promise.resolve();
      loading ??= get()
        .reload()
        .finally(() => {
          loading = null;
        });
      return loading;
    },
    async reload() {
      const [entries, usage] = await Promise.all([
        api.call('vocabulary.list', {}),
        api.call('vocabulary.usage', {}),
      ]);
      set({ entries, usage });
    },
    async save(input) {
      const { entry, vocabulary } = await api.call('vocabulary.save', { entry: input });
      set({ entries: vocabulary });
      return entry;
    },
    async merge(into, from) {
      const { vocabulary, retagged } = await api.call('vocabulary.merge', { into, from });
      await changed(vocabulary);
      return retagged;
    },
    async remove(id) {
      const { vocabulary, retagged } = await api.call('vocabulary.delete', { id });
      await changed(vocabulary);
      return retagged;
    },
    async importFile(format, content, dryRun) {
      const outcome = await api.call('vocabulary.import', { format, content, dryRun });
      if (!dryRun) set({ entries: outcome.vocabulary });
      return outcome;
    },
  };
});

// Another library was opened: its vocabulary is another one.
useBootStore.subscribe((state, previous) => {
  if (state.boot.phase === 'loading' && previous.boot.phase !== 'loading')
    useVocabularyStore.setState({ entries: null, usage: {} });
});

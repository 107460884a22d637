import type { ReleaseFilter } from '@shared/drafting-api';
import type { SearchQuery, SearchResult } from '@shared/search/query';
import { create } from 'zustand';
import { api } from '../api';
import { useBootStore } from '../stores/boot-store';
import { useNoticeStore } from '../stores/notice-store';
import { useReleasesStore } from '../stores/releases-store';

/** Hits fetched per page. */
const SEARCH_PAGE_SIZE = 20;
/** Typing pauses this long before a query is sent. */
const TYPING_PAUSE_MS = 150;

interface SearchState {
  /** What is typed in the search box. */
  text: string;
  /** Tags every result must carry. */
  tags: string[];
  /** The results of the current text, tags and list filters; null while none have arrived. */
  result: SearchResult | null;
  setText(text: string): void;
  addTag(id: string): void;
  removeTag(id: string): void;
  /** Runs the query again (the library or the list filters changed). */
  run(): Promise<void>;
  loadMore(): Promise<void>;
}

/** Whether the list shows search results rather than every release. */
export function isSearching(state: Pick<SearchState, 'text' | 'tags'>): boolean {
  return state.text.trim() !== '' || state.tags.length > 0;
}

/** The list toolbar's filters, as the search index reads them. */
function filterQuery(filter: ReleaseFilter): Omit<SearchQuery, 'text'> {
  return {
    kinds: filter.kinds,
    // The search index holds stored statuses only: "needs update" is searched among the
    // approved versions, of which it is a part.
    statuses: filter.statuses?.map((status) => (status === 'needs-update' ? 'approved' : status)),
    langs: filter.langs,
    from: filter.dateFrom,
    to: filter.dateTo,
  };
}

/** Counts queries, so that results arriving after a newer query was sent are dropped. */
let generation = 0;
let typingTimer: ReturnType<typeof setTimeout> | null = null;

export const useSearchStore = create<SearchState>()((set, get) => {
  const query = (offset: number): SearchQuery => ({
    text: get().text,
    tags: get().tags,
    ...filterQuery(useReleasesStore.getState().query.filter),
    offset,
    limit: SEARCH_PAGE_SIZE,
  });
  const runSoon = (delay: number) => {
    if (typingTimer) clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      typingTimer = null;
      get().run().catch(useNoticeStore.getState().report);
    }, delay);
  };
  return {
    text: '',
    tags: [],
    result: null,
    setText(text) {
      set({ text });
      runSoon(TYPING_PAUSE_MS);
    },
    addTag(id) {
      if (get().tags.includes(id)) return;
      set({ tags: [...get().tags, id] });
      runSoon(0);
    },
    removeTag(id) {
      set({ tags: get().tags.filter((tag) => tag !== id) });
      runSoon(0);
    },
    async run() {
      const own = ++generation;
      if (!isSearching(get())) {
        set({ result: null });
        return;
      }
      const result = await api.call('search.query', query(0));
      if (own === generation) set({ result });
    },
    async loadMore() {
      const own = ++generation;
      const shown = get().result?.hits ?? [];
      const page = await api.call('search.query', query(shown.length));
      if (own !== generation) return;
      const known = new Set(shown.map((hit) => hit.id));
      set({
        result: {
          total: page.total,
          hits: [...shown, ...page.hits.filter((h) => !known.has(h.id))],
        },
      });
    },
  };
});

// The list reloads after its filters change and after an edit: the results follow it.
useReleasesStore.subscribe((state, previous) => {
  if (state.summaries !== previous.summaries && isSearching(useSearchStore.getState()))
    useSearchStore.getState().run().catch(useNoticeStore.getState().report);
});

// Another library was opened: nothing searched for belongs to it.
useBootStore.subscribe((state, previous) => {
  if (state.boot.phase === 'loading' && previous.boot.phase !== 'loading') {
    generation += 1;
    useSearchStore.setState({ text: '', tags: [], result: null });
  }
});

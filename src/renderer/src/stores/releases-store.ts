import type { ReleaseSummary } from '@shared/domain';
import type { ReleaseFilter, ReleaseSortKey, SortOrder } from '@shared/drafting-api';
import type { Lang } from '@shared/languages';
import { create } from 'zustand';
import { api } from '../api';

/** Rows fetched per page; main caps a page at 500. */
export const RELEASES_PAGE_SIZE = 100;
const MAX_PAGE = 500;

export interface ListQuery {
  sort: ReleaseSortKey;
  order: SortOrder;
  filter: ReleaseFilter;
}

export const DEFAULT_QUERY: ListQuery = { sort: 'date', order: 'desc', filter: {} };

export function isFiltered(filter: ReleaseFilter): boolean {
  return Object.values(filter).some((value) => (Array.isArray(value) ? value.length > 0 : !!value));
}

interface ReleasesState {
  /** The rows loaded so far, in the order main sorted them; null until first loaded. */
  summaries: ReleaseSummary[] | null;
  total: number;
  query: ListQuery;
  /** The language the loaded rows were filtered to, if one: their titles are shown in it. */
  titleLang: Lang | undefined;
  /** Reloads from the top, keeping as many rows as were shown (up to one full page). */
  refresh(): Promise<void>;
  loadMore(): Promise<void>;
  /** Changes the sort or filter and reloads from the top. */
  setQuery(patch: Partial<ListQuery>): Promise<void>;
}

/** Counts requests, so that a page answering after a newer query was asked for is dropped. */
let generation = 0;

export const useReleasesStore = create<ReleasesState>()((set, get) => ({
  summaries: null,
  total: 0,
  query: DEFAULT_QUERY,
  titleLang: undefined,
  async refresh() {
    const own = ++generation;
    const shown = get().summaries?.length ?? 0;
    const limit = Math.min(MAX_PAGE, Math.max(RELEASES_PAGE_SIZE, shown));
    const query = get().query;
    const page = await api.call('releases.list', { offset: 0, limit, ...query });
    if (own === generation) {
      set({ summaries: page.rows, total: page.total, titleLang: query.filter.langs?.[0] });
    }
  },
  async loadMore() {
    const own = ++generation;
    const loaded = get().summaries ?? [];
    const page = await api.call('releases.list', {
      offset: loaded.length,
      limit: RELEASES_PAGE_SIZE,
      ...get().query,
    });
    if (own !== generation) return;
    // Skip rows already shown, in case the list moved between the two pages.
    const known = new Set(loaded.map((row) => row.id));
    set({
      summaries: [...loaded, ...page.rows.filter((row) => !known.has(row.id))],
      total: page.total,
    });
  },
  async setQuery(patch) {
    set({ query: { ...get().query, ...patch } });
    await get().refresh();
  },
}));

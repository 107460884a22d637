import type { ReleaseSummary } from '@shared/domain';
import { create } from 'zustand';
import { api } from '../api';

/** Rows fetched per page; main caps a page at 500. */
export const RELEASES_PAGE_SIZE = 100;
const MAX_PAGE = 500;

interface ReleasesState {
  /** The rows loaded so far, newest first as main sorts them; null until first loaded. */
  summaries: ReleaseSummary[] | null;
  total: number;
  /** Reloads from the top, keeping as many rows as were shown (up to one full page). */
  refresh(): Promise<void>;
  loadMore(): Promise<void>;
}

export const useReleasesStore = create<ReleasesState>()((set, get) => ({
  summaries: null,
  total: 0,
  async refresh() {
    const shown = get().summaries?.length ?? 0;
    const limit = Math.min(MAX_PAGE, Math.max(RELEASES_PAGE_SIZE, shown));
    const page = await api.call('releases.list', { offset: 0, limit });
    set({ summaries: page.rows, total: page.total });
  },
  async loadMore() {
    const loaded = get().summaries ?? [];
    const page = await api.call('releases.list', {
      offset: loaded.length,
      limit: RELEASES_PAGE_SIZE,
    });
    // Skip rows already shown, in case the list moved between the two pages.
    const known = new Set(loaded.map((row) => row.id));
    set({
      summaries: [...loaded, ...page.rows.filter((row) => !known.has(row.id))],
      total: page.total,
    });
  },
}));

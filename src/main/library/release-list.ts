/**
 * The release list: pages of index rows, sorted and filtered, with their titles. The rows of a
 * query are kept while neither the query nor the index changes, so paging through a large
 * library sorts it once.
 */
import type { ReleaseSummary } from '@shared/domain';
import type { TaggedRelease } from '@shared/vocabulary/plan';
import type { ListPage, ListQuery } from './library-api';
import type { IndexRow } from './release-index';
import { queryRows } from './release-query';
import type { ReleaseStore } from './release-store';

export class ReleaseList {
  private cache: { key: string; source: readonly IndexRow[]; rows: readonly IndexRow[] } | null = null;

  constructor(private readonly releases: ReleaseStore) {}

  async page(query: ListQuery = {}): Promise<ListPage> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 100;
    const rows = this.queriedRows(query);
    const summaries = await Promise.all(
      rows.slice(offset, offset + limit).map(async (row): Promise<ReleaseSummary> => {
        const { file: _file, titles: _titles, ...rest } = row;
        const titles = (await this.releases.index.titles(row.id)) ?? (await this.releases.titlesFromFile(row.id));
        return { ...rest, titles };
      }),
    );
    return { total: rows.length, offset, rows: summaries };
  }

  /** Every release's id and tags, from the index. */
  tags(): TaggedRelease[] {
    return this.releases.index.sorted().map(({ id, tags }) => ({ id, tags }));
  }

  private queriedRows(query: ListQuery): readonly IndexRow[] {
    const source = this.releases.index.sorted();
    const key = JSON.stringify([query.sort, query.order, query.filter]);
    const cached = this.cache;
    if (cached?.source === source && cached.key === key) return cached.rows;
    const rows = queryRows(source, query);
    this.cache = { key, source, rows };
    return rows;
  }
}

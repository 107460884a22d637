/**
 * Sorting and filtering the release list on the index rows held in memory: no file is read,
 * so a query over 50,000 releases costs a filter and, for an order other than the default,
 * one sort.
 */
import { RELEASE_KINDS, VARIANT_STATUSES, type VariantStatus } from '@shared/domain';
import { displayStatuses, type DisplayStatus } from '@shared/review/needs-update';
import type { ReleaseFilter, ReleaseSortKey, SortOrder } from '@shared/drafting-api';
import { LANGS, type Lang } from '@shared/languages';
import type { IndexRow } from './release-index';

export interface RowQuery {
  sort?: ReleaseSortKey;
  order?: SortOrder;
  filter?: ReleaseFilter;
}

const KIND_RANK = new Map(RELEASE_KINDS.map((kind, i) => [kind, i]));
const LANG_RANK = new Map(LANGS.map((lang, i) => [lang, i]));
/** From least to most advanced: a release sorts by the version that needs the most work. */
const STATUS_PROGRESS: VariantStatus[] = ['draft', 'changes-requested', 'in-review', 'approved'];
const STATUS_RANK = new Map(STATUS_PROGRESS.map((status, i) => [status, i]));

/** The statuses that count for a row: those of the filtered languages, when there are some. */
function relevantStatuses(row: IndexRow, langs: readonly Lang[] | undefined): VariantStatus[] {
  const entries = Object.entries(row.statuses) as [Lang, VariantStatus][];
  return entries.filter(([lang]) => !langs?.length || langs.includes(lang)).map(([, s]) => s);
}

/** As relevantStatuses, with an approved translation whose source changed read as needs-update. */
function shownStatuses(row: IndexRow, langs: readonly Lang[] | undefined): DisplayStatus[] {
  const entries = Object.entries(displayStatuses(row.statuses, row.needsUpdate)) as [
    Lang,
    DisplayStatus,
  ][];
  return entries.filter(([lang]) => !langs?.length || langs.includes(lang)).map(([, s]) => s);
}

function leastAdvanced(row: IndexRow, langs: readonly Lang[] | undefined): number {
  let rank: number = VARIANT_STATUSES.length;
  for (const status of relevantStatuses(row, langs)) rank = Math.min(rank, STATUS_RANK.get(status)!);
  return rank;
}

export function matchesFilter(row: IndexRow, filter: ReleaseFilter): boolean {
  const { kinds, statuses, langs, dateFrom, dateTo } = filter;
  if (kinds?.length && !kinds.includes(row.kind)) return false;
  if (dateFrom && row.date < dateFrom) return false;
  if (dateTo && row.date > dateTo) return false;
  if (langs?.length && !langs.some((lang) => row.statuses[lang] !== undefined)) return false;
  if (statuses?.length && !shownStatuses(row, langs).some((s) => statuses.includes(s))) {
    return false;
  }
  return true;
}

function isActive(filter: ReleaseFilter | undefined): filter is ReleaseFilter {
  return !!filter && Object.values(filter).some((value) => (Array.isArray(value) ? value.length : value));
}

/**
 * `newestFirst` is the index's default order (date, then last update, descending). Other
 * orders sort stably on top of it, so releases that tie stay newest first.
 */
export function queryRows(newestFirst: readonly IndexRow[], query: RowQuery): readonly IndexRow[] {
  const filter = query.filter;
  const rows = isActive(filter) ? newestFirst.filter((row) => matchesFilter(row, filter)) : newestFirst;
  const sort = query.sort ?? 'date';
  const descending = (query.order ?? 'desc') === 'desc';
  if (sort === 'date') return descending ? rows : [...rows].reverse();
  const sign = descending ? -1 : 1;
  const key = sortKey(sort, filter?.langs);
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : 0));
  return keyed.map((entry) => entry.row);
}

function sortKey(sort: Exclude<ReleaseSortKey, 'date'>, langs: Lang[] | undefined) {
  switch (sort) {
    case 'updated':
      return (row: IndexRow): string | number => row.updatedAt;
    case 'kind':
      return (row: IndexRow): string | number => KIND_RANK.get(row.kind)!;
    case 'language':
      return (row: IndexRow): string | number => LANG_RANK.get(row.sourceLang)!;
    case 'status':
      return (row: IndexRow): string | number => leastAdvanced(row, langs);
  }
}

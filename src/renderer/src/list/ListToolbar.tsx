import { RELEASE_KINDS, type ReleaseKind } from '@shared/domain';
import { DISPLAY_STATUSES, type DisplayStatus } from '@shared/review/needs-update';
import { RELEASE_SORT_KEYS, type ReleaseFilter, type ReleaseSortKey } from '@shared/drafting-api';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { SortIcon } from '../components/icons';
import { useT } from '../i18n';
import { SearchBar } from '../search/SearchBar';
import { useNoticeStore } from '../stores/notice-store';
import { DEFAULT_QUERY, isFiltered, useReleasesStore } from '../stores/releases-store';

/** The first filter. */
const LIST_FILTER_ID = 'list-filter-kind';

/** Sort and filters of the release list; each change reloads the list from main. */
export function ListToolbar() {
  const t = useT();
  const query = useReleasesStore((s) => s.query);
  const setQuery = useReleasesStore((s) => s.setQuery);
  const apply = (patch: Parameters<typeof setQuery>[0]) =>
    void setQuery(patch).catch(useNoticeStore.getState().report);
  const filter = (patch: Partial<ReleaseFilter>) => {
    const next: ReleaseFilter = { ...query.filter, ...patch };
    for (const key of Object.keys(next) as (keyof ReleaseFilter)[]) {
      const value = next[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
    }
    apply({ filter: next });
  };
  const descending = query.order === 'desc';

  return (
    <div className="list-toolbar" role="search" aria-label={t('list.filters')}>
      <SearchBar />
      <div className="list-toolbar__field">
        <label htmlFor={LIST_FILTER_ID}>{t('list.filterKind')}</label>
        <select
          id={LIST_FILTER_ID}
          className="field__input field__input--compact"
          value={query.filter.kinds?.[0] ?? ''}
          onChange={(e) => filter({ kinds: e.target.value ? [e.target.value as ReleaseKind] : [] })}
        >
          <option value="">{t('list.anyKind')}</option>
          {RELEASE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="list-toolbar__field">
        <label htmlFor="list-filter-status">{t('list.filterStatus')}</label>
        <select
          id="list-filter-status"
          className="field__input field__input--compact"
          value={query.filter.statuses?.[0] ?? ''}
          onChange={(e) =>
            filter({ statuses: e.target.value ? [e.target.value as DisplayStatus] : [] })
          }
        >
          <option value="">{t('list.anyStatus')}</option>
          {DISPLAY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="list-toolbar__field">
        <label htmlFor="list-filter-lang">{t('list.filterLanguage')}</label>
        <select
          id="list-filter-lang"
          className="field__input field__input--compact"
          value={query.filter.langs?.[0] ?? ''}
          onChange={(e) => filter({ langs: e.target.value ? [e.target.value as Lang] : [] })}
        >
          <option value="">{t('list.anyLanguage')}</option>
          {LANGS.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANG_NATIVE_NAMES[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="list-toolbar__field">
        <label htmlFor="list-filter-from">{t('list.dateFrom')}</label>
        <input
          id="list-filter-from"
          type="date"
          className="field__input field__input--compact"
          value={query.filter.dateFrom ?? ''}
          onChange={(e) => filter({ dateFrom: e.target.value || undefined })}
        />
      </div>
      <div className="list-toolbar__field">
        <label htmlFor="list-filter-to">{t('list.dateTo')}</label>
        <input
          id="list-filter-to"
          type="date"
          className="field__input field__input--compact"
          value={query.filter.dateTo ?? ''}
          onChange={(e) => filter({ dateTo: e.target.value || undefined })}
        />
      </div>
      <div className="list-toolbar__field">
        <label htmlFor="list-sort">{t('list.sortBy')}</label>
        <div className="list-toolbar__sort-controls">
          <select
            id="list-sort"
            className="field__input field__input--compact"
            value={query.sort}
            onChange={(e) => apply({ sort: e.target.value as ReleaseSortKey })}
          >
            {RELEASE_SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`list.sort.${key}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--icon"
            aria-label={descending ? t('list.orderDescending') : t('list.orderAscending')}
            title={descending ? t('list.orderDescending') : t('list.orderAscending')}
            onClick={() => apply({ order: descending ? 'asc' : 'desc' })}
          >
            <SortIcon descending={descending} />
          </button>
        </div>
      </div>
      {isFiltered(query.filter) && (
        <button
          type="button"
          className="button button--quiet list-toolbar__clear"
          onClick={() => apply({ filter: DEFAULT_QUERY.filter })}
        >
          {t('list.clearFilters')}
        </button>
      )}
    </div>
  );
}

import { RELEASE_KINDS, type ReleaseKind } from '@shared/domain';
import { DISPLAY_STATUSES, type DisplayStatus } from '@shared/review/needs-update';
import { RELEASE_SORT_KEYS, type ReleaseFilter, type ReleaseSortKey } from '@shared/drafting-api';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { DateField } from '../components/DateField';
import { FormField } from '../components/FormField';
import { SortIcon } from '../components/icons';
import { useT } from '../i18n';
import { SearchBar } from '../search/SearchBar';
import { useNoticeStore } from '../stores/notice-store';
import { DEFAULT_QUERY, isFiltered, useReleasesStore } from '../stores/releases-store';

/** The first filter. */
const LIST_FILTER_ID = 'list-filter-kind';

/** The toolbar's fields: small muted labels over compact controls. */
const TOOLBAR_FIELD = { className: 'list-toolbar__field', labelClassName: '' };

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
      <FormField id={LIST_FILTER_ID} label={t('list.filterKind')} {...TOOLBAR_FIELD}>
        {(control) => (
          <select
            {...control}
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
        )}
      </FormField>
      <FormField id="list-filter-status" label={t('list.filterStatus')} {...TOOLBAR_FIELD}>
        {(control) => (
          <select
            {...control}
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
        )}
      </FormField>
      <FormField id="list-filter-lang" label={t('list.filterLanguage')} {...TOOLBAR_FIELD}>
        {(control) => (
          <select
            {...control}
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
        )}
      </FormField>
      <DateField
        id="list-filter-from"
        label={t('list.dateFrom')}
        value={query.filter.dateFrom ?? ''}
        onChange={(dateFrom) => filter({ dateFrom })}
        {...TOOLBAR_FIELD}
      />
      <DateField
        id="list-filter-to"
        label={t('list.dateTo')}
        value={query.filter.dateTo ?? ''}
        onChange={(dateTo) => filter({ dateTo })}
        {...TOOLBAR_FIELD}
      />
      <FormField id="list-sort" label={t('list.sortBy')} {...TOOLBAR_FIELD}>
        {(control) => (
          <div className="list-toolbar__sort-controls">
            <select
              {...control}
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
        )}
      </FormField>
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

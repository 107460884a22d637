import { PlusIcon, TagIcon, TemplateIcon, UploadIcon } from '../components/icons';
import { StatusLegend } from '../components/StatusLegend';
import { ExportApprovedButton } from '../export/ExportButtons';
import { useT } from '../i18n';
import { useDialogsStore } from '../stores/dialogs-store';
import { useNavigationStore } from '../stores/navigation-store';
import { isSearching, useSearchStore } from '../search/search-store';
import { SearchResults } from '../search/SearchResults';
import { useNoticeStore } from '../stores/notice-store';
import { DEFAULT_QUERY, isFiltered, useReleasesStore } from '../stores/releases-store';
import { EmptyState } from './EmptyState';
import { ListToolbar } from './ListToolbar';
import { ReleaseList } from './ReleaseList';

export function ReleaseListScreen({ focusId }: { focusId: string | undefined }) {
  const t = useT();
  const summaries = useReleasesStore((state) => state.summaries);
  const total = useReleasesStore((state) => state.total);
  const filtered = useReleasesStore((state) => isFiltered(state.query.filter));
  const loadMore = useReleasesStore((state) => state.loadMore);
  const setQuery = useReleasesStore((state) => state.setQuery);
  const showDialog = useDialogsStore((state) => state.show);
  const searching = useSearchStore(isSearching);
  if (!summaries || (summaries.length === 0 && !filtered)) return <EmptyState />;
  return (
    <section className="list-screen">
      <div className="screen-bar">
        <h1 className="screen-bar__title" id="list-heading">
          {t('list.heading')}
        </h1>
        <span className="screen-bar__count" role="status">
          {t('list.count', { count: total })}
        </span>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => useNavigationStore.getState().show({ name: 'templates' })}
        >
          <TemplateIcon />
          {t('list.templates')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => useNavigationStore.getState().show({ name: 'vocabulary' })}
        >
          <TagIcon />
          {t('vocabulary.open')}
        </button>
        <ExportApprovedButton />
        <button type="button" className="button" onClick={() => showDialog('import')}>
          <UploadIcon />
          {t('list.import')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-keyshortcuts="Control+N Meta+N"
          onClick={() => showDialog('new-release')}
        >
          <PlusIcon />
          {t('list.new')}
        </button>
      </div>
      <ListToolbar />
      {searching ? (
        <SearchResults />
      ) : summaries.length === 0 ? (
        <div className="list-no-match">
          <p>{t('list.noMatch')}</p>
          <button
            type="button"
            className="button"
            onClick={() =>
              void setQuery({ filter: DEFAULT_QUERY.filter }).catch(useNoticeStore.getState().report)
            }
          >
            {t('list.clearFilters')}
          </button>
        </div>
      ) : (
        <ReleaseList summaries={summaries} focusId={focusId} labelledBy="list-heading" />
      )}
      <StatusLegend />
      {!searching && summaries.length < total && (
        <div className="list-more">
          <button
            type="button"
            className="button"
            onClick={() => loadMore().catch(useNoticeStore.getState().report)}
          >
            {t('list.more')}
          </button>
        </div>
      )}
    </section>
  );
}

import { PlusIcon } from '../components/icons';
import { StatusLegend } from '../components/StatusLegend';
import { useT } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';
import { createRelease } from '../stores/release-actions';
import { useReleasesStore } from '../stores/releases-store';
import { EmptyState } from './EmptyState';
import { ReleaseList } from './ReleaseList';

export function ReleaseListScreen({ focusId }: { focusId: string | undefined }) {
  const t = useT();
  const summaries = useReleasesStore((state) => state.summaries);
  const total = useReleasesStore((state) => state.total);
  const loadMore = useReleasesStore((state) => state.loadMore);
  if (!summaries || summaries.length === 0) return <EmptyState />;
  return (
    <section className="list-screen">
      <div className="screen-bar">
        <h1 className="screen-bar__title" id="list-heading">
          {t('list.heading')}
        </h1>
        <span className="screen-bar__count">{t('list.count', { count: total })}</span>
        <button
          type="button"
          className="button button--primary"
          aria-keyshortcuts="Control+N Meta+N"
          onClick={() => void createRelease()}
        >
          <PlusIcon />
          {t('list.new')}
        </button>
      </div>
      <ReleaseList summaries={summaries} focusId={focusId} labelledBy="list-heading" />
      <StatusLegend />
      {summaries.length < total && (
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

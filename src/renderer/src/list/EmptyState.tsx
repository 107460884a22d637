import { DocumentIcon, PlusIcon, UploadIcon } from '../components/icons';
import { useT } from '../i18n';
import { useDialogsStore } from '../stores/dialogs-store';

export function EmptyState() {
  const t = useT();
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <div className="empty-state__icon">
        <DocumentIcon />
      </div>
      <h1 className="empty-state__title" id="empty-title">
        {t('list.empty.title')}
      </h1>
      <p className="empty-state__text">{t('list.empty.body')}</p>
      <button
        type="button"
        className="button button--primary button--large"
        aria-keyshortcuts="Control+N Meta+N"
        onClick={() => useDialogsStore.getState().show('new-release')}
      >
        <PlusIcon />
        {t('list.empty.action')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => useDialogsStore.getState().show('import')}
      >
        <UploadIcon />
        {t('list.import')}
      </button>
    </section>
  );
}

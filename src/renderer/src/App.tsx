import { useEffect } from 'react';
import { useDocumentLanguage } from './app/use-document-language';
import { useSaveOnLeave } from './app/use-save-on-leave';
import { useRestoreOpenRelease } from './app/use-restore-open-release';
import { useSaveOnUnload } from './app/use-save-on-unload';
import { useShortcuts } from './app/use-shortcuts';
import { BootScreen } from './components/BootScreen';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { Header } from './components/Header';
import { NoticeBar } from './components/NoticeBar';
import { QuarantineBanner } from './components/QuarantineBanner';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { NewReleaseDialog } from './dialogs/NewReleaseDialog';
import { EditorScreen } from './editor/EditorScreen';
import { ExportDialog } from './export/ExportDialog';
import { ImportDialog } from './import/ImportDialog';
import { ReleaseListScreen } from './list/ReleaseListScreen';
import { ReviewScreen } from './review/ReviewScreen';
import { useSearchShortcuts } from './search/use-search-shortcuts';
import { useBootStore } from './stores/boot-store';
import { useNavigationStore, type View } from './stores/navigation-store';
import { TemplatesScreen } from './templates/TemplatesScreen';
import { VocabularyScreen } from './vocabulary/VocabularyScreen';

export function App() {
  const boot = useBootStore((state) => state.boot);
  const startBoot = useBootStore((state) => state.start);
  const view = useNavigationStore((state) => state.view);
  const show = useNavigationStore((state) => state.show);
  useDocumentLanguage();
  useShortcuts();
  useSaveOnUnload();
  useSaveOnLeave();
  useSearchShortcuts();
  useRestoreOpenRelease();

  useEffect(() => {
    void startBoot();
  }, [startBoot]);

  return (
    <div className="app">
      <Header />
      <main className="app-main">
        {boot.phase !== 'ready' ? (
          <BootScreen boot={boot} onRetry={() => void startBoot()} />
        ) : (
          <>
            <QuarantineBanner />
            <NoticeBar />
            <ScreenErrorBoundary key={viewKey(view)} onBack={() => show({ name: 'list' })}>
              {view.name === 'list' ? (
                <ReleaseListScreen key="list" focusId={view.focus} />
              ) : view.name === 'templates' ? (
                <TemplatesScreen />
              ) : view.name === 'vocabulary' ? (
                <VocabularyScreen />
              ) : view.name === 'review' ? (
                <ReviewScreen key={view.releaseId} view={view} />
              ) : (
                <EditorScreen key={view.releaseId} />
              )}
            </ScreenErrorBoundary>
          </>
        )}
      </main>
      <ShortcutsDialog />
      {boot.phase === 'ready' && (
        <>
          <NewReleaseDialog />
          <ImportDialog />
          <ExportDialog />
        </>
      )}
    </div>
  );
}

/** Which screen is showing: a render error is forgotten once the user goes elsewhere. */
function viewKey(view: View): string {
  return 'releaseId' in view ? `${view.name}:${view.releaseId}` : view.name;
}

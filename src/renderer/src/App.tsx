import { useEffect } from 'react';
import { useDocumentLanguage } from './app/use-document-language';
import { useSaveOnUnload } from './app/use-save-on-unload';
import { useShortcuts } from './app/use-shortcuts';
import { BootScreen } from './components/BootScreen';
import { Header } from './components/Header';
import { NoticeBar } from './components/NoticeBar';
import { QuarantineBanner } from './components/QuarantineBanner';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { EditorScreen } from './editor/EditorScreen';
import { ReleaseListScreen } from './list/ReleaseListScreen';
import { useBootStore } from './stores/boot-store';
import { useNavigationStore } from './stores/navigation-store';

export function App() {
  const boot = useBootStore((state) => state.boot);
  const startBoot = useBootStore((state) => state.start);
  const view = useNavigationStore((state) => state.view);
  useDocumentLanguage();
  useShortcuts();
  useSaveOnUnload();

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
            {view.name === 'list' ? (
              <ReleaseListScreen key="list" focusId={view.focus} />
            ) : (
              <EditorScreen key={view.releaseId} />
            )}
          </>
        )}
      </main>
      <ShortcutsDialog />
    </div>
  );
}

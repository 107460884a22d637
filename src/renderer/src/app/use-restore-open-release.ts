import { useEffect } from 'react';
import { useBootStore } from '../stores/boot-store';
import { useNavigationStore, type View } from '../stores/navigation-store';
import { useNoticeStore } from '../stores/notice-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { nextMemory, recallOpenRelease, rememberOpenRelease } from './open-release-memory';

function releaseOf(view: View): string | null {
  return view.name === 'editor' || view.name === 'review' ? view.releaseId : null;
}

/** Whether this page was loaded by a reload (F5, Ctrl+R, View › Reload), not opened afresh. */
function isReload(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload';
}

/** Opens again what a reload closed; a release that is gone leaves the list with a notice. */
async function restore(): Promise<void> {
  const memory = recallOpenRelease(window.sessionStorage);
  // Opening the app anew (not reloading it) starts at the list, as it always has.
  if (!memory || !isReload()) return;
  useNavigationStore.getState().show({ name: 'editor', releaseId: memory.releaseId });
  await useOpenReleaseStore.getState().load(memory.releaseId);
  const { draft, loadError, selectLang } = useOpenReleaseStore.getState();
  if (draft && memory.lang && draft.variants[memory.lang]) selectLang(memory.lang);
  if (loadError?.code === 'not-found') {
    useOpenReleaseStore.getState().discard();
    useNavigationStore.getState().show({ name: 'list' });
    useNoticeStore.getState().inform('notice.openReleaseGone');
  }
}

/** Remembers the open release and language tab of this tab, and reopens them after a reload. */
export function useRestoreOpenRelease(): void {
  const ready = useBootStore((s) => s.boot.phase === 'ready');
  useEffect(() => {
    if (!ready) return;
    let stopped = false;
    let unsubscribe = () => {};
    void restore().finally(() => {
      if (stopped) return;
      const remember = () => {
        const releaseId = releaseOf(useNavigationStore.getState().view);
        const { draft, activeLang } = useOpenReleaseStore.getState();
        const lang = draft?.id === releaseId ? activeLang : null;
        const storage = window.sessionStorage;
        rememberOpenRelease(storage, nextMemory(recallOpenRelease(storage), releaseId, lang));
      };
      const fromNavigation = useNavigationStore.subscribe(remember);
      const fromRelease = useOpenReleaseStore.subscribe(remember);
      unsubscribe = () => {
        fromNavigation();
        fromRelease();
      };
      remember();
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [ready]);
}

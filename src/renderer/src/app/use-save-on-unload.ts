import { useEffect } from 'react';
import { useOpenReleaseStore } from '../stores/open-release-store';

/**
 * Sends pending edits when the page goes away. In a browser tab it also asks the user to
 * stay while edits are unsaved; in Electron a cancelled unload would silently keep the
 * window open, so there main decides.
 */
export function useSaveOnUnload(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const store = useOpenReleaseStore.getState();
      if (!store.hasUnsavedEdits()) return;
      void store.saveNow();
      if (!window.pressOffice) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}

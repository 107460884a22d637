import { useEffect } from 'react';
import { useOpenReleaseStore } from '../stores/open-release-store';

/**
 * Saves pending edits as soon as the window loses the focus or is hidden: before the user
 * switches to another program, and before a native dialog (File › Open library folder…)
 * that may switch the library, so that no edit waits for the debounce across it. Main can
 * also ask for it explicitly through window.pressOfficeFlush.
 */
export function useSaveOnLeave(): void {
  useEffect(() => {
    const save = () => {
      const store = useOpenReleaseStore.getState();
      if (store.hasUnsavedEdits()) void store.saveNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('blur', save);
    document.addEventListener('visibilitychange', onVisibility);
    // Main calls this before it quits or switches the library (src/main/shell/renderer-flush.ts):
    // what is typed is saved, and what changed since the last revision becomes one.
    window.pressOfficeFlush = async () => {
      const store = useOpenReleaseStore.getState();
      const saved = await store.saveNow();
      if (saved) await store.reviseOnLeave();
      return saved;
    };
    return () => {
      window.removeEventListener('blur', save);
      document.removeEventListener('visibilitychange', onVisibility);
      delete window.pressOfficeFlush;
    };
  }, []);
}

import { useEffect } from 'react';
import { isModKey, shortcutLetter } from '../app/platform';
import { exportFromCurrentView } from './export-actions';

/** Another dialog has the user's attention: the shortcut must not open one over it. */
function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/** Ctrl/Cmd+E in the page, and File › Export… from the app's menu. */
export function useExportShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isModKey(event) || event.altKey || event.shiftKey) return;
      if (shortcutLetter(event) !== 'e') return;
      event.preventDefault();
      if (!dialogOpen()) exportFromCurrentView();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = window.pressOffice?.onCommand((command) => {
      if (command === 'export' && !dialogOpen()) exportFromCurrentView();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe?.();
    };
  }, []);
}

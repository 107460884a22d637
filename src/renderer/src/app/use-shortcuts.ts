import { useEffect } from 'react';
import type { ShellCommand } from '@shared/preload-api';
import { createRelease, reloadLibrary } from '../stores/release-actions';
import { useShortcutsHelpStore } from '../stores/shortcuts-help-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { isModKey, shortcutLetter } from './platform';

function saveNow(): void {
  void useOpenReleaseStore.getState().saveNow();
}

function runCommand(command: ShellCommand): void {
  switch (command) {
    case 'new-release':
      void createRelease();
      break;
    case 'library-changed':
      reloadLibrary();
      break;
    case 'show-shortcuts':
      useShortcutsHelpStore.getState().show();
      break;
  }
}

/** Ctrl/Cmd+N, Ctrl/Cmd+S and F1, and the commands main's menu sends. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F1') {
        event.preventDefault();
        useShortcutsHelpStore.getState().show();
        return;
      }
      if (!isModKey(event) || event.altKey || event.shiftKey) return;
      const letter = shortcutLetter(event);
      if (letter === 'n') {
        event.preventDefault();
        void createRelease();
      } else if (letter === 's') {
        // Also outside the editor, so the browser never offers to save the page.
        event.preventDefault();
        saveNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = window.pressOffice?.onCommand((command) => {
      runCommand(command as ShellCommand);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe?.();
    };
  }, []);
}

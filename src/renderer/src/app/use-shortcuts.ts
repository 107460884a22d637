import { useEffect } from 'react';
import type { ShellCommand } from '@shared/preload-api';
import { neighbourVersion, versionOrder } from '../editor/version-order';
import { useCheckpointStore } from '../stores/checkpoint-store';
import { useDialogsStore } from '../stores/dialogs-store';
import { useNavigationStore } from '../stores/navigation-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { reloadLibrary } from '../stores/release-actions';
import { useShortcutsHelpStore } from '../stores/shortcuts-help-store';
import { isModKey, shortcutLetter } from './platform';

function runCommand(command: ShellCommand): void {
  switch (command) {
    case 'new-release':
      useDialogsStore.getState().show('new-release');
      break;
    case 'import':
      useDialogsStore.getState().show('import');
      break;
    case 'library-changed':
      reloadLibrary();
      break;
    case 'show-shortcuts':
      useShortcutsHelpStore.getState().show();
      break;
  }
}

function inEditor(): boolean {
  return useNavigationStore.getState().view.name === 'editor';
}

/** Ctrl/Cmd+1…7: the n-th language tab. Ctrl+PageUp/PageDown: the previous or next one. */
function switchVersion(event: KeyboardEvent): boolean {
  const { draft, activeLang, selectLang } = useOpenReleaseStore.getState();
  const order = draft ? versionOrder(draft.sourceLang, draft.variants) : [];
  let target = null;
  if (isModKey(event) && !event.altKey && !event.shiftKey && /^Digit[1-7]$/.test(event.code)) {
    target = order[Number(event.code.slice(5)) - 1] ?? null;
  } else if (event.ctrlKey && !event.altKey && (event.key === 'PageUp' || event.key === 'PageDown')) {
    target = neighbourVersion(order, activeLang, event.key === 'PageDown' ? 1 : -1);
  } else {
    return false;
  }
  event.preventDefault();
  if (target) selectLang(target);
  return true;
}

/** The app's shortcuts (listed in ShortcutsDialog) and the commands main's menu sends. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F1') {
        event.preventDefault();
        useShortcutsHelpStore.getState().show();
        return;
      }
      if (inEditor() && switchVersion(event)) return;
      if (!isModKey(event) || event.altKey || event.shiftKey) return;
      const letter = shortcutLetter(event);
      if (letter === 'n') {
        event.preventDefault();
        useDialogsStore.getState().show('new-release');
      } else if (letter === 's') {
        // Also outside the editor, so the browser never offers to save the page.
        event.preventDefault();
        if (inEditor()) void useCheckpointStore.getState().create();
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

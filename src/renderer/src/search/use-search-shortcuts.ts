import { useEffect } from 'react';
import { isModKey, shortcutLetter } from '../app/platform';
import { SEARCH_BOX_ID } from './search-box';

/** Whether the keystroke is text being typed somewhere, where "/" is just a character. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl/Cmd+F, or "/" outside a text field, puts the focus in the search box where there is one. */
export function useSearchShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const find =
        isModKey(event) && !event.altKey && !event.shiftKey && shortcutLetter(event) === 'f';
      const slash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTyping(event.target);
      if (!find && !slash) return;
      const box = document.getElementById(SEARCH_BOX_ID);
      if (!(box instanceof HTMLInputElement)) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

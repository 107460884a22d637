import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

/** Counting a long text on every keystroke would cost more than typing it: at most this often. */
const COUNT_INTERVAL_MS = 400;

interface Counts {
  words: number;
  characters: number;
}

function countsOf(editor: Editor): Counts {
  const storage = editor.storage.characterCount;
  return { words: storage.words(), characters: storage.characters() };
}

/** The body's word and character counts, brought up to date a moment after each change. */
export function useDocumentCounts(editor: Editor): Counts {
  const [counts, setCounts] = useState(() => countsOf(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let idle: number | null = null;
    // Counted when the browser is idle, so that it never delays the frame of a keystroke.
    const count = () => {
      idle = requestIdleCallback(() => {
        idle = null;
        setCounts(countsOf(editor));
      });
    };
    const schedule = () => {
      timer ??= setTimeout(() => {
        timer = null;
        count();
      }, COUNT_INTERVAL_MS);
    };
    editor.on('update', schedule);
    return () => {
      editor.off('update', schedule);
      if (timer) clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [editor]);
  return counts;
}

import { editorExtensions } from '@shared/editor-extensions';
import type { Extensions } from '@tiptap/core';
import { CharacterCount, Placeholder } from '@tiptap/extensions';

/** Words are runs of non-space: the default counter splits on plain spaces only. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The shared body schema plus what only the interactive editor needs. */
export function bodyEditorExtensions(placeholder: () => string): Extensions {
  return [
    ...editorExtensions(),
    Placeholder.configure({ placeholder: () => placeholder() }),
    CharacterCount.configure({ wordCounter: countWords }),
  ];
}

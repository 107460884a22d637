import type { Editor } from '@tiptap/core';
import type { Lang } from '@shared/languages';
import { closeHistory } from '@tiptap/pm/history';
import { typographyEdits } from './typography';

/**
 * Applies typographyEdits to every paragraph and heading of the document (or of the
 * selection, when there is one) in a single step, which one Undo takes back. Each
 * replacement keeps the marks of the text it replaces.
 */
export function applyTypography(editor: Editor, lang: Lang): boolean {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  const tr = state.tr;
  state.doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true;
    if (!empty && (blockPos + block.nodeSize < from || blockPos > to)) return false;
    // The block's text with the document position of each character; other inline
    // nodes (line breaks, pictures) count as a space, so no quote pairs across them.
    let text = '';
    const positions: number[] = [];
    const marks: (typeof block.marks)[] = [];
    block.forEach((child, offset) => {
      const start = blockPos + 1 + offset;
      const childText = child.isText ? child.text! : ' ';
      for (let i = 0; i < childText.length; i += 1) {
        positions.push(start + i);
        marks.push(child.marks);
      }
      text += childText;
    });
    for (const edit of typographyEdits(text, lang).reverse()) {
      const start = positions[edit.index]!;
      const end = positions[edit.index + edit.length - 1]! + 1;
      const replacement = state.schema.text(edit.text, marks[edit.index]);
      tr.replaceWith(tr.mapping.map(start), tr.mapping.map(end), replacement);
    }
    return false;
  });
  if (!tr.docChanged) return false;
  // Its own step in the history: Undo takes back the typography, not the typing before it.
  editor.view.dispatch(closeHistory(tr));
  return true;
}

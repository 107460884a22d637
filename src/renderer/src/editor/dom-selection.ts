import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/**
 * ProseMirror learns of selection changes made by the browser (Shift+arrows, End) from
 * `selectionchange` events, which come a moment later and coalesce. A shortcut pressed in that
 * moment would act on the previous selection, so commands that depend on it read it first.
 */
export function readDomSelection(editor: Editor): void {
  const { view } = editor;
  if (!(view.state.selection instanceof TextSelection)) return;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode) return;
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return;
  const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
  const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
  const { selection, doc } = view.state;
  if (anchor < 0 || head < 0 || (selection.anchor === anchor && selection.head === head)) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head))));
}

import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { MessageKey } from '../i18n';

/** Which hint an empty block of the body shows. */
export function placeholderHint(editor: Editor, node: PmNode, pos: number): MessageKey {
  if (editor.isEmpty) return 'editor.bodyPlaceholder';
  if (node.type.name === 'heading') return 'editor.headingPlaceholder';
  const parent = editor.state.doc.resolve(pos).parent.type.name;
  if (parent === 'blockquote') return 'editor.quotePlaceholder';
  if (parent === 'listItem') return 'editor.listItemPlaceholder';
  return 'editor.paragraphPlaceholder';
}

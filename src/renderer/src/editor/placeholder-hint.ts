import { isNodeEmpty } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { MessageKey } from '../i18n';

/**
 * Which hint an empty block of the body shows. `doc` is the document the block is in: the
 * placeholder is drawn while a transaction is applied, before the editor's state holds the new
 * document, so positions must not be looked up in `editor.state`.
 */
export function placeholderHint(doc: PmNode, node: PmNode, pos: number): MessageKey {
  if (isNodeEmpty(doc)) return 'editor.bodyPlaceholder';
  if (node.type.name === 'heading') return 'editor.headingPlaceholder';
  const parent = doc.resolve(pos).parent.type.name;
  if (parent === 'blockquote') return 'editor.quotePlaceholder';
  if (parent === 'listItem') return 'editor.listItemPlaceholder';
  return 'editor.paragraphPlaceholder';
}

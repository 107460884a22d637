import type { TiptapDoc, TiptapNode } from '@shared/domain';

function isEmptyParagraph(node: TiptapNode): boolean {
  return node.type === 'paragraph' && (node.content ?? []).length === 0;
}

/**
 * A body's text for comparison, ignoring trailing empty paragraphs: the editor adds one to an
 * empty document, and after a final heading or list, as soon as it first handles a
 * transaction. Such a change is not an edit and must not cause a save.
 */
export function canonicalBody(doc: TiptapDoc): string {
  const content = [...(doc.content ?? [])];
  while (content.length > 0 && isEmptyParagraph(content[content.length - 1]!)) content.pop();
  return JSON.stringify(content);
}

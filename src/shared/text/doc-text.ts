/**
 * Plain text of a tiptap document, as search and tagging read it: one string per textblock
 * (paragraph, heading, code block, a list item's paragraph…), in document order. Marks are
 * dropped; a hard break is a line break; images, rules and other leaves have no text.
 */
import type { TiptapDoc, TiptapNode, Variant } from '../domain';

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

function isInline(node: TiptapNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}

function inlineText(nodes: readonly TiptapNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.text ?? '';
    else if (node.type === 'hardBreak') text += '\n';
    else if (node.content) text += inlineText(node.content);
  }
  return text;
}

function collect(node: TiptapNode, out: string[]): void {
  const children = node.content ?? [];
  if (TEXTBLOCKS.has(node.type) || children.some(isInline)) {
    out.push(inlineText(children));
    return;
  }
  for (const child of children) collect(child, out);
}

/** One string per textblock; an empty paragraph gives an empty string. */
export function docParagraphs(doc: TiptapDoc): string[] {
  const out: string[] = [];
  for (const node of doc.content ?? []) collect(node, out);
  return out;
}

export function docPlainText(doc: TiptapDoc): string {
  return docParagraphs(doc).join('\n\n');
}

/** The parts of a language version that are read as its text. */
export interface VersionText {
  title: string;
  lead: string;
  body: string[];
}

export type TextField = 'title' | 'lead' | 'body';

export function versionText(variant: Pick<Variant, 'title' | 'lead' | 'body'>): VersionText {
  return { title: variant.title, lead: variant.lead, body: docParagraphs(variant.body) };
}

/**
 * The paragraphs of a tiptap body as plain text: the unit that fingerprints, outdated
 * detection and translation checks count. A paragraph or heading is one unit, so is each list
 * item; a quote contributes its own paragraphs. Empty blocks are not paragraphs, so a stray
 * blank line neither outdates translations nor breaks the paragraph count.
 */
import type { TiptapDoc, TiptapNode } from '../domain';
import { normaliseText } from './normalise';

export type ParagraphKind = 'paragraph' | 'heading' | 'list-item';

export interface Paragraph {
  /** Position among the document's non-empty paragraphs. */
  index: number;
  /** Index of the top-level block it belongs to (a list or a quote holds several units). */
  block: number;
  kind: ParagraphKind;
  /** The text as typed; a hard break reads as a line break. */
  text: string;
  /** Targets of the link marks, in order of appearance. */
  links: string[];
}

interface Unit {
  kind: ParagraphKind;
  text: string;
  links: string[];
}

export function paragraphsOf(doc: TiptapDoc): Paragraph[] {
  const result: Paragraph[] = [];
  (doc.content ?? []).forEach((node, block) => {
    for (const unit of unitsOf(node)) {
      if (normaliseText(unit.text) === '') continue;
      result.push({ index: result.length, block, ...unit });
    }
  });
  return result;
}

function isInline(node: TiptapNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}

function isTextblock(node: TiptapNode): boolean {
  return (
    node.type === 'paragraph' || node.type === 'heading' || (node.content ?? []).some(isInline)
  );
}

function unitsOf(node: TiptapNode): Unit[] {
  if (node.type === 'listItem') return listItemUnits(node);
  if (isTextblock(node)) {
    return [
      {
        kind: node.type === 'heading' ? 'heading' : 'paragraph',
        ...inlineText(node.content ?? []),
      },
    ];
  }
  return (node.content ?? []).flatMap(unitsOf);
}

/** An item's own text blocks make one unit; a nested list follows as units of its own. */
function listItemUnits(item: TiptapNode): Unit[] {
  const children = item.content ?? [];
  const own = children.filter(isTextblock).map((child) => inlineText(child.content ?? []));
  const unit: Unit = {
    kind: 'list-item',
    text: own.map((part) => part.text).join('\n'),
    links: own.flatMap((part) => part.links),
  };
  return [unit, ...children.filter((child) => !isTextblock(child)).flatMap(unitsOf)];
}

function inlineText(nodes: TiptapNode[]): { text: string; links: string[] } {
  let text = '';
  const links: string[] = [];
  let previousHref: string | null = null;
  for (const node of nodes) {
    if (node.type === 'hardBreak') text += '\n';
    if (node.type !== 'text') {
      previousHref = null;
      continue;
    }
    text += node.text ?? '';
    const href = linkHref(node);
    // A link spanning differently formatted words is stored as several text nodes.
    if (href !== null && href !== previousHref) links.push(href);
    previousHref = href;
  }
  return { text, links };
}

function linkHref(node: TiptapNode): string | null {
  const link = node.marks?.find((mark) => mark.type === 'link');
  const href = link?.attrs?.href;
  return typeof href === 'string' && href !== '' ? href : null;
}

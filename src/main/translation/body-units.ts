/**
 * The translatable units of a release body with their inline formatting and where they sit in
 * the tiptap tree, counted exactly as review/paragraphs.ts counts paragraphs (so a unit's
 * index is the index that fingerprints, comments and outdated reports use). Writing a unit
 * back replaces the content of its text block in a copy of the body.
 */
import type { TiptapDoc, TiptapNode } from '@shared/domain';
import { normaliseText } from '@shared/review/normalise';
import { inlineOf, plainText, type Inline } from './inline';

export interface BodyUnit {
  index: number;
  inline: Inline[];
  text: string;
  /** Paths (child positions from the doc down) of the text blocks the unit is made of. */
  blocks: number[][];
}

function isInline(node: TiptapNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}

function isTextblock(node: TiptapNode): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || (node.content ?? []).some(isInline);
}

export function bodyUnits(doc: TiptapDoc): BodyUnit[] {
  const units: BodyUnit[] = [];
  const add = (inline: Inline[], blocks: number[][]): void => {
    const text = plainText(inline);
    if (normaliseText(text) !== '') units.push({ index: units.length, inline, text, blocks });
  };
  const visit = (node: TiptapNode, path: number[]): void => {
    const children = node.content ?? [];
    if (node.type === 'listItem') {
      // An item's own text blocks make one unit (joined by a line break); nested lists follow.
      const own = children.map((child, i) => ({ child, i })).filter(({ child }) => isTextblock(child));
      const inline = own.flatMap(({ child }, n): Inline[] => [
        ...(n > 0 ? [{ type: 'break' } as const] : []),
        ...inlineOf(child.content ?? []),
      ]);
      add(inline, own.map(({ i }) => [...path, i]));
      children.forEach((child, i) => {
        if (!isTextblock(child)) visit(child, [...path, i]);
      });
      return;
    }
    if (isTextblock(node)) {
      add(inlineOf(children), [path]);
      return;
    }
    children.forEach((child, i) => visit(child, [...path, i]));
  };
  (doc.content ?? []).forEach((node, i) => visit(node, [i]));
  return units;
}

/**
 * A copy of `doc` with the listed units' content replaced. A unit of several text blocks (a
 * list item of two paragraphs) gets the whole content in its first block and loses the
 * others, so the unit count stays the same.
 */
export function replaceUnits(
  doc: TiptapDoc,
  units: readonly BodyUnit[],
  content: ReadonlyMap<number, TiptapNode[]>,
): TiptapDoc {
  const copy = structuredClone(doc);
  const dropped: number[][] = [];
  for (const unit of units) {
    const nodes = content.get(unit.index);
    if (!nodes) continue;
    const [first, ...rest] = unit.blocks;
    const block = nodeAt(copy, first!);
    if (nodes.length > 0) block.content = nodes;
    else delete block.content;
    dropped.push(...rest);
  }
  // Last first, so that removing a block never shifts a path still to be removed.
  dropped.sort(comparePathsDescending);
  for (const path of dropped) {
    const parent = path.length === 1 ? copy : nodeAt(copy, path.slice(0, -1));
    parent.content?.splice(path.at(-1)!, 1);
  }
  return copy;
}

function comparePathsDescending(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return b.length - a.length;
}

function nodeAt(doc: TiptapDoc, path: readonly number[]): TiptapNode {
  let children = doc.content ?? [];
  let node: TiptapNode | undefined;
  for (const i of path) {
    node = children[i];
    if (!node) throw new Error('unit path outside the body');
    children = node.content ?? [];
  }
  if (!node) throw new Error('empty unit path');
  return node;
}

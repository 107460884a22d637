/**
 * The inline content of one translation unit as a tree: text, line breaks, and spans of
 * formatting (bold, italic, underline, link) that nest. tiptap stores formatting as a flat
 * list of marks on each text node; XLIFF's paired codes (<pc> in 2.0, <g> in 1.2) must nest,
 * so the flat runs are grouped into spans in one fixed order (a link outermost) and flattened
 * back into marked text nodes on import.
 */
import type { TiptapMark, TiptapNode } from '@shared/domain';
import { isAllowedHref } from '@shared/link-policy';

/** The formatting a release body can carry inline (shared/editor-extensions.ts). */
export type InlineFormat =
  | { kind: 'bold' }
  | { kind: 'italic' }
  | { kind: 'underline' }
  | { kind: 'link'; href: string };

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'span'; format: InlineFormat; children: Inline[] };

const ORDER: Record<InlineFormat['kind'], number> = { link: 0, bold: 1, italic: 2, underline: 3 };

export function formatOfMark(mark: TiptapMark): InlineFormat | null {
  if (mark.type === 'bold' || mark.type === 'italic' || mark.type === 'underline')
    return { kind: mark.type };
  const href = mark.attrs?.href;
  if (mark.type === 'link' && typeof href === 'string' && isAllowedHref(href))
    return { kind: 'link', href };
  return null;
}

function markOfFormat(format: InlineFormat): TiptapMark {
  return format.kind === 'link'
    ? { type: 'link', attrs: { href: format.href } }
    : { type: format.kind };
}

function sameFormat(a: InlineFormat, b: InlineFormat): boolean {
  return a.kind === b.kind && (a.kind !== 'link' || a.href === (b as { href: string }).href);
}

interface Run {
  node: TiptapNode;
  formats: InlineFormat[];
}

/** The inline nodes of a text block as a tree of spans. */
export function inlineOf(nodes: readonly TiptapNode[]): Inline[] {
  const runs: Run[] = nodes
    .filter((node) => node.type === 'hardBreak' || (node.type === 'text' && node.text))
    .map((node) => ({
      node,
      formats: (node.marks ?? [])
        .map(formatOfMark)
        .filter((f): f is InlineFormat => f !== null)
        .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]),
    }));
  return group(runs);
}

/**
 * At each run, the span opened is the format that lasts over the most runs from there (ties:
 * link first), so "<u>Accreditation </u><u><b>required</b></u>" becomes one underline span.
 */
function group(runs: Run[]): Inline[] {
  const result: Inline[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i]!;
    if (run.formats.length === 0) {
      result.push(run.node.type === 'hardBreak' ? { type: 'break' } : { type: 'text', text: run.node.text ?? '' });
      i += 1;
      continue;
    }
    let best = run.formats[0]!;
    let bestEnd = reach(runs, i, best);
    for (const format of run.formats.slice(1)) {
      const end = reach(runs, i, format);
      if (end > bestEnd) [best, bestEnd] = [format, end];
    }
    const inner = runs
      .slice(i, bestEnd)
      .map((r) => ({ node: r.node, formats: r.formats.filter((f) => !sameFormat(f, best)) }));
    result.push({ type: 'span', format: best, children: group(inner) });
    i = bestEnd;
  }
  return result;
}

/** The end (exclusive) of the stretch of runs from `start` that all carry `format`. */
function reach(runs: readonly Run[], start: number, format: InlineFormat): number {
  let end = start;
  while (end < runs.length && runs[end]!.formats.some((f) => sameFormat(f, format))) end += 1;
  return end;
}

/** Back to tiptap inline nodes: adjacent text with the same marks becomes one node. */
export function nodesOf(tree: readonly Inline[]): TiptapNode[] {
  const nodes: TiptapNode[] = [];
  const walk = (items: readonly Inline[], formats: InlineFormat[]): void => {
    for (const item of items) {
      if (item.type === 'span') walk(item.children, [...formats, item.format]);
      else if (item.type === 'break') nodes.push({ type: 'hardBreak' });
      else if (item.text !== '') pushText(nodes, item.text, formats);
    }
  };
  walk(tree, []);
  return nodes;
}

function pushText(nodes: TiptapNode[], text: string, formats: InlineFormat[]): void {
  const marks = formats.map(markOfFormat);
  const last = nodes.at(-1);
  if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) {
    last.text = (last.text ?? '') + text;
    return;
  }
  nodes.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
}

/** The plain text of a tree, a break as a line break (as review/paragraphs.ts reads it). */
export function plainText(tree: readonly Inline[]): string {
  return tree
    .map((item) =>
      item.type === 'text' ? item.text : item.type === 'break' ? '\n' : plainText(item.children),
    )
    .join('');
}

export function textInline(text: string): Inline[] {
  return text === '' ? [] : [{ type: 'text', text }];
}

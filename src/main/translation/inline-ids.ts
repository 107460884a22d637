/**
 * Ids of the inline codes of one unit. A source code gets 1, 2, 3 … in document order; a code
 * of the target that renders the same formatting (the same link, bold …) takes the id of the
 * source code it corresponds to, as XLIFF requires, so a CAT tool shows them as one pair.
 */
import type { Inline, InlineFormat } from './inline';

export type CodedInline =
  | { type: 'text'; text: string }
  | { type: 'break'; id: string }
  | { type: 'span'; id: string; format: InlineFormat; children: CodedInline[] };

function keyOf(item: Inline): string {
  if (item.type === 'break') return 'break';
  if (item.type === 'span')
    return item.format.kind === 'link' ? `link ${item.format.href}` : item.format.kind;
  return '';
}

export function codeSource(tree: readonly Inline[]): CodedInline[] {
  let next = 0;
  const walk = (items: readonly Inline[]): CodedInline[] =>
    items.map((item): CodedInline => {
      if (item.type === 'text') return item;
      next += 1;
      const id = String(next);
      return item.type === 'break' ? { type: 'break', id } : { type: 'span', id, format: item.format, children: walk(item.children) };
    });
  return walk(tree);
}

export function codeTarget(tree: readonly Inline[], source: readonly CodedInline[]): CodedInline[] {
  const free = new Map<string, string[]>();
  const collect = (items: readonly CodedInline[]): void => {
    for (const item of items) {
      if (item.type === 'text') continue;
      const key = item.type === 'break' ? 'break' : keyOf({ type: 'span', format: item.format, children: [] });
      free.set(key, [...(free.get(key) ?? []), item.id]);
      if (item.type === 'span') collect(item.children);
    }
  };
  collect(source);
  let extra = 0;
  const idFor = (item: Inline): string => {
    const id = free.get(keyOf(item))?.shift();
    if (id !== undefined) return id;
    extra += 1;
    return `t${extra}`;
  };
  const walk = (items: readonly Inline[]): CodedInline[] =>
    items.map((item): CodedInline => {
      if (item.type === 'text') return item;
      const id = idFor(item);
      return item.type === 'break' ? { type: 'break', id } : { type: 'span', id, format: item.format, children: walk(item.children) };
    });
  return walk(tree);
}

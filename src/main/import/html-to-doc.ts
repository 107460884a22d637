/**
 * Sanitised HTML (see sanitize.ts) to a release body: a pure conversion that produces only the
 * nodes and marks of the shared body schema, and is checked against that schema at the end.
 * Images keep their embedded `data:` source here; storing them is the caller's next step.
 */
import { getSchema } from '@tiptap/core';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { TiptapDoc, TiptapMark, TiptapNode } from '@shared/domain';
import { editorExtensions } from '@shared/editor-extensions';
import { isAllowedHref } from '@shared/link-policy';
import { readEmbeddedImage } from './embedded-images';
import { MARK } from './sanitize';

export interface ConvertedHtml {
  doc: TiptapDoc;
  /** Images without an embedded picture the library accepts (web addresses, spacers), left out. */
  droppedImages: number;
}

const schema = getSchema(editorExtensions());

const INLINE_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'a', 'span', 'br', 'img', 'sub', 'sup']);
const MARK_OF_TAG: Record<string, TiptapMark> = {
  b: { type: 'bold' },
  strong: { type: 'bold' },
  i: { type: 'italic' },
  em: { type: 'italic' },
  u: { type: 'underline' },
};
const MAX_HREF = 2048;
const MAX_ALT = 1000;
const ORDERED_MARKER = /^\s*(?:\d+|[a-z]|[ivxlcdm]+)[.)]/i;
/** A bullet or number typed into the text of a Word list paragraph (older Word versions). */
const TYPED_MARKER = /^[\s\u00a0]*((?:\d+|[a-z]|[ivxlcdm]+)[.)]|[·•▪◦§o*\-–—])[\s\u00a0]+/i;

/** A Word list paragraph, waiting to be put into a list with its neighbours. */
interface WordListItem {
  list: string;
  level: number;
  ordered: boolean;
  paragraph: TiptapNode;
}
type Block = TiptapNode | WordListItem;

function isWordListItem(block: Block): block is WordListItem {
  return 'level' in block;
}

function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.name);
}

/** Inline markup around blocks (Google Docs wraps a whole paste in one <b>) is a container. */
function isBlockContainer(element: Element): boolean {
  return DomUtils.findOne((e) => !isInline(e), element.children) !== null;
}

class Converter {
  droppedImages = 0;

  blocks(nodes: ChildNode[], marks: TiptapMark[] = []): TiptapNode[] {
    const out: Block[] = [];
    let inline: TiptapNode[] = [];
    let images: TiptapNode[] = [];
    const flush = () => {
      const paragraph = paragraphOf(inline);
      if (paragraph) out.push(paragraph);
      out.push(...images);
      inline = [];
      images = [];
    };
    for (const node of nodes) {
      if (isTag(node) && (!isInline(node) || isBlockContainer(node))) {
        flush();
        out.push(...this.block(node, marks));
      } else {
        inline.push(...this.inline(node, marks, images));
      }
    }
    flush();
    return groupWordLists(out);
  }

  private block(element: Element, marks: TiptapMark[]): Block[] {
    const children = element.children;
    switch (element.name) {
      case 'p':
        return this.paragraph(element, marks);
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const images: TiptapNode[] = [];
        const content = trimInline(this.inlineAll(children, marks, images));
        const level = element.name === 'h1' || element.name === 'h2' ? 2 : 3;
        const heading = content.length ? [{ type: 'heading', attrs: { level }, content }] : [];
        return [...heading, ...images];
      }
      case 'ul':
      case 'ol':
        return this.list(element, marks);
      case 'blockquote': {
        const content = this.blocks(children, marks);
        return content.length ? [{ type: 'blockquote', content }] : [];
      }
      case 'figure':
        return this.figure(element, marks);
      case 'table':
        return this.table(element, marks);
      default:
        // div, table parts, li outside a list, inline markup around blocks: their content.
        return this.blocks(children, withMark(marks, markOf(element)));
    }
  }

  private paragraph(element: Element, marks: TiptapMark[]): Block[] {
    const images: TiptapNode[] = [];
    let paragraph = paragraphOf(this.inlineAll(element.children, marks, images));
    const level = Number(element.attribs[MARK.listLevel]);
    if (!paragraph || !(level > 0)) return [...(paragraph ? [paragraph] : []), ...images];
    const markerElement = DomUtils.findOne((e) => MARK.listMarker in e.attribs, element.children);
    let marker = markerElement ? DomUtils.textContent(markerElement) : '';
    if (!markerElement) {
      const [first, ...rest] = paragraph.content!;
      const typed = first?.type === 'text' ? TYPED_MARKER.exec(first.text ?? '') : null;
      if (typed) {
        marker = typed[1]!;
        const text = first!.text!.slice(typed[0].length);
        paragraph = paragraphOf([...(text ? [{ ...first!, text }] : []), ...rest]);
      }
    }
    if (!paragraph) return images;
    const list = element.attribs[MARK.listId] ?? '';
    return [{ list, level, ordered: ORDERED_MARKER.test(marker), paragraph }, ...images];
  }

  private list(element: Element, marks: TiptapMark[]): TiptapNode[] {
    const items: TiptapNode[] = [];
    for (const child of element.children) {
      if (!isTag(child)) {
        // Text between items belongs to none of them; keep it as an item of its own.
        const paragraph = paragraphOf(this.inline(child, marks, []));
        if (paragraph) items.push({ type: 'listItem', content: [paragraph] });
        continue;
      }
      if (child.name === 'ul' || child.name === 'ol') {
        // Google Docs nests a list directly in its parent list: it belongs to the item before.
        const nested = this.list(child, marks);
        const previous = items.at(-1);
        if (previous) previous.content!.push(...nested);
        else if (nested.length) items.push(listItemOf(nested));
        continue;
      }
      const content = this.blocks(child.name === 'li' ? child.children : [child], marks);
      if (content.length) items.push(listItemOf(content));
    }
    if (items.length === 0) return [];
    if (element.name === 'ul') return [{ type: 'bulletList', content: items }];
    const start = Number(element.attribs.start);
    const attrs = Number.isInteger(start) && start > 1 ? { start } : undefined;
    return [{ type: 'orderedList', ...(attrs ? { attrs } : {}), content: items }];
  }

  /**
   * The body has no tables: each row becomes one paragraph, its cells joined by ' | ', so
   * that no cell's text is lost and a row still reads as a row. Pictures follow their row.
   */
  private table(element: Element, marks: TiptapMark[]): TiptapNode[] {
    const out: TiptapNode[] = [];
    for (const child of element.children) {
      if (isTag(child) && child.name === 'tr') out.push(...this.tableRow(child, marks));
      else if (isTag(child) && ['thead', 'tbody', 'tfoot'].includes(child.name)) out.push(...this.table(child, marks));
      else out.push(...this.blocks([child], marks));
    }
    return out;
  }

  private tableRow(row: Element, marks: TiptapMark[]): TiptapNode[] {
    const images: TiptapNode[] = [];
    const cells: TiptapNode[][] = [];
    for (const cell of row.children) {
      const blocks = isTag(cell) && (cell.name === 'td' || cell.name === 'th') ? cell.children : [cell];
      const inline = inlineOfBlocks(this.blocks(blocks, marks), images);
      if (inline.length) cells.push(inline);
    }
    const content = cells.flatMap((cell, i) => (i === 0 ? cell : [{ type: 'text', text: CELL_SEPARATOR }, ...cell]));
    const paragraph = paragraphOf(content);
    return [...(paragraph ? [paragraph] : []), ...images];
  }

  private figure(element: Element, marks: TiptapMark[]): TiptapNode[] {
    const caption = DomUtils.findOne((e) => e.name === 'figcaption', element.children);
    const captionText = caption ? collapse(DomUtils.textContent(caption)).trim() : '';
    const img = DomUtils.findOne((e) => e.name === 'img', element.children);
    if (!img) return this.blocks(element.children, marks);
    const image = this.image(img, captionText);
    return image ? [image] : [];
  }

  private image(element: Element, caption = ''): TiptapNode | null {
    const src = element.attribs.src;
    if (!src || !readEmbeddedImage(src)) {
      if (src || MARK.droppedImage in element.attribs) this.droppedImages += 1;
      return null;
    }
    const alt = (element.attribs.alt ?? '').slice(0, MAX_ALT);
    return { type: 'image', attrs: { src, alt, caption: caption.slice(0, MAX_ALT) } };
  }

  private inlineAll(nodes: ChildNode[], marks: TiptapMark[], images: TiptapNode[]): TiptapNode[] {
    return nodes.flatMap((node) => this.inline(node, marks, images));
  }

  /** Inline content; images found inside it go to `images`, to follow the paragraph. */
  private inline(node: ChildNode, marks: TiptapMark[], images: TiptapNode[]): TiptapNode[] {
    if (isText(node)) {
      const text = collapse(node.data);
      return text ? [{ type: 'text', text, ...(marks.length ? { marks } : {}) }] : [];
    }
    // A Word list's bullet or number: the list itself will show one.
    if (!isTag(node) || MARK.listMarker in node.attribs) return [];
    if (node.name === 'br') return [{ type: 'hardBreak' }];
    if (node.name === 'img') {
      const image = this.image(node);
      if (image) images.push(image);
      return [];
    }
    // Block markup inside inline markup (<a><p>…</p></a>): its text, on one line.
    return this.inlineAll(node.children, withMark(marks, markOf(node)), images);
  }
}

function markOf(element: Element): TiptapMark | null {
  if (element.name === 'a') {
    const href = element.attribs.href?.trim() ?? '';
    return href.length <= MAX_HREF && isAllowedHref(href) ? { type: 'link', attrs: { href } } : null;
  }
  return MARK_OF_TAG[element.name] ?? null;
}

function withMark(marks: TiptapMark[], mark: TiptapMark | null): TiptapMark[] {
  if (!mark || marks.some((m) => m.type === mark.type)) return marks;
  return [...marks, mark];
}

/** HTML's whitespace rules: every run of spaces, tabs and newlines is one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

function sameMarks(a: TiptapNode, b: TiptapNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}

/**
 * Merges neighbouring texts, makes a space where two texts meet one space (as a browser
 * shows "a <img> b"), and drops spaces at the ends and around line breaks.
 */
function trimInline(nodes: TiptapNode[]): TiptapNode[] {
  const merged: TiptapNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type !== 'text' || last?.type !== 'text') {
      merged.push(node);
      continue;
    }
    const text = last.text?.endsWith(' ') ? (node.text ?? '').replace(/^ +/, '') : (node.text ?? '');
    if (sameMarks(last, node)) merged[merged.length - 1] = { ...last, text: `${last.text}${text}` };
    else if (text) merged.push({ ...node, text });
  }
  const trimmed = merged.map((node, i) => {
    if (node.type !== 'text') return node;
    let text = node.text ?? '';
    if (i === 0 || merged[i - 1]?.type === 'hardBreak') text = text.trimStart();
    if (i === merged.length - 1 || merged[i + 1]?.type === 'hardBreak') text = text.trimEnd();
    return { ...node, text };
  });
  const content = trimmed.filter((node) => node.type !== 'text' || node.text);
  while (content[0]?.type === 'hardBreak') content.shift();
  while (content.at(-1)?.type === 'hardBreak') content.pop();
  return content;
}

function paragraphOf(inline: TiptapNode[]): TiptapNode | null {
  const content = trimInline(inline);
  return content.length ? { type: 'paragraph', content } : null;
}

const CELL_SEPARATOR = ' | ';

/** The text of converted blocks on one line (blocks apart by a space); pictures go to `images`. */
function inlineOfBlocks(blocks: TiptapNode[], images: TiptapNode[]): TiptapNode[] {
  const out: TiptapNode[] = [];
  const visit = (node: TiptapNode) => {
    if (node.type === 'image') images.push(node);
    else if (node.type === 'paragraph' || node.type === 'heading') {
      if (out.length) out.push({ type: 'text', text: ' ' });
      out.push(...(node.content ?? []));
    } else node.content?.forEach(visit);
  };
  blocks.forEach(visit);
  return out;
}

/** A list item must open with a paragraph: a heading there becomes one. */
function listItemOf(blocks: TiptapNode[]): TiptapNode {
  const [first, ...rest] = blocks;
  if (first?.type === 'paragraph') return { type: 'listItem', content: blocks };
  if (first?.type === 'heading') {
    return { type: 'listItem', content: [{ type: 'paragraph', content: first.content }, ...rest] };
  }
  return { type: 'listItem', content: [{ type: 'paragraph' }, ...blocks] };
}

/** Runs of paragraphs of one Word list become that list, nested by their levels. */
function groupWordLists(blocks: Block[]): TiptapNode[] {
  const out: TiptapNode[] = [];
  let run: WordListItem[] = [];
  const flush = () => {
    if (run.length) out.push(nestedList(run));
    run = [];
  };
  for (const block of blocks) {
    if (!isWordListItem(block)) {
      flush();
      out.push(block);
      continue;
    }
    if (run.length && run[0]!.list !== block.list) flush();
    run.push(block);
  }
  flush();
  return out;
}

function nestedList(items: WordListItem[]): TiptapNode {
  const listOf = (ordered: boolean): TiptapNode => ({
    type: ordered ? 'orderedList' : 'bulletList',
    content: [],
  });
  const root = listOf(items[0]!.ordered);
  const stack: { level: number; list: TiptapNode }[] = [{ level: items[0]!.level, list: root }];
  for (const item of items) {
    while (stack.length > 1 && stack.at(-1)!.level > item.level) stack.pop();
    const top = stack.at(-1)!;
    if (item.level > top.level) {
      const list = listOf(item.ordered);
      const parent = top.list.content!.at(-1);
      if (parent) parent.content!.push(list);
      else top.list.content!.push({ type: 'listItem', content: [{ type: 'paragraph' }, list] });
      stack.push({ level: item.level, list });
    }
    stack.at(-1)!.list.content!.push({ type: 'listItem', content: [item.paragraph] });
  }
  return root;
}

/** Sanitised HTML to a body; throws if the result is not a valid document of the schema. */
export function htmlToDoc(sanitizedHtml: string): ConvertedHtml {
  const converter = new Converter();
  const dom = parseDocument(sanitizedHtml, { decodeEntities: true });
  const content = converter.blocks(dom.children);
  const json = { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
  const node = schema.nodeFromJSON(json);
  node.check();
  return { doc: node.toJSON() as TiptapDoc, droppedImages: converter.droppedImages };
}

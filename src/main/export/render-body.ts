/**
 * A release body (tiptap JSON) as an HTML or XHTML fragment, rendered without a DOM by
 * tiptap's static renderer from the same extension list the editor uses. The exporter maps
 * three things itself: pictures (their library path becomes the package path), links (only
 * the addresses the link policy allows keep their <a>) and line breaks (void style). Whatever
 * the stored JSON holds beyond the schema is reduced to its text, and the renderer escapes
 * every text and attribute, so stored content can never become markup.
 */
import type { JSONContent } from '@tiptap/core';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { isAssetSrc } from '@shared/body-image';
import type { TiptapDoc, TiptapNode } from '@shared/domain';
import { editorExtensions } from '@shared/editor-extensions';
import { isAllowedHref } from '@shared/link-policy';
import { cleanText, escapeMarkup as esc } from './markup-escape';

/** HTML for the pages; XHTML (self-closed void elements) for NewsML's inlineXML. */
export type MarkupFlavour = 'html' | 'xhtml';

/** A picture from the library's content-addressed assets/ folder, copied into the package. */
export interface BodyImage {
  /** Path in the library, e.g. assets/<sha256>.png. */
  asset: string;
  /** Path in the package, e.g. images/<sha256>.png. */
  packagePath: string;
}

export interface RenderedBody {
  html: string;
  /** Where the last top-level block starts in `html`: print keeps it with what follows the body. */
  lastBlockAt: number;
  images: BodyImage[];
}

const extensions = editorExtensions();
const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

const joined = (children: string | string[] | undefined): string =>
  ([] as string[]).concat(children ?? []).join('');

const LIST_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);

/** Only the list numbering HTML allows; the renderer would print any other value verbatim. */
function orderedListAttrs(attrs: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    start: Number.isInteger(attrs.start) ? attrs.start : 1,
    type: typeof attrs.type === 'string' && LIST_TYPES.has(attrs.type) ? attrs.type : null,
  };
}

/** Text cleaned of characters markup cannot carry; empty text and empty blocks dropped. */
function tidy(node: TiptapNode): TiptapNode | null {
  if (node.type === 'text') {
    const text = cleanText(node.text ?? '');
    return text ? { ...node, text } : null;
  }
  const content = node.content?.map(tidy).filter((child): child is TiptapNode => child !== null);
  if (TEXT_BLOCKS.has(node.type) && !content?.length) return null;
  const attrs = node.type === 'orderedList' ? orderedListAttrs(node.attrs) : node.attrs;
  return { ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) };
}

/** The body as plain text, one block per paragraph: for JSON-LD's articleBody. */
export function bodyText(doc: TiptapDoc): string {
  const blocks: string[] = [];
  const inline = (node: TiptapNode): string =>
    node.type === 'text'
      ? cleanText(node.text ?? '')
      : node.type === 'hardBreak'
        ? '\n'
        : (node.content ?? []).map(inline).join('');
  const walk = (node: TiptapNode): void => {
    if (TEXT_BLOCKS.has(node.type)) {
      const text = inline(node).trim();
      if (text) blocks.push(text);
    } else {
      node.content?.forEach(walk);
    }
  };
  walk(doc as TiptapNode);
  return blocks.join('\n\n');
}

export function renderBody(doc: TiptapDoc, flavour: MarkupFlavour): RenderedBody {
  const images: BodyImage[] = [];
  const voidEnd = flavour === 'xhtml' ? '/>' : '>';
  const content = tidy(doc as TiptapNode) ?? { type: 'doc' };
  const blocks = content.content ?? [];
  // A document is its blocks one after the other: rendered in two parts, the last is known.
  const render = (part: TiptapNode[]): string =>
    renderToHTMLString({
      content: { type: 'doc', content: part } as JSONContent,
      extensions,
      options: {
        nodeMapping: {
          hardBreak: () => `<br${voidEnd}`,
          image: ({ node, parent }) => {
            const src: unknown = node.attrs.src;
            if (!isAssetSrc(src)) return '';
            const packagePath = `images/${src.slice('assets/'.length)}`;
            images.push({ asset: src, packagePath });
            const alt = typeof node.attrs.alt === 'string' ? cleanText(node.attrs.alt) : '';
            const img = `<img src="${esc(packagePath)}" alt="${esc(alt)}"${voidEnd}`;
            // A picture stored inside a paragraph (not what the editor makes) stays inline.
            if (parent && TEXT_BLOCKS.has(parent.type.name)) return img;
            const caption =
              typeof node.attrs.caption === 'string' ? cleanText(node.attrs.caption).trim() : '';
            return `<figure>${img}${caption ? `<figcaption>${esc(caption)}</figcaption>` : ''}</figure>`;
          },
        },
        markMapping: {
          link: ({ mark, children }) => {
            const href: unknown = mark.attrs.href;
            if (typeof href !== 'string' || !isAllowedHref(href)) return joined(children);
            const address = cleanText(href.trim());
            const text = joined(children);
            // A link whose text is its address needs no address printed after it on paper
            // (both sides compared escaped: the children are markup already).
            const shown = text.replace(/<[^<>]*>/g, '').trim();
            const bare = [address, address.replace(/^[a-z]+:(?:\/\/)?/i, '')].some(
              (form) => esc(form) === shown,
            );
            return `<a href="${esc(address)}"${bare ? ' class="address"' : ''}>${text}</a>`;
          },
        },
        unhandledNode: ({ children }) => joined(children),
        unhandledMark: ({ children }) => joined(children),
      },
    });
  const rest = render(blocks.slice(0, -1));
  return { html: rest + render(blocks.slice(-1)), lastBlockAt: rest.length, images };
}

/**
 * A picture in a release body: a figure with the image, its alt text and an optional caption.
 * The picture itself lives in the library's assets/ folder under its SHA-256 (see assets.put);
 * the node stores only that path, so a body never carries image bytes or a link to the web.
 * No DOM here: parse rules run only in the editor, where the DOM exists.
 */
import { Image } from '@tiptap/extension-image';
import type { DOMOutputSpec } from '@tiptap/pm/model';

/** `assets/<sha256>.<ext>`: the only image source a body may hold. */
export const ASSET_SRC = /^assets\/[0-9a-f]{64}\.(?:png|jpg|gif|webp)$/;

/** The image formats the library accepts, by the extension they are stored under. */
export const ASSET_MIME_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;
export type AssetExtension = keyof typeof ASSET_MIME_TYPES;

/** Largest picture the library stores, in bytes. */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

export function isAssetSrc(src: unknown): src is string {
  return typeof src === 'string' && ASSET_SRC.test(src);
}

interface ParsedElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): ParsedElement | null;
  textContent: string | null;
}

/**
 * How a picture is read from HTML and written to it. `srcAttribute` is `src` for export; the
 * editor keeps the library path in another attribute, since a page that meets a relative
 * `src` (when ProseMirror redraws or copies) asks its own origin for it.
 */
export function imageHtml(srcAttribute: string) {
  const attrsOf = (img: ParsedElement | null, caption: string) => {
    const src = img?.getAttribute(srcAttribute) ?? null;
    if (!isAssetSrc(src)) return false;
    return { src, alt: img?.getAttribute('alt') ?? '', caption };
  };
  return {
    // Only pictures already in the library: what comes from elsewhere goes through an importer.
    parseRules: [
      {
        tag: 'figure',
        getAttrs: (figure: unknown) => {
          const element = figure as ParsedElement;
          const caption = element.querySelector('figcaption')?.textContent?.trim() ?? '';
          return attrsOf(element.querySelector('img'), caption);
        },
      },
      { tag: `img[${srcAttribute}]`, getAttrs: (img: unknown) => attrsOf(img as ParsedElement, '') },
    ],
    render(attrs: Record<string, unknown>, htmlAttributes: Record<string, unknown>): DOMOutputSpec {
      const { src, ...others } = htmlAttributes;
      const img: DOMOutputSpec = ['img', { ...others, [srcAttribute]: src }];
      const caption = typeof attrs.caption === 'string' ? attrs.caption.trim() : '';
      return caption ? ['figure', img, ['figcaption', caption]] : ['figure', img];
    },
  };
}

const exportHtml = imageHtml('src');

export const BodyImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: { default: '', parseHTML: () => null, renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    return exportHtml.parseRules;
  },

  renderHTML({ node, HTMLAttributes }) {
    return exportHtml.render(node.attrs, HTMLAttributes);
  },

  // No Markdown-style ![alt](url): it would let any address into the body.
  addInputRules() {
    return [];
  },
}).configure({ inline: false, allowBase64: false });

/**
 * The first step of every HTML import (a paste, a .html file, mammoth's rendering of a .docx):
 * sanitize-html reduces the markup to the structure a release body can hold. Scripts, styles,
 * event handlers, classes, frames and forms go; links keep only http, https and mailto; images
 * keep only embedded data (an address on the web would be fetched, and may track the reader).
 *
 * Office markup is translated on the way, since its structure hides in styles that go:
 * Word's list paragraphs (`mso-list: l0 level2`) are marked with their list and level, and
 * Google Docs' bold, italic and underlined spans become the tags they stand for.
 */
import sanitizeHtml from 'sanitize-html';
import { LINK_PROTOCOLS } from '@shared/link-policy';

/** Attributes this step adds for the conversion that follows (see html-to-doc.ts). */
export const MARK = {
  /** A Word list paragraph's level, 1 for the outermost. */
  listLevel: 'data-po-level',
  /** Which Word list the paragraph belongs to. */
  listId: 'data-po-list',
  /** The span holding a Word list paragraph's bullet or number. */
  listMarker: 'data-po-marker',
  /** An image left out because its picture was not embedded. */
  droppedImage: 'data-po-dropped',
} as const;

const BLOCK_TAGS = [
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
];
/**
 * Other block elements become a <div>: dropping the tag would run their text into the next
 * block's ("term" + "definition" = "termdefinition").
 */
const OTHER_BLOCK_TAGS = [
  'pre', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav',
  'address', 'caption', 'center', 'hgroup', 'details', 'summary', 'fieldset', 'legend', 'hr',
];
const INLINE_TAGS = ['b', 'strong', 'i', 'em', 'u', 'a', 'img', 'span', 'br', 'sub', 'sup'];

/** Elements whose text is not content either. */
const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'head',
  'svg', 'math', 'object', 'iframe', 'frame', 'frameset', 'select', 'button',
];

/** Deeper markup is flattened: nothing legitimate nests this far, and conversion recurses. */
const NESTING_LIMIT = 64;

function style(attribs: sanitizeHtml.Attributes): string {
  return (attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
}

function wordListParagraph(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const list = /mso-list:(l\d+)level(\d+)/.exec(style(attribs));
  if (!list) return { tagName, attribs: {} };
  return { tagName, attribs: { [MARK.listId]: list[1]!, [MARK.listLevel]: list[2]! } };
}

function styledSpan(_tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const css = style(attribs);
  if (css.includes('mso-list:ignore')) return { tagName: 'span', attribs: { [MARK.listMarker]: '' } };
  if (/font-weight:(bold|[6-9]00)/.test(css)) return { tagName: 'strong', attribs: {} };
  if (css.includes('font-style:italic')) return { tagName: 'em', attribs: {} };
  if (css.includes('text-decoration:underline')) return { tagName: 'u', attribs: {} };
  return { tagName: 'span', attribs: {} };
}

/** Google Docs wraps a whole paste in <b style="font-weight:normal">: that is no bold. */
function bold(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  return /font-weight:(normal|[1-4]00)/.test(style(attribs))
    ? { tagName: 'span', attribs: {} }
    : { tagName, attribs: {} };
}

function image(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const src = attribs.src?.trim() ?? '';
  const spacer = Number(attribs.width) <= 2 || Number(attribs.height) <= 2;
  if (!/^data:image\//i.test(src) || spacer) {
    return { tagName, attribs: { [MARK.droppedImage]: '' } };
  }
  return { tagName, attribs: { src, ...(attribs.alt ? { alt: attribs.alt } : {}) } };
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCK_TAGS, ...INLINE_TAGS],
  allowedAttributes: {
    a: ['href'],
    img: ['src', 'alt', MARK.droppedImage],
    ol: ['start'],
    p: [MARK.listId, MARK.listLevel],
    span: [MARK.listMarker],
  },
  allowedSchemes: [...LINK_PROTOCOLS],
  allowedSchemesByTag: { img: ['data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT_TAGS,
  nestingLimit: NESTING_LIMIT,
  parseStyleAttributes: false,
  enforceHtmlBoundary: true,
  transformTags: {
    p: wordListParagraph,
    span: styledSpan,
    b: bold,
    img: image,
    ...Object.fromEntries(OTHER_BLOCK_TAGS.map((tag) => [tag, 'div'])),
  },
};

export function sanitizeImportedHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

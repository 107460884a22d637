/**
 * The package's one stylesheet, styles/release.css: the bundled fonts, the page on screen and
 * its print form (A4, margins, page numbers in the bottom margin and, while the release is
 * embargoed, the notice in the top margin of every page, in the page's language). Both forms
 * open with the letterhead and, under embargo, a stamp above the release.
 */
import type { Lang } from '@shared/languages';
import { FONT_FAMILY_STACK } from './font-files';
import { fontFaceCss } from './fonts';

export const STYLESHEET_PATH = 'styles/release.css';

const RULES = `
:root {
  color-scheme: light;
  --ink: #1a1a1a;
  --muted: #4d4d4d;
  --rule: #c8c8c8;
  --accent: #0b4f8a;
  --alert: #a00000;
}
* { box-sizing: border-box; }
html { font-family: ${FONT_FAMILY_STACK}; color: var(--ink); background: #fff; line-height: 1.55; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1.25rem 3rem; font-size: 1.0625rem; }
a { color: var(--accent); }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.languages ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0 0 0.75rem; border-bottom: 1px solid var(--rule); font-size: 0.9375rem; }
.languages a[aria-current='page'] { color: var(--ink); font-weight: 700; text-decoration: none; }
.embargo { margin: 1rem 0; padding: 0.5rem 0.75rem; border: 2px solid var(--alert); color: var(--alert); font-weight: 700; letter-spacing: 0.02em; }
.kind { margin: 1.5rem 0 0.25rem; color: var(--muted); font-size: 0.875rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; }
h1 { margin: 0 0 0.5rem; font-size: 1.875rem; line-height: 1.25; }
h2 { margin: 1.75rem 0 0.5rem; font-size: 1.3125rem; line-height: 1.3; }
h3 { margin: 1.5rem 0 0.5rem; font-size: 1.125rem; }
.dateline { margin: 0 0 1rem; color: var(--muted); }
.lead { font-weight: 700; }
.body img { display: block; max-width: 100%; height: auto; }
figure { margin: 1.25rem 0; }
figcaption { margin-top: 0.375rem; color: var(--muted); font-size: 0.9375rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
.issuer { margin-top: 1.5rem; font-style: italic; white-space: pre-line; }
.end-mark { margin: 1.5rem 0 0; text-align: center; letter-spacing: 0.2em; }
.ending section { font-size: 0.9375rem; }
.ending section:first-of-type { margin-top: 1.75rem; border-top: 1px solid var(--rule); }
.ending h2 { margin-top: 1rem; font-size: 1rem; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
.letterhead { display: flex; align-items: center; gap: 0.875rem; margin: 1rem 0 0; padding-bottom: 0.625rem; border-bottom: 2px solid var(--accent); }
.letterhead__logo { display: block; width: auto; height: auto; max-height: 3.5rem; max-width: 10rem; }
.letterhead__name { margin: 0; color: var(--accent); font-size: 1.125rem; font-weight: 700; line-height: 1.3; }
.letterhead__address { margin: 0.125rem 0 0; color: var(--muted); font-size: 0.875rem; }
.embargo-stamp { margin: 1.25rem 0 1.5rem; padding: 0.5rem 1rem 0.625rem; border: 4px double var(--alert); color: var(--alert); text-align: center; }
.embargo-stamp__word { margin: 0; font-size: 1.625rem; font-weight: 700; letter-spacing: 0.35em; line-height: 1.3; }
.embargo-stamp__until { margin: 0.125rem 0 0; font-weight: 700; text-wrap: balance; }
.contacts { list-style: none; margin: 0; padding: 0; }
.contacts li + li { margin-top: 0.75rem; }
.contacts address { font-style: normal; }
.tags { display: flex; flex-wrap: wrap; gap: 0.375rem; list-style: none; margin: 0; padding: 0; }
.tags li { padding: 0.125rem 0.5rem; border: 1px solid var(--rule); border-radius: 0.25rem; }
.downloads { margin-top: 2rem; font-size: 0.9375rem; }
.versions { list-style: none; margin: 1rem 0; padding: 0; }
.versions li { padding: 0.75rem 0; border-bottom: 1px solid var(--rule); }
.versions .language { display: block; font-weight: 700; }

@page {
  size: A4;
  margin: 22mm 20mm 20mm;
  @top-center {
    font-family: ${FONT_FAMILY_STACK};
    font-size: 9pt;
    font-weight: 700;
    color: #a00000;
  }
  @bottom-right {
    content: counter(page) " / " counter(pages);
    font-family: ${FONT_FAMILY_STACK};
    font-size: 9pt;
    color: #4d4d4d;
  }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .languages, .downloads, .embargo { display: none; }
  .kind { margin-top: 0; }
  h1 { font-size: 19pt; }
  h2 { font-size: 13pt; break-after: avoid; }
  h3 { font-size: 11.5pt; break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
  .letterhead { margin-top: 0; }
  .letterhead__name { font-size: 13pt; }
  .letterhead__address { font-size: 9pt; }
  .embargo-stamp { break-inside: avoid; }
  .embargo-stamp__word { font-size: 20pt; }
  /*
   * Keep-together: the body's last block, signature, about, contacts, tags and end mark move
   * to the next page whole, so none of them is left alone on an otherwise empty page. Only
   * an ending taller than a page breaks, and then not inside a contact.
   */
  .ending { break-inside: avoid; }
  .contacts li, .issuer { break-inside: avoid; }
  /* Compact on paper, so that the ending rarely has to move: contacts side by side, tags as a line. */
  .contacts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.5rem 1.5rem; }
  .contacts li + li { margin-top: 0; }
  .tags { display: block; }
  .tags li { display: inline; padding: 0; border: 0; }
  .tags li + li::before { content: " · "; color: var(--muted); }
  .ending h2 { margin: 0.75rem 0 0.25rem; }
  /* Paper cannot be clicked: print each web link's address after its text, unless the text is the address. */
  .body a[href^='http']:not(.address)::after { content: " <" attr(href) ">"; font-size: 0.85em; color: var(--muted); overflow-wrap: anywhere; }
  figure { break-inside: avoid; }
}
`;

/** A CSS string: quotes, backslashes, line breaks and `<` escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Each language's pages print on a named page whose top margin carries that language's
 * notice; the pages pick theirs by their lang attribute.
 */
function embargoPages(notices: Partial<Record<Lang, string>>): string {
  return Object.entries(notices)
    .map(
      ([lang, notice]) =>
        `@page embargo-${lang} { @top-center { content: ${cssString(notice!)}; } }\n` +
        `html:lang(${lang}) body { page: embargo-${lang}; }`,
    )
    .join('\n');
}

/** The stylesheet of one package; `embargoNotices` is empty unless the release is embargoed. */
export function stylesheet(embargoNotices: Partial<Record<Lang, string>> = {}): string {
  return `${fontFaceCss()}\n${RULES.trimStart()}${embargoPages(embargoNotices)}\n`;
}

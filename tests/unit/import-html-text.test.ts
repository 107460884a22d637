/**
 * Paste and .html import lose no text: Word's clipboard (spans, styles, conditional comments,
 * mso-list paragraphs, tables) and random nested markup keep every character, in order, with
 * headings as blocks of their own and table rows as lines.
 */
import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '@shared/domain';
import { htmlToDoc } from '../../src/main/import/html-to-doc';
import { sanitizeImportedHtml } from '../../src/main/import/sanitize';
import { WORD_HIGHLIGHT_HEADING_LIST, WORD_NUMBERED_LIST, WORD_TABLE } from '../fixtures/word-clipboard';

function convert(html: string): TiptapNode[] {
  return htmlToDoc(sanitizeImportedHtml(html)).doc.content ?? [];
}

function textOf(node: TiptapNode): string {
  return node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('');
}

/** Blocks as "type: text", lists and quotations spelled out with their items. */
function outline(nodes: TiptapNode[]): string[] {
  return nodes.flatMap((node) =>
    ['bulletList', 'orderedList', 'listItem', 'blockquote'].includes(node.type)
      ? outline(node.content ?? []).map((line) => `${node.type}/${line}`)
      : [`${node.type}: ${textOf(node)}`],
  );
}

describe('paste: Word’s clipboard', () => {
  it('keeps highlighted text, the heading as a heading and the nested list as lists', () => {
    expect(outline(convert(WORD_HIGHLIGHT_HEADING_LIST))).toEqual([
      'paragraph: The delegation arrived on Monday morning at the airport.',
      'heading: Programme of the visit',
      'bulletList/listItem/paragraph: Talks at the Ministry',
      'bulletList/listItem/bulletList/listItem/paragraph: with the delegation',
      'bulletList/listItem/paragraph: Press conference',
    ]);
  });

  it('makes a numbered Word list an ordered list', () => {
    expect(outline(convert(WORD_NUMBERED_LIST))).toEqual([
      'orderedList/listItem/paragraph: Регистрация участников',
      'orderedList/listItem/paragraph: Пленарное заседание',
      'paragraph: Начало в 10:00.',
    ]);
  });

  it('makes each table row a paragraph of its cells', () => {
    expect(outline(convert(WORD_TABLE))).toEqual([
      'paragraph: Time | Event',
      'paragraph: 10:00 | Opening ceremony',
      'paragraph: 12:30 | Press conference',
    ]);
  });

  it('keeps the text of blocks the body has no node for apart', () => {
    const html = '<dl><dt>Term</dt><dd>Definition</dd></dl><pre>line one\nline two</pre><section>Own words</section>';
    expect(outline(convert(html))).toEqual([
      'paragraph: Term',
      'paragraph: Definition',
      'paragraph: line one line two',
      'paragraph: Own words',
    ]);
  });
});

/** Markup a clipboard may carry, around text; `|` is left out of the text (it joins cells). */
const word = fc.stringMatching(/^[A-Za-zА-яЁёԱ-Ֆա-ֆ0-9.,:;!?'"()«»—-]{1,8}$/);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t ')), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([w, space]) => w + space).join(''));

const WRAPPERS = [
  (inner: string) => `<p class=MsoNormal>${inner}<o:p></o:p></p>`,
  (inner: string) => `<div>${inner}</div>`,
  (inner: string) => `<span style="background:yellow;mso-highlight:yellow">${inner}</span>`,
  (inner: string) => `<span style='mso-bookmark:_Toc1'>${inner}</span>`,
  (inner: string) => `<b style="font-weight:normal">${inner}</b>`,
  (inner: string) => `<strong>${inner}</strong>`,
  (inner: string) => `<i>${inner}</i>`,
  (inner: string) => `<u>${inner}</u>`,
  (inner: string) => `<font color=red>${inner}</font>`,
  (inner: string) => `<a href="https://example.org/">${inner}</a>`,
  (inner: string) => `<h1>${inner}</h1>`,
  (inner: string) => `<h3>${inner}</h3>`,
  (inner: string) => `<ul><li>${inner}</li></ul>`,
  (inner: string) => `<ol start=3><li>${inner}</li><li>${inner}</li></ol>`,
  (inner: string) => `<blockquote>${inner}</blockquote>`,
  (inner: string) => `<table class=MsoTableGrid><tr><td>${inner}</td><td>${inner}</td></tr></table>`,
  (inner: string) => `<section>${inner}</section>`,
  (inner: string) => `<!--[if !supportLists]--><![endif]>${inner}`,
  (inner: string) => `${inner}<br>`,
];

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...WRAPPERS.keys()), fc.array(tie('node'), { minLength: 1, maxLength: 3 })).map(
      ([wrapper, children]) => WRAPPERS[wrapper]!(children.join('')),
    ),
  ),
})).node;

/** The characters a reader sees, without the spaces between them. */
function visibleCharacters(value: string): string {
  return value.replace(/[\s\u00a0|]+/g, '');
}

describe('paste: no text is lost', () => {
  it('keeps every character of random nested markup, in order', () => {
    fc.assert(
      fc.property(html, (input) => {
        const doc = htmlToDoc(sanitizeImportedHtml(input)).doc;
        const inputText = DomUtils.textContent(parseDocument(input));
        expect(visibleCharacters(textOf(doc))).toBe(visibleCharacters(inputText));
      }),
      { numRuns: 300 },
    );
  });
});

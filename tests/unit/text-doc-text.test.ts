import { describe, expect, it } from 'vitest';
import type { TiptapDoc } from '@shared/domain';
import { docParagraphs, docPlainText, versionText } from '@shared/text/doc-text';
import { snippetAround } from '@shared/text/snippet';
import { fullRelease } from '../fixtures';

describe('doc-text: plain text of a tiptap document', () => {
  it('gives one string per textblock, marks dropped, hard breaks as line breaks', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Заголовок' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Bold ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'and plain' },
            { type: 'hardBreak' },
            { type: 'text', text: 'next line' },
          ],
        },
        { type: 'paragraph' },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'first item' }] }],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'second item' }] }],
            },
          ],
        },
        { type: 'horizontalRule' },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] }],
        },
      ],
    };
    expect(docParagraphs(doc)).toEqual([
      'Заголовок',
      'Bold and plain\nnext line',
      '',
      'first item',
      'second item',
      'quoted',
    ]);
    expect(docPlainText({ type: 'doc' })).toBe('');
  });

  it('reads a version as title, lead and body paragraphs', () => {
    const text = versionText(fullRelease.variants.ru!);
    expect(text.title).toMatch(/^В Брестской крепости/);
    expect(text.body).toHaveLength(10);
    expect(text.body[9]).toBe('Объединённый пресс-центр учения ОДКБ');
  });
});

describe('snippetAround', () => {
  it('cuts a passage around the first range on word boundaries, with the ranges moved into it', () => {
    const text = `${'word '.repeat(40)}the Brest Fortress memorial ${'more '.repeat(60)}`;
    const start = text.indexOf('Brest');
    const snippet = snippetAround(
      text,
      [
        [start, start + 5],
        [start + 6, start + 14],
      ],
      100,
    );
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    const [[from, to], [from2, to2]] = snippet.highlights as [[number, number], [number, number]];
    expect(snippet.text.slice(from, to)).toBe('Brest');
    expect(snippet.text.slice(from2, to2)).toBe('Fortress');
  });

  it('gives the start of the text when nothing is to be highlighted', () => {
    expect(snippetAround('short text', [])).toEqual({ text: 'short text', highlights: [] });
    expect(snippetAround('a b c d e f g', [], 6).text).toBe('a b c…');
  });
});

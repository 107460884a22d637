import { describe, expect, it } from 'vitest';
import type { TiptapDoc, TiptapNode } from '@shared/domain';
import { paragraphsOf } from '@shared/review/paragraphs';
import { bodyUnits, replaceUnits } from '../../src/main/translation/body-units';
import { inlineOf, nodesOf } from '../../src/main/translation/inline';
import { RU_BODY } from './support/translation-fixtures';

const t = (text: string, ...marks: string[]): TiptapNode =>
  marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text };
const p = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });

const NESTED: TiptapDoc = {
  type: 'doc',
  content: [
    { type: 'blockquote', content: [p(t('Цитата, первый абзац')), p(t('второй абзац'))] },
    p(),
    {
      type: 'orderedList',
      content: [
        {
          type: 'listItem',
          content: [
            p(t('Пункт из двух')),
            p(t('абзацев')),
            { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Вложенный пункт'))] }] },
          ],
        },
      ],
    },
    { type: 'bodyImage', attrs: { src: 'asset:abc.png', alt: 'Фото' } },
    { type: 'heading', attrs: { level: 3 }, content: [t('Заголовок')] },
  ],
};

describe('translation units of a body', () => {
  it('are the paragraphs the review counts, in the same order and with the same text', () => {
    for (const doc of [RU_BODY, NESTED]) {
      expect(bodyUnits(doc).map((u) => u.text)).toEqual(paragraphsOf(doc).map((q) => q.text));
    }
  });

  it('written back, keep the structure and the paragraph count', () => {
    const units = bodyUnits(NESTED);
    const content = new Map(units.map((u) => [u.index, [t(`kk ${u.index}`)]]));
    const written = replaceUnits(NESTED, units, content);
    expect(paragraphsOf(written).map((q) => q.text)).toEqual(['kk 0', 'kk 1', 'kk 2', 'kk 3', 'kk 4']);
    expect(written.content!.map((n) => n.type)).toEqual(NESTED.content!.map((n) => n.type));
    // The source body is not touched.
    expect(paragraphsOf(NESTED)[2]!.text).toBe('Пункт из двух\nабзацев');
  });
});

describe('inline formatting as nested codes', () => {
  it('opens the span that lasts longest, so shared formatting is one code', () => {
    const tree = inlineOf([t('Аккредитация ', 'underline'), t('обязательна', 'underline', 'bold'), t('.')]);
    expect(tree).toEqual([
      {
        type: 'span',
        format: { kind: 'underline' },
        children: [{ type: 'text', text: 'Аккредитация ' }, { type: 'span', format: { kind: 'bold' }, children: [{ type: 'text', text: 'обязательна' }] }],
      },
      { type: 'text', text: '.' },
    ]);
  });

  it('comes back as the same marked text, adjacent text with equal marks joined', () => {
    const link = { type: 'link', attrs: { href: 'https://example.org/' } };
    const nodes: TiptapNode[] = [
      { type: 'text', text: 'сайт', marks: [{ type: 'bold' }, link] },
      { type: 'text', text: ' Организации', marks: [link] },
      { type: 'hardBreak' },
      t('текст', 'italic'),
      t(' ещё', 'italic'),
    ];
    const back = nodesOf(inlineOf(nodes));
    expect(back).toEqual([
      { type: 'text', text: 'сайт', marks: [link, { type: 'bold' }] },
      { type: 'text', text: ' Организации', marks: [link] },
      { type: 'hardBreak' },
      { type: 'text', text: 'текст ещё', marks: [{ type: 'italic' }] },
    ]);
  });

  it('drops a link to anything but the web or e-mail', () => {
    const tree = inlineOf([{ type: 'text', text: 'нажми', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }]);
    expect(tree).toEqual([{ type: 'text', text: 'нажми' }]);
  });
});

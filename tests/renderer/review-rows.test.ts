/** The side-by-side rows: pairing as the checks paired, source changes in place, comments anchored. */
import { describe, expect, it } from 'vitest';
import type { Comment, Variant } from '@shared/domain';
import type { OutdatedReport } from '@shared/review/outdated';
import { anchorComment } from '../../src/renderer/src/review/comment-anchors';
import { pairsFromFindings } from '../../src/renderer/src/review/paragraph-pairs';
import { buildRows } from '../../src/renderer/src/review/review-rows';

const AT = '2026-01-01T00:00:00.000Z';

function variant(lang: Variant['lang'], paragraphs: string[]): Variant {
  return {
    lang,
    title: `${lang} title`,
    lead: '',
    body: {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
    datelinePlace: '',
    status: 'draft',
    statusHistory: [],
    sourceBase: null,
    updatedAt: AT,
  };
}

function comment(paragraph: number, quote: string, resolved = false): Comment {
  return {
    id: `c-${paragraph}-${quote.length}`,
    lang: 'ru',
    paragraph,
    quote,
    author: 'Anna',
    text: 'Check this.',
    createdAt: AT,
    resolvedAt: resolved ? AT : null,
    resolvedBy: resolved ? 'Boris' : null,
  };
}

const NO_CHANGES: OutdatedReport = {
  state: 'current',
  recordedAt: AT,
  baseTextKnown: true,
  title: null,
  lead: null,
  paragraphs: [],
};

describe('pairsFromFindings', () => {
  it('pairs by position when the counts are equal', () => {
    expect(pairsFromFindings(2, 2, null)).toEqual([
      { a: 0, b: 0 },
      { a: 1, b: 1 },
    ]);
  });

  it('leaves the missing and extra paragraphs of the paragraph-count finding unpaired', () => {
    const finding = {
      check: 'paragraph-count' as const,
      sourceCount: 4,
      targetCount: 3,
      missing: [1, 3],
      extra: [2],
    };
    expect(pairsFromFindings(4, 3, finding)).toEqual([
      { a: 0, b: 0 },
      { a: 1, b: null },
      { a: 2, b: 1 },
      { a: 3, b: null },
      { a: null, b: 2 },
    ]);
  });
});

describe('buildRows', () => {
  const source = variant('en', ['One.', 'Two, edited.', 'New three.', 'Four.']);
  const target = variant('ru', ['Один.', 'Два.', 'Четыре.']);

  it('marks changed and added source paragraphs, and puts removed ones where they stood', () => {
    const outdated: OutdatedReport = {
      ...NO_CHANGES,
      state: 'outdated',
      title: { diff: [{ op: 'added', text: 'Title' }] },
      paragraphs: [
        { kind: 'changed', before: 1, after: 1, diff: [{ op: 'equal', text: 'Two' }] },
        { kind: 'added', after: 2, diff: [{ op: 'added', text: 'New three.' }] },
        { kind: 'removed', before: 2, diff: [{ op: 'removed', text: 'Old four.' }] },
      ],
    };
    const findings = [
      {
        check: 'paragraph-count' as const,
        sourceCount: 4,
        targetCount: 3,
        missing: [2],
        extra: [],
      },
      {
        check: 'untranslated' as const,
        at: { part: 'body' as const, paragraph: 2, sourceParagraph: 3 },
      },
    ];
    const { rows } = buildRows({ source, target, findings, outdated, comments: [] });
    expect(
      rows.map((r) => [r.key, r.sourceChange?.kind ?? null, r.findings.map((f) => f.check)]),
    ).toEqual([
      ['title', 'changed', []],
      ['p-0-0', null, []],
      ['p-1-1', 'changed', []],
      ['p-2-_', 'added', []],
      // The old third paragraph stood before what is now the fourth.
      ['removed-2', 'removed', []],
      ['p-3-2', null, ['untranslated']],
    ]);
  });

  it('shows the source version alone, in one column', () => {
    const { rows } = buildRows({
      source: null,
      target: source,
      findings: [],
      outdated: null,
      comments: [],
    });
    expect(rows.map((r) => [r.source, r.target?.text])).toEqual([
      [null, 'en title'],
      [null, 'One.'],
      [null, 'Two, edited.'],
      [null, 'New three.'],
      [null, 'Four.'],
    ]);
  });

  it('anchors comments to their paragraph even after paragraphs above moved, and keeps the rest', () => {
    const comments = [comment(0, 'Два.'), comment(2, 'Было иначе.', true)];
    const empty = variant('ru', []);
    const { rows } = buildRows({ source, target, findings: [], outdated: null, comments });
    const withComments = rows.filter((r) => r.comments.length > 0);
    expect(withComments.map((r) => [r.target?.paragraph, r.comments[0]!.edited])).toEqual([
      [1, false],
      [2, true],
    ]);
    const { unplaced } = buildRows({
      source,
      target: empty,
      findings: [],
      outdated: null,
      comments,
    });
    expect(unplaced).toHaveLength(2);
  });
});

describe('anchorComment', () => {
  it('finds the text commented on, or stays at its place marked edited', () => {
    const texts = ['A.', 'B.', 'C.'];
    expect(anchorComment(comment(1, 'B.'), texts)).toEqual({ paragraph: 1, edited: false });
    expect(anchorComment(comment(0, 'C.'), texts)).toEqual({ paragraph: 2, edited: false });
    expect(anchorComment(comment(7, 'Gone.'), texts)).toEqual({ paragraph: 2, edited: true });
    expect(anchorComment(comment(0, 'A.'), [])).toBeNull();
  });
});

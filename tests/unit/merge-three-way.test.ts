import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Release, TiptapNode } from '@shared/domain';
import { conflictsOf, mergeReleases, settleMerge, allChoices } from '@shared/merge/release-merge';
import { mergeBlocks, settleBlocks, type Choice } from '@shared/merge/three-way';
import { emptyRelease } from '../fixtures/empty-release';

const id = (s: string) => s;
const merged = (base: string[], mine: string[], theirs: string[], choice: Choice = 'both') =>
  settleBlocks(mergeBlocks(base, mine, theirs, id), () => choice);

describe('mergeBlocks: paragraphs against their common ancestor', () => {
  it('merges edits of different paragraphs, even neighbouring ones', () => {
    const chunks = mergeBlocks(['A', 'B', 'C'], ['A*', 'B', 'C'], ['A', 'B*', 'C'], id);
    expect(chunks.every((c) => !c.conflict)).toBe(true);
    expect(merged(['A', 'B', 'C'], ['A*', 'B', 'C'], ['A', 'B*', 'C'])).toEqual(['A*', 'B*', 'C']);
  });

  it('keeps a paragraph one side inserted and one the other side deleted elsewhere', () => {
    expect(merged(['A', 'B', 'C', 'D'], ['A', 'new', 'B', 'C', 'D'], ['A', 'B', 'C'])).toEqual([
      'A',
      'new',
      'B',
      'C',
    ]);
  });

  it('makes the one paragraph both sides changed a conflict holding both texts', () => {
    const chunks = mergeBlocks(['A', 'B', 'C'], ['A', 'B mine', 'C'], ['A*', 'B theirs', 'C'], id);
    const conflicts = chunks.filter((c) => c.conflict);
    expect(conflicts).toEqual([
      { conflict: true, base: ['B'], mine: ['B mine'], theirs: ['B theirs'] },
    ]);
    expect(settleBlocks(chunks, () => 'mine')).toEqual(['A*', 'B mine', 'C']);
    expect(settleBlocks(chunks, () => 'theirs')).toEqual(['A*', 'B theirs', 'C']);
    expect(settleBlocks(chunks, () => 'both')).toEqual(['A*', 'B theirs', 'B mine', 'C']);
  });

  it('takes a change made identically on both sides once', () => {
    expect(merged(['A', 'B'], ['A', 'B!'], ['A', 'B!'])).toEqual(['A', 'B!']);
  });
});

const blocks = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 12 });

describe('mergeBlocks: properties', () => {
  it('a side left as the ancestor gives the other side', () => {
    fc.assert(
      fc.property(blocks, blocks, (base, other) => {
        expect(merged(base, base, other)).toEqual(other);
        expect(merged(base, other, base)).toEqual(other);
      }),
    );
  });

  it('merging a side with itself gives it back', () => {
    fc.assert(
      fc.property(blocks, blocks, (base, a) => {
        expect(merged(base, a, a)).toEqual(a);
      }),
    );
  });

  it('keeping both sides of every conflict loses no paragraph either side added', () => {
    fc.assert(
      fc.property(blocks, blocks, blocks, (base, mine, theirs) => {
        const out = merged(base, mine, theirs, 'both');
        const count = (list: string[], s: string) => list.filter((x) => x === s).length;
        for (const side of [mine, theirs]) {
          for (const block of new Set(side)) {
            const added = count(side, block) - count(base, block);
            if (added > 0) expect(count(out, block)).toBeGreaterThanOrEqual(added);
          }
        }
      }),
    );
  });
});

const paragraph = (text: string): TiptapNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
function withEnglish(
  release: Release,
  title: string,
  paragraphs: string[],
  tags: string[] = [],
): Release {
  return {
    ...release,
    tags,
    variants: {
      en: {
        ...release.variants.en!,
        title,
        body: { type: 'doc', content: paragraphs.map(paragraph) },
      },
    },
  };
}

describe('mergeReleases: two edited copies of one release', () => {
  const base = withEnglish(emptyRelease, 'Title', ['One.', 'Two.', 'Three.']);

  it('merges a title edited on one side with a paragraph and tags edited on the other', () => {
    const mine = withEnglish(base, 'Better title', ['One.', 'Two.', 'Three.']);
    const theirs = {
      ...withEnglish(base, 'Title', ['One.', 'Two, edited.', 'Three.'], ['t1']),
      rev: 2,
    };
    const merge = mergeReleases(base, mine, theirs);
    expect(conflictsOf(merge)).toEqual([]);
    const result = settleMerge(merge);
    expect(result.rev).toBe(2);
    expect(result.tags).toEqual(['t1']);
    expect(result.variants.en!.title).toBe('Better title');
    expect(result.variants.en!.body.content).toEqual(
      ['One.', 'Two, edited.', 'Three.'].map(paragraph),
    );
  });

  it('names each conflict and settles it by the choice made for it', () => {
    const mine = withEnglish(base, 'Mine', ['One.', 'Two mine.', 'Three.'], ['m']);
    const theirs = {
      ...withEnglish(base, 'Theirs', ['One.', 'Two theirs.', 'Three!'], ['t']),
      rev: 3,
    };
    const merge = mergeReleases(base, mine, theirs);
    expect(conflictsOf(merge).map((c) => c.id)).toEqual(['field:tags', 'title:en', 'body:en:0']);
    const result = settleMerge(merge, {
      'field:tags': 'theirs',
      'title:en': 'mine',
      'body:en:0': 'theirs',
    });
    expect(result.tags).toEqual(['t']);
    expect(result.variants.en!.title).toBe('Mine');
    expect(result.variants.en!.body.content).toEqual(
      ['One.', 'Two theirs.', 'Three!'].map(paragraph),
    );
    expect(settleMerge(merge, allChoices(merge, 'mine')).variants.en!.body.content).toEqual(
      ['One.', 'Two mine.', 'Three!'].map(paragraph),
    );
  });

  it('keeps a language version only mine added', () => {
    const mine: Release = {
      ...base,
      variants: { ...base.variants, ru: { ...base.variants.en!, lang: 'ru', title: 'Заголовок' } },
    };
    const result = settleMerge(mergeReleases(base, mine, { ...base, rev: 2 }));
    expect(result.variants.ru?.title).toBe('Заголовок');
  });
});

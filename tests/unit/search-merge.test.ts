import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import { LANGS } from '@shared/languages';
import { pickMerge, tierOf } from '../../src/main/search/merge-policy';
import { SearchIndex } from '../../src/main/search/search-index';
import { prng } from '../../bench/synthetic';
import { freshDemoContent } from '../fixtures';
import { useTempDirs } from './support/temp-dir';
import { withSourceText } from './support/release-builders';

const tempDir = useTempDirs();

describe('merge policy', () => {
  it('merges four adjacent segments of one tier, the smallest tier first', () => {
    const sizes = (...lives: number[]) => lives.map((live) => ({ releases: live, live }));
    expect(tierOf(1)).toBe(0);
    expect(tierOf(4)).toBe(1);
    expect(tierOf(4096)).toBe(6);
    expect(pickMerge(sizes(4096, 4096, 4096, 1, 1, 1))).toBeNull();
    expect(pickMerge(sizes(4096, 4096, 4096, 4096, 1, 1, 1, 1))).toEqual([4, 8]);
    expect(pickMerge(sizes(4096, 4096, 4096, 4096, 300))).toEqual([0, 4]);
  });

  it('rewrites a segment whose releases are mostly superseded', () => {
    expect(
      pickMerge([
        { releases: 100, live: 100 },
        { releases: 100, live: 40 },
      ]),
    ).toEqual([1, 2]);
  });

  it('bounds the number of segments even when tiers do not line up', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      releases: 4 ** (i % 5),
      live: 4 ** (i % 5),
    }));
    expect(pickMerge(many)).not.toBeNull();
  });
});

/** Variations of the demo releases under fresh ids, each with a word of its own. */
function variant(base: Release, n: number): Release {
  const word = `marker${n}`;
  return {
    ...withSourceText(base, `${word} ${base.variants[base.sourceLang]!.title}`, `${word} body`),
    id: `${base.id.slice(0, 40)}-${n}`,
  };
}

describe('SearchIndex through many flushes, merges, updates and removals', () => {
  it('answers exactly as an index built at once from the final releases', async () => {
    const { releases, vocabulary } = freshDemoContent();
    const random = prng(7);
    const index = await SearchIndex.open(await tempDir());
    index.setVocabulary(vocabulary);
    const library = new Map<string, Release>();
    for (let step = 0; step < 120; step += 1) {
      const n = Math.floor(random() * 40);
      const release = variant(releases[n % releases.length]!, n);
      const current = library.get(release.id);
      if (current && random() < 0.25) {
        library.delete(release.id);
        index.remove(release.id);
      } else {
        const next = { ...release, rev: (current?.rev ?? 0) + 1 };
        library.set(next.id, next);
        index.update(next);
      }
      // A flush every few steps makes many small segments, which the policy then merges.
      if (step % 3 === 0) await index.flush();
    }
    await index.idle();
    expect(index.getStats().segments).toBeLessThan(12);
    const files = await readdir(join(index.dir));
    expect(files.filter((f) => f.endsWith('.seg'))).toHaveLength(index.getStats().segments);

    const fresh = await SearchIndex.open(await tempDir());
    fresh.setVocabulary(vocabulary);
    await fresh.rebuild(library.values());
    const queries = ['marker1', 'marker17', 'ОДКБ', 'CSTO', 'дипломатия', 'ՀԱՊԿ', 'body', ''];
    for (const text of queries) {
      for (const langs of [undefined, [LANGS[0]!], ['en' as const]]) {
        const answer = async (i: SearchIndex) => {
          const result = await i.query({ text, langs, limit: 200 });
          return {
            total: result.total,
            hits: result.hits.map((h) => `${h.id}/${h.langs.join(',')}`).sort(),
          };
        };
        expect(await answer(index), `${text} ${langs ?? ''}`).toEqual(await answer(fresh));
      }
    }
    expect(index.getStats().releases).toBe(library.size);
    await index.close();
    await fresh.close();
  });
});

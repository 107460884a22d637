/**
 * The search index as part of the library: a save is found at once, a restart finds the same
 * without re-reading any release, and a lost search/ folder is rebuilt in the background with
 * progress the user can be shown.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchStatus } from '@shared/search-api';
import { Library } from '../../src/main/library/library';
import { freshDemoContent } from '../fixtures';
import { withSourceText } from './support/release-builders';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

async function ids(library: Library, text: string): Promise<string[]> {
  return (await library.searchReleases({ text, limit: 100 })).hits.map((hit) => hit.id).sort();
}

async function settled(library: Library): Promise<Library> {
  await library.verified();
  await library.searchCaughtUp();
  return library;
}

describe('the library keeps its search index in step', () => {
  it('finds a saved release at once, and stops finding what an edit removed', async () => {
    const library = await settled(await Library.open(await tempDir()));
    const created = await library.createRelease({
      kind: 'news',
      sourceLang: 'ru',
      date: '2024-07-10',
    });
    const saved = await library.saveRelease(
      withSourceText(created, 'Учения на Эльбрусе', 'Альпинисты поднялись на вершину.'),
    );
    // No flush, no wait: the index has it in memory.
    expect(await ids(library, 'эльбрус')).toEqual([saved.id]);
    expect(await ids(library, 'альпинистов')).toEqual([saved.id]);

    await library.saveRelease(withSourceText(saved, 'Учения в Бресте', 'Колонна прибыла.'));
    expect(await ids(library, 'эльбрус')).toEqual([]);
    expect(await ids(library, 'брест')).toEqual([saved.id]);

    await library.deleteRelease(saved.id);
    expect(await ids(library, 'брест')).toEqual([]);
    await library.close();
  });

  it('finds the same after a restart without re-indexing a release', async () => {
    const dir = await tempDir();
    const library = await settled(await Library.open(dir, { seed: () => freshDemoContent() }));
    expect(library.searchStatus()).toMatchObject({ state: 'ready', reindexed: 3, indexed: 3 });
    const before = await ids(library, 'Тасмагамбетова');
    expect(before).toEqual(['combat-brotherhood-2023']);
    await library.close();

    const reopened = await settled(await Library.open(dir));
    expect(reopened.searchStatus()).toMatchObject({
      state: 'ready',
      reindexed: 0,
      total: 0,
      indexed: 3,
      problems: [],
    });
    expect(await ids(reopened, 'Тасмагамбетова')).toEqual(before);
    await reopened.close();
  });

  it('rebuilds a deleted search folder in the background, reporting progress', async () => {
    const dir = await tempDir();
    const seeded = await settled(await Library.open(dir, { seed: () => freshDemoContent() }));
    for (let i = 0; i < 40; i += 1) {
      const release = await seeded.createRelease({
        kind: 'news',
        sourceLang: 'en',
        date: '2024-06-01',
      });
      await seeded.saveRelease(withSourceText(release, `Briefing number ${i}`, 'Routine.'));
    }
    await seeded.close();
    await rm(join(dir, 'search'), { recursive: true });

    const library = await Library.open(dir);
    const seen: SearchStatus[] = [library.searchStatus()];
    expect(seen[0]!.state).toBe('indexing');
    const caughtUp = library.searchCaughtUp();
    while (library.searchStatus().state === 'indexing') {
      seen.push(library.searchStatus());
      await new Promise((resolve) => setImmediate(resolve));
    }
    await caughtUp;
    const done = library.searchStatus();
    expect(done).toMatchObject({ state: 'ready', reindexed: 43, done: 43, total: 43, indexed: 43 });
    // Progress moved through the work, not from nothing to everything.
    expect(seen.some((s) => s.total === 43 && s.done > 0 && s.done < 43)).toBe(true);
    expect(await ids(library, 'briefing')).toHaveLength(40);
    expect(await ids(library, 'Тасмагамбетова')).toEqual(['combat-brotherhood-2023']);
    await library.close();
  });
});

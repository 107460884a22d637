import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Release } from '@shared/domain';
import {
  SearchIndex,
  type ReleaseSource,
  type SearchProblem,
} from '../../src/main/search/search-index';
import { freshDemoContent } from '../fixtures';
import { useTempDirs } from './support/temp-dir';
import { withSourceText } from './support/release-builders';

const tempDir = useTempDirs();

/** The library as the index sees it: ids, revs and releases, here a map. */
function sourceOf(library: Map<string, Release>): ReleaseSource {
  return {
    ids: () => library.keys(),
    rev: (id) => library.get(id)?.rev,
    load: async (id) => library.get(id) ?? null,
  };
}

async function openWith(dir: string, releases: readonly Release[]) {
  const problems: SearchProblem[] = [];
  const index = await SearchIndex.open(dir, { onProblem: (p) => problems.push(p) });
  for (const release of releases) index.update(release);
  return { index, problems };
}

const ids = async (index: SearchIndex, text: string) =>
  (await index.query({ text, limit: 50 })).hits.map((h) => `${h.id}/${h.lang}`).sort();

describe('SearchIndex on disk', () => {
  it('persists segments and finds the same after reopening, without reading a release', async () => {
    const dir = await tempDir();
    const { releases } = freshDemoContent();
    const { index } = await openWith(dir, releases);
    const before = await ids(index, 'ОДКБ');
    await index.close();
    const files = await readdir(join(dir, 'search'));
    expect(files).toContain('manifest.json');
    expect(files.filter((f) => f.endsWith('.seg'))).toHaveLength(1);

    const reopened = await SearchIndex.open(dir);
    expect(await ids(reopened, 'ОДКБ')).toEqual(before);
    expect(reopened.getStats()).toMatchObject({ releases: 3, versions: 11, pending: 0 });
    // Nothing to catch up with: every rev matches.
    const library = new Map(releases.map((r) => [r.id, r]));
    expect(await reopened.sync(sourceOf(library))).toEqual({ reindexed: 0, removed: 0 });
    await reopened.close();
  });

  it('writes an update within the flush delay, as a new segment beside the old ones', async () => {
    const dir = await tempDir();
    const [first, ...rest] = freshDemoContent().releases;
    const index = await SearchIndex.open(dir, { flushDelay: 10 });
    for (const release of rest) index.update(release);
    await index.flush();
    index.update(first!);
    await vi.waitFor(() => expect(index.getStats().pending).toBe(0));
    await index.idle();
    expect((await readdir(join(dir, 'search'))).filter((f) => f.endsWith('.seg'))).toHaveLength(2);
    expect(index.getStats().pending).toBe(0);
    await index.close();
  });

  it('catches up after a crash: what was only in memory is re-read from the library by sync', async () => {
    const dir = await tempDir();
    const { releases } = freshDemoContent();
    const library = new Map(releases.map((r) => [r.id, r]));
    const { index } = await openWith(dir, releases.slice(0, 1));
    await index.flush();
    for (const release of releases.slice(1)) index.update(release);
    // The process dies here: no flush, no close.

    const reopened = await SearchIndex.open(dir);
    expect(reopened.getStats().releases).toBe(1);
    const progress: number[] = [];
    expect(await reopened.sync(sourceOf(library), ({ done }) => progress.push(done))).toEqual({
      reindexed: 2,
      removed: 0,
    });
    expect(progress.at(-1)).toBe(2);
    expect(await ids(reopened, 'Sidorov')).toEqual(['combat-brotherhood-2023/en']);
    expect(await ids(reopened, 'аккредитации')).toEqual([
      'accreditation-combat-brotherhood-2023/ru',
    ]);
    await reopened.close();
    await index.close();
  });

  it('sync drops releases the library no longer has and re-reads those saved since', async () => {
    const dir = await tempDir();
    const { releases } = freshDemoContent();
    const { index } = await openWith(dir, releases);
    await index.close();
    const library = new Map(releases.map((r) => [r.id, r]));
    library.delete('diplomacy-school-2024');
    const full = library.get('combat-brotherhood-2023')!;
    library.set(full.id, {
      ...withSourceText(full, 'Renamed exercise', 'Peacekeepers trained.'),
      rev: full.rev + 1,
    });

    const reopened = await SearchIndex.open(dir);
    expect(await reopened.sync(sourceOf(library))).toEqual({ reindexed: 1, removed: 1 });
    expect(await ids(reopened, 'Peacekeepers')).toEqual(['combat-brotherhood-2023/en']);
    expect(await ids(reopened, 'дипломатия')).toEqual([]);
    await reopened.close();
  });

  it('drops a damaged segment, reports it, and sync rebuilds that part', async () => {
    const dir = await tempDir();
    const { releases } = freshDemoContent();
    const library = new Map(releases.map((r) => [r.id, r]));
    const { index } = await openWith(dir, releases.slice(0, 2));
    await index.flush();
    index.update(releases[2]!);
    await index.close();
    const segs = (await readdir(join(dir, 'search'))).filter((f) => f.endsWith('.seg')).sort();
    expect(segs).toHaveLength(2);
    const damaged = join(dir, 'search', segs[0]!);
    const bytes = await readFile(damaged);
    bytes[bytes.length - 3]! ^= 0xff;
    await writeFile(damaged, bytes);

    const { index: reopened, problems } = await openWith(dir, []);
    expect(problems).toEqual([
      {
        at: expect.any(String),
        file: segs[0],
        reason: `${segs[0]} fails its checksum; its releases are re-indexed`,
      },
    ]);
    expect(reopened.getStats().releases).toBe(1);
    expect(await readdir(join(dir, 'search'))).not.toContain(segs[0]);
    expect(await reopened.sync(sourceOf(library))).toEqual({ reindexed: 2, removed: 0 });
    expect(await ids(reopened, 'CSTO')).toHaveLength(3);
    await reopened.close();
  });

  it('treats a texts file of the wrong size as damage too', async () => {
    const dir = await tempDir();
    const { index } = await openWith(dir, freshDemoContent().releases);
    await index.close();
    const txt = (await readdir(join(dir, 'search'))).find((f) => f.endsWith('.txt'))!;
    await truncate(join(dir, 'search', txt), 10);
    const { index: reopened, problems } = await openWith(dir, []);
    expect(problems.map((p) => p.reason)).toEqual([expect.stringContaining('the segment expects')]);
    expect(reopened.getStats().releases).toBe(0);
    await reopened.close();
  });

  it('survives unreadable text under a hit: no snippet, a report, and the part re-indexed in the background', async () => {
    const dir = await tempDir();
    const { releases } = freshDemoContent();
    const library = new Map(releases.map((r) => [r.id, r]));
    const { index } = await openWith(dir, releases);
    await index.close();
    const txt = join(
      dir,
      'search',
      (await readdir(join(dir, 'search'))).find((f) => f.endsWith('.txt'))!,
    );
    await writeFile(txt, Buffer.alloc((await stat(txt)).size, 0x7b));

    const { index: reopened, problems } = await openWith(dir, []);
    await reopened.sync(sourceOf(library));
    const [hit] = (await reopened.query({ text: 'Sidorov' })).hits;
    expect(hit).toMatchObject({
      id: 'combat-brotherhood-2023',
      snippet: { text: '', highlights: [] },
    });
    expect(problems.map((p) => p.reason)).toEqual([expect.stringContaining('unreadable text')]);
    await vi.waitFor(async () => {
      const [healed] = (await reopened.query({ text: 'Sidorov' })).hits;
      expect(healed!.snippet.text).toContain('Sidorov');
    });
    await reopened.close();
  });

  it('starts empty on a damaged manifest and removes files it does not name', async () => {
    const dir = await tempDir();
    const { index } = await openWith(dir, freshDemoContent().releases);
    await index.close();
    await writeFile(join(dir, 'search', 'manifest.json'), '{"format":1,"segm');
    await writeFile(join(dir, 'search', '.s00000099.seg.ab12cd34.tmp'), 'half written');
    const { index: reopened, problems } = await openWith(dir, []);
    expect(problems.map((p) => p.file)).toEqual(['manifest.json']);
    expect(reopened.getStats().releases).toBe(0);
    expect(await readdir(join(dir, 'search'))).toEqual(['manifest.json']);
    await reopened.close();
  });

  it('rebuilds an index written in another format rather than reading it', async () => {
    const dir = await tempDir();
    const { index } = await openWith(dir, freshDemoContent().releases);
    await index.close();
    await writeFile(
      join(dir, 'search', 'manifest.json'),
      JSON.stringify({ format: 99, segments: [], next: 1 }),
    );
    const { index: reopened, problems } = await openWith(dir, []);
    expect(problems.map((p) => p.reason)).toEqual([
      'the index is of format 99, this app writes 1; the index is rebuilt',
    ]);
    expect(reopened.getStats().releases).toBe(0);
    await reopened.close();
  });

  it('rebuilds from scratch with progress', async () => {
    const dir = await tempDir();
    const { releases } = freshDemoContent();
    const { index } = await openWith(dir, releases.slice(0, 1));
    await index.flush();
    const seen: number[] = [];
    await index.rebuild(releases.slice(1), ({ done }) => seen.push(done), 2);
    expect(seen).toEqual([1, 2]);
    expect(index.getStats()).toMatchObject({ releases: 2, segments: 1 });
    expect(await ids(index, 'дипломатия')).toEqual([]);
    expect(await ids(index, 'Sidorov')).toEqual(['combat-brotherhood-2023/en']);
    await index.close();
  });
});

/**
 * npm run bench:store — the library store against a naive single-file lowdb, same run.
 *
 * Per size: median/p95 of saving one edited release, cold open to a listed first page, and
 * the background check of every file; then the same save into one lowdb db.json holding
 * the whole library, as a ratio. BENCH_SIZES=1000,10000 narrows the run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Release } from '@shared/domain';
import { Library } from '../src/main/library/library';
import { median, ms, percentile, timed } from './stats';
import { buildLibrary } from './synthetic-library';
import { prng, SYNTHETIC_AT, syntheticRelease } from './synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const SAVES = 200;
const NAIVE_SAVES = 5;

function edit(release: Release, n: number): Release {
  const en = release.variants.en!;
  return { ...release, variants: { ...release.variants, en: { ...en, title: `${en.title} edit ${n}` } } };
}

async function measureLibrary(dir: string, size: number) {
  const opens: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const [library, took] = await timed(async () => {
      const lib = await Library.open(dir);
      await lib.listReleases({ limit: 100 });
      return lib;
    });
    opens.push(took);
    await library.close();
  }
  const library = await Library.open(dir);
  const [, verifyTook] = await timed(() => library.verified());
  // Saves are timed once the search index has caught up, as they are in daily use.
  const [, searchTook] = await timed(() => library.searchCaughtUp());
  const random = prng(size);
  const saves: number[] = [];
  for (let n = 0; n < SAVES; n += 1) {
    const id = `bench-${String(Math.floor(random() * size)).padStart(6, '0')}`;
    const release = edit(await library.getRelease(id), n);
    const [, took] = await timed(() => library.saveRelease(release));
    saves.push(took);
  }
  await library.close();
  return { opens, verifyTook, searchTook, saves };
}

/** The design this store replaces: every release in one lowdb JSON file. */
async function measureNaive(dir: string, size: number): Promise<number[] | string> {
  const releases = Array.from({ length: size }, (_, i) => syntheticRelease(i, SYNTHETIC_AT));
  const db = new Low(new JSONFile<{ releases: Release[] }>(join(dir, 'db.json')), { releases });
  try {
    await db.write();
    const saves: number[] = [];
    for (let n = 0; n < NAIVE_SAVES; n += 1) {
      db.data.releases[n] = edit(db.data.releases[n]!, n);
      saves.push((await timed(() => db.write()))[1]);
    }
    return saves;
  } catch (error) {
    return `cannot be written (${(error as Error).name}: ${(error as Error).message})`;
  }
}

console.log(`bench:store — ${SAVES} saves per size; naive = one lowdb db.json, ${NAIVE_SAVES} saves`);
for (const size of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), `press-office-bench-${size}-`));
  try {
    const [, buildTook] = await timed(() => buildLibrary(dir, size));
    const { opens, verifyTook, searchTook, saves } = await measureLibrary(dir, size);
    const naiveDir = await mkdtemp(join(tmpdir(), 'press-office-naive-'));
    const naive = size <= 10_000 ? await measureNaive(naiveDir, size) : 'not attempted (past V8’s string limit)';
    await rm(naiveDir, { recursive: true, force: true });
    const saveMedian = median(saves);
    console.log(`\n${size} releases × 7 languages (built in ${(buildTook / 1000).toFixed(1)} s)`);
    console.log(`  save one release      median ${ms(saveMedian)}   p95 ${ms(percentile(saves, 95))}`);
    console.log(`  cold open → listed    median ${ms(median(opens))}   max ${ms(Math.max(...opens))}`);
    console.log(`  background file check ${ms(verifyTook)}`);
    console.log(`  search index catch-up ${ms(searchTook)}`);
    if (typeof naive === 'string') {
      console.log(`  naive db.json save    ${naive}`);
    } else {
      const naiveMedian = median(naive);
      console.log(`  naive db.json save    median ${ms(naiveMedian)}   → store is ${(naiveMedian / saveMedian).toFixed(0)}× faster`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * npm run bench:store — saves as a person makes them, through the real transport.
 *
 * A library of the realistic corpus (bench/corpus) is opened by a fresh host process (the
 * loopback HTTP host the e2e tests use: validation, transport, the store, the search index).
 * Start-up is timed from spawning the process to the first `releases.list` answered, once on
 * the first open (no search index yet, so the index catches up in the background) and once on
 * the usual open (index present). After each start, releases are saved 100–300 ms apart, for
 * long enough that the index flushes and merges. At the same moments, in this process, the
 * same release is written by the two baselines: the raw durable write (temp file, fsync,
 * rename, fsync of the folder) and SQLite (`node:sqlite`, WAL, synchronous=FULL, one row per
 * release). Bytes written come from /proc/<pid>/io, RSS from /proc/<pid>/status.
 * The page cache is not dropped (that needs root and slows every other process on the
 * machine), so both starts read warm files. Size: `-- --size 50000` or BENCH_SIZE.
 */
import { mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { SCHEMA_VERSION, type Release } from '@shared/domain';
import { corpusRelease, corpusSize } from './corpus/corpus';
import { prng } from './corpus/random';
import { residentBytes, startBenchHost, writeBytes, type BenchHost } from './host-process';
import { median, ms, percentile } from './stats';
import { buildLibrary } from './synthetic-library';

const SIZE = corpusSize();
const SAVES_PER_PHASE = Number(process.env.BENCH_SAVES ?? 120);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function edit(release: Release, n: number): Release {
  const en = release.variants.en!;
  return { ...release, variants: { ...release.variants, en: { ...en, title: `${en.title} edit ${n}` } } };
}

/** The least a durable save can cost: the file written, synced, renamed into place, its folder synced. */
async function rawDurableWrite(dir: string, release: Release): Promise<void> {
  const path = join(dir, `${release.id}.json`);
  const handle = await open(`${path}.tmp`, 'w');
  await handle.writeFile(JSON.stringify({ schemaVersion: SCHEMA_VERSION, release }));
  await handle.sync();
  await handle.close();
  await rename(`${path}.tmp`, path);
  const folder = await open(dir, 'r');
  await folder.sync();
  await folder.close();
}

function openSqlite(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  db.exec('CREATE TABLE IF NOT EXISTS releases (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
  return db;
}

interface Phase {
  startMs: number;
  saves: number[];
  raw: number[];
  sqlite: number[];
  hostBytes: number;
  rawBytes: number;
  sqliteBytes: number;
  hostRss: number;
  load: [string, string];
}

async function timeStart(libraryDir: string): Promise<[BenchHost, number]> {
  const start = performance.now();
  const host = await startBenchHost(libraryDir);
  await host.call('releases.list', { limit: 100 });
  return [host, performance.now() - start];
}

async function phase(libraryDir: string, rawDir: string, db: DatabaseSync, seed: number): Promise<Phase> {
  const loadBefore = loadavg();
  const [host, startMs] = await timeStart(libraryDir);
  const hostBytesBefore = writeBytes(host.pid);
  const upsert = db.prepare('INSERT INTO releases (id, json) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json');
  const random = prng(seed);
  const result = { saves: [] as number[], raw: [] as number[], sqlite: [] as number[], rawBytes: 0, sqliteBytes: 0 };
  for (let n = 0; n < SAVES_PER_PHASE; n += 1) {
    await sleep(100 + Math.floor(random() * 200));
    const id = `bench-${String(Math.floor(random() * SIZE)).padStart(6, '0')}`;
    const release = edit(await host.call('releases.get', { id }), n);
    let start = performance.now();
    const saved = await host.call('releases.save', { release });
    result.saves.push(performance.now() - start);

    let bytes = writeBytes('self');
    start = performance.now();
    await rawDurableWrite(rawDir, saved);
    result.raw.push(performance.now() - start);
    result.rawBytes += writeBytes('self') - bytes;

    bytes = writeBytes('self');
    start = performance.now();
    upsert.run(saved.id, JSON.stringify(saved));
    result.sqlite.push(performance.now() - start);
    result.sqliteBytes += writeBytes('self') - bytes;
  }
  const hostBytes = writeBytes(host.pid) - hostBytesBefore;
  const hostRss = residentBytes(host.pid);
  await host.stop();
  return { startMs, hostBytes, hostRss, load: [loadBefore, loadavg()], ...result };
}

function line(label: string, samples: number[], base?: number[]): string {
  const p95 = percentile(samples, 95);
  const against = base ? `   p95 ${(p95 / percentile(base, 95)).toFixed(1)}× the raw write's` : '';
  return `  ${label.padEnd(22)} p50 ${ms(median(samples)).padStart(9)}   p95 ${ms(p95).padStart(9)}   max ${ms(Math.max(...samples)).padStart(9)}${against}`;
}

function report(title: string, p: Phase): void {
  console.log(`\n${title}: start to first list answered ${ms(p.startMs)}; load ${p.load[0]} → ${p.load[1]}`);
  console.log(line('save via host', p.saves, p.raw));
  console.log(line('raw durable write', p.raw));
  console.log(line('SQLite (WAL, FULL)', p.sqlite, p.raw));
  console.log(
    `  bytes written: host ${mb(p.hostBytes)}, raw ${mb(p.rawBytes)}, SQLite ${mb(p.sqliteBytes)}   host RSS at the end ${mb(p.hostRss)}`,
  );
}

console.log(`bench:store — ${SIZE} releases × 7 languages (bench/corpus), ${SAVES_PER_PHASE} saves 100–300 ms apart per phase; load ${loadavg()}`);
const root = await mkdtemp(join(tmpdir(), `press-office-store-${SIZE}-`));
try {
  const libraryDir = join(root, 'library');
  const rawDir = join(root, 'raw');
  await mkdir(rawDir);
  const db = openSqlite(join(root, 'releases.sqlite'));
  const insert = db.prepare('INSERT INTO releases (id, json) VALUES (?, ?)');
  db.exec('BEGIN');
  const built = performance.now();
  await buildLibrary(libraryDir, SIZE, (index) => {
    const release = corpusRelease(index);
    insert.run(release.id, JSON.stringify(release));
    return release;
  });
  db.exec('COMMIT');
  console.log(`library and SQLite copy built in ${((performance.now() - built) / 1000).toFixed(0)} s (not measured)`);

  report('First open (no search index yet: saves run during its catch-up)', await phase(libraryDir, rawDir, db, 1));
  report('Usual open (search index present)', await phase(libraryDir, rawDir, db, 2));
  db.close();
} finally {
  await rm(root, { recursive: true, force: true });
}

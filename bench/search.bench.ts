/**
 * npm run bench:search — the persistent search index on the realistic corpus (bench/corpus),
 * against a linear scan that finds the same hits, with minisearch and flexsearch as peers.
 *
 * The scan reads each version's analysed terms (the index's own analysis, kept as one UTF-8
 * buffer per version outside the JS heap) and applies the index's query plan: a clause is met
 * by an exact term or, where the plan says so, by a term starting with the word. Before any
 * ratio is printed, every query's full hit set from the index is checked against the scan's;
 * a query whose sets differ is reported and gets no ratio, and the run exits non-zero.
 * The peers index the same versions (one document per version) with their usual settings;
 * their hit counts differ because their analysis differs, and are printed for that reason.
 * Size: `npm run bench:search -- --size 50000` or BENCH_SIZE (default 10,000).
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Release } from '@shared/domain';
import { LANGS } from '@shared/languages';
import type { SearchQuery } from '@shared/search/query';
import { versionText } from '@shared/text/doc-text';
import { analyzeRelease } from '../src/main/search/analyze';
import { planQuery } from '../src/main/search/query-plan';
import { SearchIndex } from '../src/main/search/search-index';
import { corpus, corpusRelease, corpusSize } from './corpus/corpus';
import { median, ms, percentile, timed } from './stats';

const SIZE = corpusSize();
const QUERY_RUNS = 20;
/** Runs before measuring, so that the JIT has compiled the query's path. */
const WARM_UP_RUNS = 3;
const SCAN_RUNS = 3;
const PAGE = 200;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const words = (lang: keyof ReturnType<typeof corpus>) => corpus()[lang].words;
/** Queries at several word ranks: common, middling and rare words, names, numbers, prefixes. */
const QUERIES: Array<{ label: string; query: SearchQuery }> = [
  { label: 'ru, topic word', query: { text: `${words('ru')[26]} ` } },
  { label: 'ru, mid-rank word', query: { text: `${words('ru')[600]} ` } },
  { label: 'ru, two words', query: { text: `${words('ru')[150]} ${words('ru')[40]} ` } },
  { label: 'en, rare word', query: { text: `${words('en')[5000]} ` } },
  { label: 'en, mid + common', query: { text: `${words('en')[300]} ${words('en')[30]} ` } },
  { label: 'hy, mid-rank word', query: { text: `${words('hy')[400]} ` } },
  { label: 'kk, prefix (typing)', query: { text: words('kk')[250]!.slice(0, 4) } },
  { label: 'ru, prefix (typing)', query: { text: 'брига' } },
  { label: 'name', query: { text: 'Саргсян ' } },
  { label: 'number', query: { text: '1999 ' } },
  {
    label: 'en + kind, lang, dates',
    query: { text: `${words('en')[200]} `, kinds: ['press-release'], langs: ['en'], from: '2015-01-01', to: '2019-12-31' },
  },
  {
    label: 'ru + langs, status',
    query: { text: `${words('kk')[120]} `, langs: ['kk', 'ky'], statuses: ['draft'] },
  },
];

function memoryHeld(): number {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function rss(): number {
  gc();
  return process.memoryUsage().rss;
}

/** Runs `make` over every release of the corpus, timing only `add` (making releases is not measured). */
async function feed(add: (release: Release) => void | Promise<void>): Promise<number> {
  let took = 0;
  for (let i = 0; i < SIZE; i += 1) {
    const release = corpusRelease(i);
    const start = performance.now();
    await add(release);
    took += performance.now() - start;
  }
  return took;
}

async function timeRuns(runs: number, run: () => Promise<unknown> | unknown): Promise<number[]> {
  for (let i = 0; i < WARM_UP_RUNS; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(async () => run()))[1]);
  return times;
}

interface Measured {
  name: string;
  buildMs: number;
  rssBytes: number;
  heldBytes: number;
  queries: Array<{ hits: number; times: number[] }>;
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

/** The index's full hit set for a query, page by page (not timed). */
async function indexHitIds(index: SearchIndex, query: SearchQuery): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const { total, hits } = await index.query({ ...query, offset, limit: PAGE });
    for (const hit of hits) ids.add(hit.id);
    if (offset + PAGE >= total) return ids;
  }
}

async function measureIndex(dir: string) {
  const rssBefore = rss();
  const heldBefore = memoryHeld();
  const index = await SearchIndex.open(dir);
  let making = 0;
  const [, total] = await timed(async () => {
    await index.rebuild(
      (function* () {
        for (let i = 0; i < SIZE; i += 1) {
          const start = performance.now();
          const release = corpusRelease(i);
          making += performance.now() - start;
          yield release;
        }
      })(),
    );
    await index.idle();
  });
  await index.close();
  const diskBytes = await folderSize(join(dir, 'search'));
  const [opened, openMs] = await timed(() => SearchIndex.open(dir));
  const queries = [];
  for (const { query } of QUERIES) {
    let hits = 0;
    const times = await timeRuns(QUERY_RUNS, async () => {
      hits = (await opened.query(query)).total;
    });
    queries.push({ hits, times });
  }
  const measured: Measured = {
    name: 'our index',
    buildMs: total - making,
    rssBytes: rss() - rssBefore,
    heldBytes: memoryHeld() - heldBefore,
    queries,
  };
  const hitSets = [];
  for (const { query } of QUERIES) hitSets.push(await indexHitIds(opened, query));
  await opened.close();
  return { measured, diskBytes, openMs, hitSets };
}

/** A version as the scan reads it: its distinct terms, each between newlines. */
interface ScanDoc {
  lang: string;
  status: string;
  terms: Buffer;
}
interface ScanRelease {
  id: string;
  kind: string;
  date: string;
  docs: ScanDoc[];
}

function scan(releases: readonly ScanRelease[], query: SearchQuery): Set<string> {
  const clauses = planQuery(query.text, null).map((clause) => ({
    exact: clause.exact.map((term) => Buffer.from(`\n${term}\n`)),
    prefix: clause.prefix === null ? null : Buffer.from(`\n${clause.prefix}`),
  }));
  const found = new Set<string>();
  for (const release of releases) {
    if (
      (query.kinds && !query.kinds.includes(release.kind as never)) ||
      (query.from && release.date < query.from) ||
      (query.to && release.date > query.to)
    )
      continue;
    const hit = release.docs.some(
      (doc) =>
        (!query.langs || query.langs.includes(doc.lang as never)) &&
        (!query.statuses || query.statuses.includes(doc.status as never)) &&
        clauses.every(
          (clause) =>
            clause.exact.some((term) => doc.terms.includes(term)) ||
            (clause.prefix !== null && doc.terms.includes(clause.prefix)),
        ),
    );
    if (hit) found.add(release.id);
  }
  return found;
}

async function measureScan() {
  const rssBefore = rss();
  const heldBefore = memoryHeld();
  const releases: ScanRelease[] = [];
  const buildMs = await feed((release) => {
    const analyzed = analyzeRelease(release);
    releases.push({
      id: analyzed.id,
      kind: analyzed.kind,
      date: analyzed.date,
      docs: analyzed.docs.map((doc) => ({
        lang: doc.lang,
        status: doc.status,
        terms: Buffer.from(`\n${[...doc.terms.keys()].join('\n')}\n`),
      })),
    });
  });
  const queries = [];
  const hitSets = [];
  for (const { query } of QUERIES) {
    let found = new Set<string>();
    const times = await timeRuns(SCAN_RUNS, () => {
      found = scan(releases, query);
    });
    queries.push({ hits: found.size, times });
    hitSets.push(found);
  }
  const measured: Measured = {
    name: 'linear scan',
    buildMs,
    rssBytes: rss() - rssBefore,
    heldBytes: memoryHeld() - heldBefore,
    queries,
  };
  return { measured, hitSets };
}

/** One document per version, as our index has; the text is the version's title, lead and body. */
function versionDocs(release: Release) {
  return LANGS.flatMap((lang) => {
    const variant = release.variants[lang];
    if (!variant) return [];
    const { title, lead, body } = versionText(variant);
    return [{ id: `${release.id}:${lang}`, text: [title, lead, ...body].join('\n') }];
  });
}

const releaseOf = (docId: string | number) => String(docId).split(':')[0]!;

async function measureMiniSearch(): Promise<Measured> {
  const rssBefore = rss();
  const heldBefore = memoryHeld();
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  const buildMs = await feed((release) => mini.addAll(versionDocs(release)));
  const queries = [];
  for (const { query } of QUERIES) {
    const typing = !query.text.endsWith(' ');
    let hits = 0;
    const times = await timeRuns(QUERY_RUNS, () => {
      const results = mini.search(query.text, { combineWith: 'AND', prefix: typing });
      hits = new Set(results.map((result) => releaseOf(result.id))).size;
    });
    queries.push({ hits, times });
  }
  return { name: 'minisearch', buildMs, rssBytes: rss() - rssBefore, heldBytes: memoryHeld() - heldBefore, queries };
}

async function measureFlexSearch(): Promise<Measured> {
  const rssBefore = rss();
  const heldBefore = memoryHeld();
  const flex = new FlexSearch.Index({ tokenize: 'forward' });
  const buildMs = await feed((release) => {
    for (const doc of versionDocs(release)) flex.add(doc.id, doc.text);
  });
  const queries = [];
  for (const { query } of QUERIES) {
    let hits = 0;
    const times = await timeRuns(QUERY_RUNS, () => {
      const ids = flex.search(query.text.trim(), { limit: SIZE * LANGS.length });
      hits = new Set((ids as Array<string | number>).map(releaseOf)).size;
    });
    queries.push({ hits, times });
  }
  return { name: 'flexsearch', buildMs, rssBytes: rss() - rssBefore, heldBytes: memoryHeld() - heldBefore, queries };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(value / base < 10 ? 2 : 0)}×`;

function difference(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const id of a) if (!b.has(id)) count += 1;
  return count;
}

console.log(`bench:search — ${SIZE} releases × 7 languages (bench/corpus); load average at start ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}`);
const dir = await mkdtemp(join(tmpdir(), `press-office-search-${SIZE}-`));
try {
  const ours = await measureIndex(dir);
  const scanned = await measureScan();
  const mini = await measureMiniSearch();
  const flex = await measureFlexSearch();
  const all = [scanned.measured, ours.measured, mini, flex];

  let mismatches = 0;
  console.log('\nSame hits: the index against the scan, every query, full hit sets');
  QUERIES.forEach(({ label }, q) => {
    const index = ours.hitSets[q]!;
    const scan = scanned.hitSets[q]!;
    const onlyIndex = difference(index, scan);
    const onlyScan = difference(scan, index);
    const same = onlyIndex === 0 && onlyScan === 0;
    if (!same) mismatches += 1;
    console.log(
      `  ${label.padEnd(24)} ${same ? 'same' : 'DIFFER'} ${String(index.size).padStart(6)} hits${same ? '' : ` (${onlyIndex} only in the index, ${onlyScan} only in the scan)`}`,
    );
  });

  const base = scanned.measured;
  console.log(`\nOur index on disk ${mb(ours.diskBytes)}; cold open ${ms(ours.openMs)}`);
  console.log(`\n${''.padEnd(14)} ${'build'.padStart(9)} ${'×scan'.padStart(7)} ${'RSS +'.padStart(8)} ${'held'.padStart(8)} ${'×scan'.padStart(7)}`);
  for (const m of all)
    console.log(
      `  ${m.name.padEnd(12)} ${`${(m.buildMs / 1000).toFixed(1)} s`.padStart(9)} ${ratio(m.buildMs, base.buildMs).padStart(7)} ${mb(m.rssBytes).padStart(8)} ${mb(m.heldBytes).padStart(8)} ${ratio(m.heldBytes, base.heldBytes).padStart(7)}`,
    );

  console.log('\nQuery p50 / p95 (hits); ratio = scan p50 ÷ p50 (printed only where the index and the scan found the same hits)');
  console.log(`  ${'query'.padEnd(24)} ${all.map((m) => m.name.padStart(30)).join('')}`);
  QUERIES.forEach(({ label }, q) => {
    const same = difference(ours.hitSets[q]!, scanned.hitSets[q]!) === 0 && difference(scanned.hitSets[q]!, ours.hitSets[q]!) === 0;
    const scanP50 = median(base.queries[q]!.times);
    const cells = all.map((m) => {
      const { hits, times } = m.queries[q]!;
      const p50 = median(times);
      const shown = m === base ? '' : same ? ` ${ratio(scanP50, p50)}` : ' —';
      return `${ms(p50)}/${ms(percentile(times, 95))} (${hits})${shown}`.padStart(30);
    });
    console.log(`  ${label.padEnd(24)} ${cells.join('')}`);
  });
  for (const m of all) {
    const p95s = m.queries.map((query) => percentile(query.times, 95));
    console.log(`  worst p95, ${m.name.padEnd(12)} ${ms(Math.max(...p95s))}`);
  }
  console.log(`\nload average at end ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}`);
  if (mismatches > 0) {
    console.error(`\n${mismatches} queries found different hits in the index and the scan: their ratios are not printed.`);
    process.exitCode = 1;
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

/**
 * npm run bench:search — the persistent search index against a linear scan of the same texts.
 *
 * Per size: time and memory to build the index from scratch (rebuild), its size on disk, cold
 * open, the incremental update of one saved release (in memory, and persisted by a flush),
 * then median/p95 latency of ten queries next to a linear scan of the same folded texts in
 * the same run (Buffer.includes over each version's UTF-8 text: the texts live outside the JS
 * heap so that 50,000 × 7 versions fit), as a ratio. BENCH_SIZES=10000 narrows the run.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Release } from '@shared/domain';
import { LANGS } from '@shared/languages';
import type { SearchQuery } from '@shared/search/query';
import { versionText } from '@shared/text/doc-text';
import { fold } from '@shared/text/fold';
import { SearchIndex } from '../src/main/search/search-index';
import { median, ms, percentile, timed } from './stats';
import { prng, SYNTHETIC_AT, syntheticRelease } from './synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '10000,50000').split(',').map(Number);
const UPDATES = 200;
const FLUSHES = 20;
const QUERY_RUNS = 20;
/** Runs before measuring, so that the JIT has compiled the query's path. */
const WARM_UP_RUNS = 3;
const SCAN_RUNS = 3;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const QUERIES: Array<{ label: string; query: SearchQuery }> = [
  { label: 'Cyrillic, a word form', query: { text: 'учения ' } },
  { label: 'Cyrillic, two words', query: { text: 'совместное командование ' } },
  { label: 'Latin', query: { text: 'ceremony ' } },
  { label: 'Latin, rare + common', query: { text: 'brigade 4321 ' } },
  { label: 'Armenian', query: { text: 'զորավարժություն ' } },
  { label: 'Armenian prefix', query: { text: 'անվտանգ' } },
  { label: 'Cyrillic prefix (typing)', query: { text: 'брига' } },
  { label: 'Kazakh', query: { text: 'қауіпсіздік ' } },
  {
    label: 'Latin + kind, lang, dates',
    query: {
      text: 'security ',
      kinds: ['press-release'],
      langs: ['en'],
      from: '2015-01-01',
      to: '2019-12-31',
    },
  },
  {
    label: 'Cyrillic + lang, status',
    query: { text: 'штаб ', langs: ['kk', 'ky'], statuses: ['draft'] },
  },
];

/** A release as the scan reads it: its versions' folded texts in one buffer (few objects for the GC). */
interface ScanRelease {
  kind: string;
  date: string;
  text: Buffer;
  docs: Array<{ lang: string; status: string; start: number; end: number }>;
}

function scanEntry(release: Release): ScanRelease {
  const docs: ScanRelease['docs'] = [];
  const parts: Buffer[] = [];
  let at = 0;
  for (const lang of LANGS) {
    const variant = release.variants[lang];
    if (!variant) continue;
    const { title, lead, body } = versionText(variant);
    const bytes = Buffer.from(fold([title, lead, ...body].join('\n')));
    parts.push(bytes);
    docs.push({ lang, status: variant.status, start: at, end: at + bytes.length });
    at += bytes.length;
  }
  return { kind: release.kind, date: release.date, text: Buffer.concat(parts), docs };
}

/**
 * Releases with a version holding every word of the query as a substring, filters applied.
 * Every version is checked, as the index does: a hit names the versions that matched.
 */
function scan(
  corpus: readonly ScanRelease[],
  { text, kinds, langs, statuses, from, to }: SearchQuery,
): number {
  const needles = fold(text)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => Buffer.from(word));
  let found = 0;
  for (const release of corpus) {
    if (
      (kinds && !kinds.includes(release.kind as never)) ||
      (from && release.date < from) ||
      (to && release.date > to)
    )
      continue;
    let versions = 0;
    for (const doc of release.docs) {
      if (
        (langs && !langs.includes(doc.lang as never)) ||
        (statuses && !statuses.includes(doc.status as never))
      )
        continue;
      const version = release.text.subarray(doc.start, doc.end);
      if (needles.every((needle) => version.includes(needle))) versions += 1;
    }
    if (versions > 0) found += 1;
  }
  return found;
}

function edit(release: Release, n: number): Release {
  const en = release.variants.en!;
  const ru = release.variants.ru!;
  return {
    ...release,
    rev: release.rev + n + 1,
    variants: {
      ...release.variants,
      en: { ...en, title: `${en.title} edit ${n}` },
      ru: { ...ru, lead: `${ru.lead} правка ${n}` },
    },
  };
}

function heapAndBuffers(): number {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log(
  `bench:search — ${QUERY_RUNS} runs per query after ${WARM_UP_RUNS} to warm up, scan ${SCAN_RUNS} runs; synthetic releases × 7 languages`,
);
interface QueryTiming {
  total: number;
  times: number[];
}

/** Builds the index from scratch and measures it; the scan's texts are not in memory yet. */
async function measureIndex(dir: string, size: number) {
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  // Time spent making the synthetic releases, taken off the build time.
  let making = 0;
  const index = await SearchIndex.open(dir);
  const [, buildAndMaking] = await timed(() =>
    index.rebuild(
      (function* () {
        for (let i = 0; i < size; i += 1) {
          const start = performance.now();
          const release = syntheticRelease(i, SYNTHETIC_AT);
          making += performance.now() - start;
          if (i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
          yield release;
        }
      })(),
    ),
  );
  await index.idle();
  const built = {
    ...index.getStats(),
    took: buildAndMaking - making,
    peakRss: peakRss - rssBefore,
  };
  await index.close();
  const diskBytes = await folderSize(join(dir, 'search'));

  // Cold open: a fresh SearchIndex over the files, as at app start.
  const baseline = heapAndBuffers();
  const [opened, openTook] = await timed(() => SearchIndex.open(dir));
  const [, firstQueryTook] = await timed(() => opened.query(QUERIES[0]!.query));
  const openMemory = heapAndBuffers() - baseline;

  const random = prng(size);
  const updates: number[] = [];
  for (let n = 0; n < UPDATES; n += 1) {
    const release = edit(syntheticRelease(Math.floor(random() * size), SYNTHETIC_AT), n);
    const start = performance.now();
    opened.update(release);
    updates.push(performance.now() - start);
  }
  await opened.flush();
  const flushes: number[] = [];
  for (let n = 0; n < FLUSHES; n += 1) {
    const release = edit(syntheticRelease(Math.floor(random() * size), SYNTHETIC_AT), UPDATES + n);
    const [, took] = await timed(async () => {
      opened.update(release);
      await opened.flush();
    });
    flushes.push(took);
  }
  await opened.idle();

  const queries: QueryTiming[] = [];
  for (const { query } of QUERIES) {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < WARM_UP_RUNS; run += 1) await opened.query(query);
    for (let run = 0; run < QUERY_RUNS; run += 1) {
      const [result, took] = await timed(() => opened.query(query));
      times.push(took);
      total = result.total;
    }
    queries.push({ total, times });
  }
  await opened.close();
  return {
    built,
    diskBytes,
    openTook,
    firstQueryTook,
    openMemory,
    updates,
    flushes,
    queries,
  };
}

/** The same releases' texts, folded, and the same queries run as a linear scan over them. */
function measureScan(size: number) {
  const corpus: ScanRelease[] = [];
  for (let i = 0; i < size; i += 1) corpus.push(scanEntry(syntheticRelease(i, SYNTHETIC_AT)));
  return QUERIES.map(({ query }) => {
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run < SCAN_RUNS; run += 1) {
      const start = performance.now();
      found = scan(corpus, query);
      times.push(performance.now() - start);
    }
    return { found, times };
  });
}

for (const size of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), `press-office-search-${size}-`));
  try {
    const m = await measureIndex(dir, size);
    const scans = measureScan(size);
    console.log(`\n${size} releases × 7 languages`);
    console.log(
      `  build (rebuild)       ${(m.built.took / 1000).toFixed(1)} s   peak RSS +${mb(m.built.peakRss)} while building`,
    );
    console.log(
      `  on disk               ${mb(m.diskBytes)} (${m.built.segments} segments; the .seg files, ${mb(m.built.segmentBytes)}, are what open reads)`,
    );
    console.log(
      `  cold open             ${ms(m.openTook)}   first query ${ms(m.firstQueryTook)}   memory of the open index ${mb(m.openMemory)}`,
    );
    console.log(
      `  update one release    median ${ms(median(m.updates))}   p95 ${ms(percentile(m.updates, 95))}   (in memory: what a save waits for)`,
    );
    console.log(
      `  update + flush        median ${ms(median(m.flushes))}   p95 ${ms(percentile(m.flushes, 95))}   (persisted durably, in the background)`,
    );
    console.log(
      `  ${'query'.padEnd(28)} ${'hits'.padStart(6)}  ${'median'.padStart(9)} ${'p95'.padStart(9)}   ${'scan'.padStart(9)}   ratio`,
    );
    QUERIES.forEach(({ label }, q) => {
      const { total, times } = m.queries[q]!;
      const scanned = scans[q]!;
      const ratio = median(scanned.times) / median(times);
      console.log(
        `  ${label.padEnd(28)} ${String(total).padStart(6)}  ${ms(median(times)).padStart(9)} ${ms(percentile(times, 95)).padStart(9)}   ${ms(median(scanned.times)).padStart(9)}   ${ratio.toFixed(0).padStart(4)}×   (scan found ${scanned.found})`,
      );
    });
    const p95s = m.queries.map((q) => percentile(q.times, 95));
    const ratios = m.queries.map((q, i) => median(scans[i]!.times) / median(q.times));
    console.log(
      `  worst query p95 ${ms(Math.max(...p95s))}; smallest ratio to the scan ${Math.min(...ratios).toFixed(0)}×`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

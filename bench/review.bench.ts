/**
 * npm run bench:review — translation review at scale: a release of 300 paragraphs in seven
 * languages, every translation four source paragraphs behind (see syntheticRelease).
 *
 * Measured in one run, as medians: loading the release (read + validate, as the store does),
 * all translation checks for the seven versions, the outdated report (with word diffs) for the
 * six translations, and both together; and the side-by-side view of one translation opened
 * in Chromium from the editor, to the first frame painted with its review report (the one the
 * editor already has, and one main computes anew), through the built loopback host (run
 * `npx electron-vite build` first).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Release, Variant } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { runAllChecks } from '@shared/review/checks';
import { outdatedReports } from '@shared/review/outdated';
import { paragraphsOf } from '@shared/review/paragraphs';
import { recordSourceBase } from '@shared/review/source-base';
import { Library } from '../src/main/library/library';
import { paragraphsToDoc } from '../src/main/library/seed';
import { sevenLanguageItem, vocabulary } from '../tests/fixtures';
import { startReviewView } from './review-view';
import { median, ms, percentile } from './stats';

const PARAGRAPHS = 300;
const EDITED_SOURCE_PARAGRAPHS = [10, 150, 290];
const RUNS = 41;
const WARM_UP = 5;
const CHECKS_TARGET_MS = 50;
const VIEW_TARGET_MS = 300;
const VIEW = 'side-by-side view in Chromium';
const FRESH_VIEW = `${VIEW}, fresh report`;
const AT = '2026-01-01T00:00:00.000Z';

/** A count written as the language writes it: 12,345 in English, 12 345 elsewhere. */
function count(n: number, lang: Lang): string {
  const english = n.toLocaleString('en-US');
  return lang === 'en' ? english : english.replace(/,/g, '\u00a0');
}

/** Cycles through the news item's lead and paragraphs (a date, figures, vocabulary names), numbered. */
function paragraphs(variant: Variant): string[] {
  const texts = [variant.lead, ...paragraphsOf(variant.body).map((p) => p.text)];
  return Array.from(
    { length: PARAGRAPHS },
    (_, i) => `${texts[i % texts.length]} (${count(1000 + 37 * i, variant.lang)})`,
  );
}

/** `texts` with "the" made "the whole" in the paragraphs at `indices`. */
function edited(texts: string[], indices: number[]): string[] {
  return texts.map((text, i) =>
    indices.includes(i) ? text.replace(' the ', ' the whole ') : text,
  );
}

/**
 * The source is the news item's English with three paragraphs edited since the translations
 * were made; each translation was brought up to date at a different moment (its base has one
 * more paragraph of its own edited), so no two share a comparison.
 */
function syntheticRelease(): { release: Release; baseSources: Partial<Record<Lang, Variant>> } {
  const variants: Release['variants'] = {};
  for (const lang of LANGS) {
    const variant = sevenLanguageItem.variants[lang]!;
    variants[lang] = { ...variant, body: paragraphsToDoc(paragraphs(variant)) };
  }
  const original = paragraphsOf(variants.en!.body).map((p) => p.text);
  variants.en = {
    ...variants.en!,
    body: paragraphsToDoc(edited(original, EDITED_SOURCE_PARAGRAPHS)),
  };
  const baseSources: Partial<Record<Lang, Variant>> = {};
  LANGS.filter((lang) => lang !== 'en').forEach((lang, k) => {
    const baseSource = { ...variants.en!, body: paragraphsToDoc(edited(original, [20 + 40 * k])) };
    baseSources[lang] = baseSource;
    variants[lang] = {
      ...variants[lang]!,
      sourceBase: recordSourceBase(baseSource, AT, `bench-base-${lang}`),
    };
  });
  return { release: { ...sevenLanguageItem, id: 'bench-review-300', variants }, baseSources };
}

/** A task timed here, or one that times itself (what it returns is its time). */
type Measurement = { name: string; task: () => unknown } | { name: string; timed: () => Promise<number> };

async function sample(measurement: Measurement): Promise<number[]> {
  const once =
    'timed' in measurement
      ? measurement.timed
      : async () => {
          const start = performance.now();
          await measurement.task();
          return performance.now() - start;
        };
  for (let i = 0; i < WARM_UP; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await once());
  return times;
}

const { release, baseSources } = syntheticRelease();
const dir = await mkdtemp(join(tmpdir(), 'press-office-bench-review-'));
const library = await Library.open(dir, { seed: () => ({ releases: [release], vocabulary }) });
const view = await startReviewView(release, baseSources, vocabulary, 'ru');
try {
  const stored = await library.getRelease(release.id);
  const findings = Object.values(runAllChecks(stored, vocabulary)).flat();
  const behind = Object.values(outdatedReports(stored, baseSources)).map(
    (r) => r?.paragraphs.length,
  );
  if (findings.length > 0 || behind.some((n) => n !== EDITED_SOURCE_PARAGRAPHS.length + 1)) {
    throw new Error(
      `unexpected result: ${findings.length} findings, paragraphs behind ${behind.join(',')}`,
    );
  }

  const MEASUREMENTS: Measurement[] = [
    { name: 'load (read + validate)', task: () => library.getRelease(release.id) },
    { name: 'checks, 7 versions', task: () => runAllChecks(stored, vocabulary) },
    { name: 'outdated report, 6 versions', task: () => outdatedReports(stored, baseSources) },
    {
      name: 'checks + outdated',
      task: () => {
        runAllChecks(stored, vocabulary);
        outdatedReports(stored, baseSources);
      },
    },
    { name: VIEW, timed: () => view.open({ fresh: false }) },
    { name: FRESH_VIEW, timed: () => view.open({ fresh: true }) },
  ];
  const results = new Map<string, number[]>();
  for (const measurement of MEASUREMENTS) results.set(measurement.name, await sample(measurement));

  console.log(
    `bench:review — ${PARAGRAPHS} paragraphs × 7 languages, ${vocabulary.length} vocabulary entries, ` +
      `each translation ${EDITED_SOURCE_PARAGRAPHS.length + 1} source paragraphs behind; ${RUNS} runs each`,
  );
  const load = median(results.get('load (read + validate)')!);
  for (const [name, times] of results) {
    const m = median(times);
    const ratio = name.startsWith('load') ? '' : `   = ${(m / load).toFixed(1)}× load`;
    console.log(
      `  ${name.padEnd(42)} median ${ms(m).padStart(8)}   p95 ${ms(percentile(times, 95)).padStart(8)}${ratio}`,
    );
  }
  const checks = median(results.get('checks, 7 versions')!);
  console.log(
    `  target: checks ≤ ${CHECKS_TARGET_MS} ms for all 7 versions — ${checks <= CHECKS_TARGET_MS ? 'met' : 'MISSED'}`,
  );
  const opened = Math.max(median(results.get(VIEW)!), median(results.get(FRESH_VIEW)!));
  console.log(
    `  target: side-by-side view painted ≤ ${VIEW_TARGET_MS} ms — ${opened <= VIEW_TARGET_MS ? 'met' : 'MISSED'}`,
  );
} finally {
  await view.close();
  await library.close();
  await rm(dir, { recursive: true, force: true });
}

/**
 * npm run bench:export — publication packages of the seven-language release, engine warm.
 *
 * Median time to render one language's HTML, to print one PDF with Chromium (playwright-core,
 * one page reused), and to export the whole package as a zip (HTML, PDF, NewsML, manifest).
 * Where LibreOffice is installed, the same HTML is converted by `soffice --headless
 * --convert-to pdf` in the same run and the ratio is printed. BENCH_ROUNDS sets the rounds.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LANGS } from '@shared/languages';
import { ChromiumPdfEngine } from '../src/main/export/chromium-engine';
import { exportRelease } from '../src/main/export/export-release';
import { findChromium } from '../src/main/export/find-chromium';
import { languageView } from '../src/main/export/language-view';
import { releasePackageNames } from '../src/main/export/package-names';
import { renderLanguagePage, type PackagePages } from '../src/main/export/render-html';
import { FIXTURE_NOW, sevenLanguageItem, vocabulary } from '../tests/fixtures';
import { approved } from '../tests/unit/support/export-releases';
import { median, ms, percentile, timed } from './stats';

const run = promisify(execFile);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const APP = { name: 'Press Office', version: 'bench' };
const release = approved(sevenLanguageItem);
const langs = LANGS.filter((lang) => release.variants[lang]);

async function soffice(): Promise<string | null> {
  for (const name of ['soffice', 'libreoffice']) {
    const found = await run('which', [name]).then(
      (r) => r.stdout.trim(),
      () => '',
    );
    if (found) return found;
  }
  return null;
}

const out = await mkdtemp(join(tmpdir(), 'press-office-bench-export-'));
const engine = await ChromiumPdfEngine.launch(
  process.env.PRESS_OFFICE_CHROMIUM ?? (await findChromium()),
);
try {
  console.log(
    `bench:export — ${release.id}, ${langs.length} languages, ${ROUNDS} rounds, ${availableParallelism()} cores`,
  );
  // The package folder the PDF engine prints from (stylesheet, fonts), and a warm-up.
  const warm = await exportRelease(
    { release, vocabulary, revisions: [], libraryDir: null },
    out,
    engine,
    { formats: ['html', 'pdf'], app: APP, now: FIXTURE_NOW },
  );

  const views = langs.map((lang) => languageView(release, lang, vocabulary, null));
  const pages: PackagePages = {
    release,
    views,
    hasPdf: true,
    generator: 'bench',
    names: releasePackageNames(release),
  };
  const htmlTimes: number[] = [];
  for (let round = 0; round < ROUNDS * 10; round += 1) {
    for (const lang of langs) {
      const start = performance.now();
      renderLanguagePage(pages, languageView(release, lang, vocabulary, null));
      htmlTimes.push(performance.now() - start);
    }
  }
  const html = views.map((view) => renderLanguagePage(pages, view));

  const pdfTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const page of html) pdfTimes.push((await timed(() => engine.render(page, warm.path)))[1]);
  }

  const zipTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const [, took] = await timed(() =>
      exportRelease({ release, vocabulary, revisions: [], libraryDir: null }, out, engine, {
        formats: ['html', 'pdf', 'newsml', 'zip'],
        app: APP,
        now: FIXTURE_NOW,
      }),
    );
    zipTimes.push(took);
  }

  const pdfMedian = median(pdfTimes);
  console.log(
    `HTML per language   median ${ms(median(htmlTimes))}   p95 ${ms(percentile(htmlTimes, 95))}`,
  );
  console.log(`PDF per language    median ${ms(pdfMedian)}   p95 ${ms(percentile(pdfTimes, 95))}`);
  console.log(
    `whole package (zip) median ${ms(median(zipTimes))}   p95 ${ms(percentile(zipTimes, 95))}   target ≤ 3000 ms`,
  );

  const libreOffice = await soffice();
  if (!libreOffice) {
    console.log('LibreOffice not installed: ratio not measured');
  } else {
    const times: number[] = [];
    for (const [i, page] of html.entries()) {
      const file = join(warm.path, `bench-${langs[i]}.html`);
      await writeFile(file, page);
      const [, took] = await timed(() =>
        run(libreOffice, [
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          join(out, 'soffice'),
          file,
        ]),
      );
      times.push(took);
    }
    const officeMedian = median(times);
    console.log(`LibreOffice per PDF median ${ms(officeMedian)}`);
    console.log(
      `Chromium is ${(officeMedian / pdfMedian).toFixed(1)}× faster per PDF (target ≥ 10×)`,
    );
  }
} finally {
  await engine.close();
  await rm(out, { recursive: true, force: true });
}

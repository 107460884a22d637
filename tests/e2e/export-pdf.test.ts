/**
 * PDFs through Chromium's print engine: the seven-language item and the full en+ru release,
 * exported as zips. Every font embedded, the title and every number of the source found in
 * every language's text (Armenian and Kazakh included), checksums right, page 1 not blank;
 * an embargoed release stamped on every page; and the CLI printing through the same code.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release, TiptapNode } from '@shared/domain';
import { LANGS } from '@shared/languages';
import type { ChromiumPdfEngine } from '../../src/main/export/chromium-engine';
import type { Manifest } from '../../src/main/export/manifest';
import { releasePackageNames } from '../../src/main/export/package-names';
import { Library } from '../../src/main/library/library';
import { demoContent } from '../../src/main/library/seed';
import { embargoedAdvisory, FIXTURE_NOW, fullRelease, sevenLanguageItem } from '../fixtures';
import { approved } from '../unit/support/export-releases';
import { exportFixture } from '../unit/support/export-run';
import { launchPdfEngine } from './support/export-engine';
import { firstPagePng, pdfFonts, pdfPageCount, pdfText } from './support/pdf-tools';
import { inkRatio } from './support/png-ink';
import { REPO_ROOT } from './support/paths';
import { makeTempLibrary } from './support/temp-library';

let engine: ChromiumPdfEngine;
const temps: { remove(): Promise<void> }[] = [];

async function tempDir(): Promise<string> {
  const made = await makeTempLibrary();
  temps.push(made);
  return made.dir;
}

beforeAll(async () => {
  engine = await launchPdfEngine();
});

afterAll(async () => {
  await engine?.close();
  await Promise.all(temps.map((t) => t.remove()));
});

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every number the source version writes, group separators dropped (2,500 → 2500). */
function sourceNumbers(release: Release): string[] {
  const source = release.variants[release.sourceLang]!;
  const texts = [source.title, source.lead];
  const walk = (node: TiptapNode) => {
    if (node.text) texts.push(node.text);
    node.content?.forEach(walk);
  };
  walk(source.body as TiptapNode);
  const numbers = texts.join(' ').match(/\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+/g) ?? [];
  return [...new Set(numbers.map((n) => n.replace(/\D/g, '')))];
}

/** A zip's files written out, checked against its manifest. */
async function unpackChecked(zipPath: string): Promise<{ dir: string; manifest: Manifest }> {
  const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
  expect(manifest.files.map((f) => f.path).sort()).toEqual(
    Object.keys(entries)
      .filter((p) => p !== 'manifest.json')
      .sort(),
  );
  const dir = await tempDir();
  for (const entry of manifest.files) {
    const bytes = entries[entry.path]!;
    expect(createHash('sha256').update(bytes).digest('hex'), entry.path).toBe(entry.sha256);
    await mkdir(join(dir, entry.path, '..'), { recursive: true });
    await writeFile(join(dir, entry.path), bytes);
  }
  return { dir, manifest };
}

describe.each([
  ['seven-language news item', sevenLanguageItem],
  ['full en+ru press release', fullRelease],
])('%s to PDF', (_name, fixture: Release) => {
  // A web link in every language: paper must carry its address, not only its text.
  const linkUrl = 'https://example.org/press/2023-report';
  const linked = structuredClone(fixture);
  for (const variant of Object.values(linked.variants)) {
    variant!.body.content = [
      ...(variant!.body.content ?? []),
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'website', marks: [{ type: 'link', attrs: { href: linkUrl } }] },
        ],
      },
    ];
  }
  const release = approved(linked);
  const langs = LANGS.filter((lang) => release.variants[lang]);
  const names = releasePackageNames(release);

  it('prints every language with embedded fonts, extractable text and a page 1 that is not blank', async () => {
    const result = await exportFixture(
      release,
      await tempDir(),
      { formats: ['html', 'pdf', 'zip'] },
      engine,
    );
    const { dir, manifest } = await unpackChecked(result.path);
    expect(manifest.files.filter((f) => f.path.endsWith('.pdf')).map((f) => f.path)).toEqual(
      langs.map((lang) => names.pdf(lang)).sort(),
    );
    const numbers = sourceNumbers(release);
    expect(numbers.length).toBeGreaterThan(2);
    for (const lang of langs) {
      const pdf = join(dir, names.pdf(lang));
      const fonts = await pdfFonts(pdf);
      expect(fonts.length, lang).toBeGreaterThan(0);
      expect(
        fonts.filter((f) => !f.embedded),
        lang,
      ).toEqual([]);
      expect(
        fonts.filter((f) => f.type === 'Type 3'),
        lang,
      ).toEqual([]);
      if (lang === 'hy') expect(fonts.some((f) => f.name.includes('NotoSansArmenian'))).toBe(true);

      const text = await pdfText(pdf);
      expect(text, lang).toContain(collapse(release.variants[lang]!.title));
      expect(text.replace(/\s+/g, ''), `${lang}: printed link address`).toContain(linkUrl);
      expect(text, `${lang}: end mark`).toContain('###');
      const digits = text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1');
      for (const number of numbers)
        expect(digits, `${lang}: ${number}`).toMatch(new RegExp(`(?<!\\d)${number}(?!\\d)`));

      const png = await firstPagePng(pdf, `${release.id}-${lang}`);
      const ink = inkRatio(png);
      expect(ink, `${png} ink`).toBeGreaterThan(0.01);
      expect(ink, `${png} ink`).toBeLessThan(0.5);
    }
  });
});

describe('embargo on paper', () => {
  it('stamps every page of every PDF in its language while the embargo holds', async () => {
    const release = approved(embargoedAdvisory);
    // Long enough to run over several pages.
    for (const variant of Object.values(release.variants)) {
      variant!.body.content = Array.from({ length: 6 }, () => variant!.body.content!).flat();
    }
    const result = await exportFixture(
      approved(release),
      await tempDir(),
      { formats: ['pdf'], now: new Date('2023-08-24T12:00:00Z') },
      engine,
    );
    const notices = {
      ru: 'ЭМБАРГО ДО 25 августа 2023 г., 10:00 (Europe/Minsk, UTC+03:00)',
      en: 'EMBARGOED UNTIL 25 August 2023, 10:00 (Europe/Minsk, UTC+03:00)',
    };
    const stamps = {
      ru: 'ЭМБАРГО Не для публикации до 25 августа 2023 г., 10:00 (Europe/Minsk, UTC+03:00)',
      en: 'EMBARGO Not for publication before 25 August 2023, 10:00 (Europe/Minsk, UTC+03:00)',
    };
    for (const [lang, notice] of Object.entries(notices)) {
      const pdf = join(result.path, releasePackageNames(release).pdf(lang as 'ru' | 'en'));
      // Page 1 opens with the stamp: the word spaced out as printed, then the time it lifts.
      const first = (await pdfText(pdf, 1)).replace(/(?<=\p{Lu}) (?=\p{Lu}(?:\s|$))/gu, '');
      expect(first, lang).toContain(stamps[lang as 'ru' | 'en']);
      const pages = await pdfPageCount(pdf);
      expect(pages, lang).toBeGreaterThanOrEqual(3);
      for (let page = 1; page <= pages; page += 1) {
        const text = await pdfText(pdf, page);
        expect(text, `${lang} page ${page}`).toContain(notice);
        expect(text, `${lang} page ${page}`).toMatch(
          new RegExp(`(?<!\\d)${page} ?/ ?${pages}(?!\\d)`),
        );
      }
      await firstPagePng(pdf, `embargoed-${lang}`);
    }
  });
});

describe('the CLI', () => {
  it('prints PDFs with the same exporter', async () => {
    const libraryDir = await tempDir();
    const library = await Library.open(libraryDir, { seed: () => demoContent(FIXTURE_NOW) });
    await library.saveRelease(approved(await library.getRelease('diplomacy-school-2024')));
    await library.close();
    const out = await tempDir();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO_ROOT, 'src/main/cli/index.ts'),
        'export',
        '--library',
        libraryDir,
        '--release',
        'diplomacy-school-2024',
        '--lang',
        'hy,kk',
        '--format',
        'pdf',
        '--out',
        out,
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, TSX_TSCONFIG_PATH: join(REPO_ROOT, 'tsconfig.node.json') },
      },
    );
    const base = '2024-07-25-csto-secretariat-meets-graduates-of-the-summer-school-of';
    const folder = join(out, base);
    expect(stdout.trim()).toBe(folder);
    expect(await pdfText(join(folder, `${base}-hy.pdf`))).toContain('ՀԱՊԿ քարտուղարությունը');
    expect(await pdfText(join(folder, `${base}-kk.pdf`))).toContain('ҰҚШҰ Хатшылығы');
  });
});

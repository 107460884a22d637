/**
 * Each language's PDF and HTML page signs with that language's own two-line signature: the
 * Armenian and Tajik pages carry theirs, line for line, and not the English one; a version
 * without its own shows the source's (and the checks flag it, see version-metadata.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { ChromiumPdfEngine } from '../../src/main/export/chromium-engine';
import { sevenLanguageItem } from '../fixtures';
import { approved } from '../unit/support/export-releases';
import { exportFixture } from '../unit/support/export-run';
import { patchVersion } from '../unit/support/review-edits';
import { launchPdfEngine } from './support/export-engine';
import { EXPORT_ARTIFACTS_DIR } from './support/pdf-tools';
import { makeTempLibrary } from './support/temp-library';

const run = promisify(execFile);

const SIGNATURES: Partial<Record<Lang, string>> = {
  en: 'CSTO Secretariat\nPress Service',
  hy: 'ՀԱՊԿ քարտուղարություն\nՄամուլի ծառայություն',
  tg: 'Котиботи СПАД\nХадамоти матбуот',
};

let engine: ChromiumPdfEngine;
const temps: { remove(): Promise<void> }[] = [];

beforeAll(async () => {
  engine = await launchPdfEngine();
});

afterAll(async () => {
  await engine?.close();
  await Promise.all(temps.map((t) => t.remove()));
});

/** The text of a PDF line by line, as pdftotext lays it out, blank lines dropped. */
async function pdfLines(path: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The package's PDFs by the language whose title each one prints (names are the layout's). */
async function pdfsByLanguage(dir: string, release: Release): Promise<Map<Lang, string[]>> {
  const found = new Map<Lang, string[]>();
  for (const name of await readdir(dir, { recursive: true })) {
    if (!name.endsWith('.pdf')) continue;
    const lines = await pdfLines(join(dir, name));
    const text = lines.join(' ');
    for (const [lang, variant] of Object.entries(release.variants))
      if (text.includes(variant!.title)) found.set(lang as Lang, [join(dir, name), ...lines]);
  }
  return found;
}

describe('per-language signatures in PDF and HTML', () => {
  let release = approved({ ...sevenLanguageItem, issuer: SIGNATURES.en! });
  for (const lang of ['hy', 'tg'] as const)
    release = patchVersion(release, lang, { issuer: SIGNATURES[lang] });
  // Kazakh without a signature of its own: the English one stands in.
  release = patchVersion(release, 'kk', { issuer: undefined });

  it('prints the Armenian and Tajik signatures on two lines each, and not the English one', async () => {
    const made = await makeTempLibrary();
    temps.push(made);
    const result = await exportFixture(
      release,
      made.dir,
      { formats: ['html', 'pdf'], langs: ['en', 'hy', 'tg', 'kk'] },
      engine,
    );
    const pdfs = await pdfsByLanguage(result.path, release);
    await mkdir(EXPORT_ARTIFACTS_DIR, { recursive: true });
    const english = SIGNATURES.en!.split('\n');
    for (const lang of ['hy', 'tg'] as const) {
      const [path, ...lines] = pdfs.get(lang) ?? [];
      expect(path, `${lang}.pdf`).toBeDefined();
      const [first, second] = SIGNATURES[lang]!.split('\n');
      const at = lines.indexOf(first!);
      expect(at, `${lang}: first signature line on its own line`).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1], `${lang}: second signature line below it`).toBe(second);
      for (const line of english) expect(lines, `${lang}: English signature`).not.toContain(line);
      await run('pdftoppm', [
        '-png',
        '-r',
        '60',
        path!,
        join(EXPORT_ARTIFACTS_DIR, `signature-${lang}`),
      ]);
    }
    const [, ...kk] = pdfs.get('kk') ?? [];
    expect(kk.slice(kk.indexOf(english[0]!), kk.indexOf(english[0]!) + 2)).toEqual(english);

    const htmlFiles = (await readdir(result.path, { recursive: true })).filter((n) =>
      n.endsWith('.html'),
    );
    const pages = await Promise.all(htmlFiles.map((n) => readFile(join(result.path, n), 'utf8')));
    const hyPage = pages.find((page) => page.includes('<html lang="hy"'));
    expect(hyPage).toContain('<p class="issuer">ՀԱՊԿ քարտուղարություն<br>Մամուլի ծառայություն</p>');
    expect(hyPage).not.toContain('Press Service');
  });
});

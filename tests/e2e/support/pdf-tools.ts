/** poppler-utils from the test: fonts, text and page images of a PDF. */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './paths';

const run = promisify(execFile);

export const EXPORT_ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts/export');

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** `pdffonts` rows: name, type and whether the font is embedded. */
export async function pdfFonts(path: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [path]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // Columns: name type [type…] encoding emb sub uni object ID; read from the right.
      const cells = line.trim().split(/\s+/);
      return {
        name: cells[0]!,
        type: cells.slice(1, -6).join(' '),
        embedded: cells.at(-5) === 'yes',
      };
    });
}

/** The text of a PDF (or of one page), whitespace collapsed. */
export async function pdfText(path: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftotext', [...range, '-enc', 'UTF-8', path, '-']);
  return stdout.replace(/\s+/g, ' ').trim();
}

export async function pdfPageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

/** Page 1 as a PNG under test-artifacts/export/, for the eye and for the blank check. */
export async function firstPagePng(path: string, name: string): Promise<string> {
  mkdirSync(EXPORT_ARTIFACTS_DIR, { recursive: true });
  const prefix = join(EXPORT_ARTIFACTS_DIR, name);
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, prefix]);
  return `${prefix}.png`;
}

/** Every page as a PNG under test-artifacts/export/ (`<name>-<page>.png`), for the eye. */
export async function pagePngs(path: string, name: string): Promise<void> {
  mkdirSync(EXPORT_ARTIFACTS_DIR, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '60', path, join(EXPORT_ARTIFACTS_DIR, name)]);
}

export interface PdfWord {
  text: string;
  /** Top and bottom of the word, in points from the top of the page. */
  yMin: number;
  yMax: number;
}

/** One page's words with their boxes (`pdftotext -bbox`), and the page's height in points. */
export async function pdfWords(
  path: string,
  page: number,
): Promise<{ height: number; words: PdfWord[] }> {
  const { stdout } = await run('pdftotext', [
    '-bbox',
    '-f',
    String(page),
    '-l',
    String(page),
    '-enc',
    'UTF-8',
    path,
    '-',
  ]);
  const height = Number(/<page width="[\d.]+" height="([\d.]+)">/.exec(stdout)?.[1]);
  const words = [
    ...stdout.matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map(([, yMin, yMax, text]) => ({ text: text!, yMin: Number(yMin), yMax: Number(yMax) }));
  return { height, words };
}

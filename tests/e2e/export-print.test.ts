/**
 * A release on paper as a press centre sends it, in all seven languages: the letterhead from
 * the library's settings (with its logo), the embargo stamp at the top, web addresses printed
 * after their links, and the end of the text, signature, contacts, tags and end mark on one
 * page however the text falls on the pages. Read back with pdftotext; every page is also
 * written as a PNG under test-artifacts/export/ to be looked at.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release, TiptapNode } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { letterheadFor, type Letterhead } from '@shared/letterhead';
import { putAsset } from '../../src/main/assets/asset-store';
import type { ChromiumPdfEngine } from '../../src/main/export/chromium-engine';
import { activeEmbargo, embargoStamp } from '../../src/main/export/embargo';
import { releasePackageNames } from '../../src/main/export/package-names';
import { sevenLanguageItem } from '../fixtures';
import { approved } from '../unit/support/export-releases';
import { exportFixture } from '../unit/support/export-run';
import { launchPdfEngine } from './support/export-engine';
import { pagePngs, pdfPageCount, pdfText, pdfWords } from './support/pdf-tools';
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

const LINK = 'https://example.org/press/2024/diplomacy-school';
const EMBARGO = { until: '2024-07-25T10:00', timeZone: 'Europe/Moscow' };
const BEFORE_LIFT = new Date('2024-07-24T12:00:00Z');
const CONTACTS = [
  {
    name: 'Anna Petrova',
    role: 'Press secretary',
    phone: '+7 495 123-45-67',
    email: 'press@example.org',
  },
  {
    name: 'Ivan Sidorov',
    role: 'Duty officer',
    phone: '+7 495 765-43-21',
    email: 'duty@example.org',
  },
];

const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const text = (value: string): TiptapNode => ({ type: 'text', text: value });

/** The seven-language item with contacts, and a body of its own paragraphs then `extra` ones. */
function release(extraLines: number, withEmbargo: boolean): Release {
  const copy = structuredClone(sevenLanguageItem);
  copy.contacts = CONTACTS;
  copy.embargo = withEmbargo ? EMBARGO : null;
  for (const variant of Object.values(copy.variants)) {
    variant!.body.content = [
      ...(variant!.body.content ?? []),
      ...Array.from({ length: extraLines }, (_, n) => paragraph(text(`Filler line ${n + 1}.`))),
      paragraph(
        text('The last paragraph, read more on the '),
        { type: 'text', text: 'website', marks: [{ type: 'link', attrs: { href: LINK } }] },
        text('.'),
      ),
    ];
  }
  return approved(copy);
}

/** A library folder whose letterhead has names in three languages and a logo it holds. */
async function libraryWithLogo(): Promise<{ dir: string; letterhead: Letterhead }> {
  const dir = await tempDir();
  // The app's own icon stands in for an organisation's logo.
  const logo = await readFile(join(REPO_ROOT, 'resources/icon.png'));
  const { src } = await putAsset(dir, new Uint8Array(logo));
  return {
    dir,
    letterhead: {
      name: {
        en: 'CSTO Secretariat Press Centre',
        ru: 'Пресс-центр Секретариата ОДКБ',
        hy: 'ՀԱՊԿ մամուլի կենտրոն',
      },
      address: { en: '12 Sverchkov Lane, Moscow 101000', ru: 'Москва, 101000, Сверчков пер., 12' },
      logo: src,
    },
  };
}

/** pdftotext prints the stamp's letter-spaced word letter by letter: join them back. */
const unspaced = (value: string) => value.replace(/(?<=\p{Lu}) (?=\p{Lu}(?:\s|$))/gu, '');

describe('a release on paper', () => {
  it('has the letterhead, the embargo stamp and printed web addresses in every language', async () => {
    const { dir, letterhead } = await libraryWithLogo();
    const item = release(0, true);
    const result = await exportFixture(
      item,
      await tempDir(),
      { formats: ['html', 'pdf'], now: BEFORE_LIFT },
      engine,
      dir,
      letterhead,
    );
    // The source of a named logo: the export copies it beside the body's pictures.
    expect(result.manifest.files.map((f) => f.path)).toContain(
      `images/${letterhead.logo!.slice('assets/'.length)}`,
    );
    const names = releasePackageNames(item);
    const embargo = activeEmbargo(item.embargo, BEFORE_LIFT)!;
    for (const lang of LANGS) {
      const pdf = join(result.path, names.pdf(lang));
      await pagePngs(pdf, `print-${lang}`);
      const first = unspaced(await pdfText(pdf, 1));
      const head = letterheadFor(letterhead, lang, item.sourceLang)!;
      expect(first, `${lang} letterhead`).toContain(head.name);
      expect(first, `${lang} address`).toContain(head.address);
      const stamp = embargoStamp(embargo, lang);
      expect(first, `${lang} stamp`).toContain(`${stamp.word} ${stamp.until}`);
      // The stamp comes before the title: it is the first thing of the release a reader meets.
      expect(first.indexOf(stamp.until), lang).toBeLessThan(
        first.indexOf(item.variants[lang]!.title),
      );
      const all = (await pdfText(pdf)).replace(/\s+/g, '');
      expect(all, `${lang} link`).toContain(`website<${LINK}>`);
    }
  });

  it('prints without a letterhead when none is set', async () => {
    const item = release(0, false);
    const result = await exportFixture(
      item,
      await tempDir(),
      { formats: ['pdf'], langs: ['ru'] },
      engine,
    );
    const first = await pdfText(join(result.path, releasePackageNames(item).pdf('ru')), 1);
    // The page opens with the release's kind, as before there were letterheads.
    expect(first.startsWith('НОВОСТЬ')).toBe(true);
  });

  it('keeps the end of the text with the signature, contacts, tags and end mark wherever the page breaks', async () => {
    const { dir, letterhead } = await libraryWithLogo();
    const out = await tempDir();
    const pageCounts = new Map<Lang, number[]>();
    const carriedOver = new Set<Lang>();
    // Two lines more each time: the text's end passes the foot of a page within the sweep.
    for (let lines = 0; lines <= 30; lines += 2) {
      const item = release(lines, false);
      const result = await exportFixture(
        item,
        out,
        { formats: ['pdf'], langs: ['en', 'hy'], now: BEFORE_LIFT },
        engine,
        dir,
        letterhead,
      );
      for (const lang of ['en', 'hy'] as Lang[]) {
        const pdf = join(result.path, releasePackageNames(item).pdf(lang));
        const pages = await pdfPageCount(pdf);
        pageCounts.set(lang, [...(pageCounts.get(lang) ?? []), pages]);
        // Phone numbers print with non-breaking hyphens, so that a number never splits at a line end.
        const last = (await pdfText(pdf, pages)).replace(/\u2011/g, '-');
        const where = `${lang}, ${lines} lines, page ${pages} of ${pages}`;
        // The last page carries body text, never the signature or contacts alone.
        expect(last, where).toContain('The last paragraph, read more on the website');
        // Each language signs in its own script, the source's signature standing in where it has none.
        for (const line of (item.variants[lang]!.issuer ?? item.issuer).split('\n'))
          expect(last, where).toContain(line);
        for (const contact of CONTACTS)
          for (const value of [contact.name, contact.phone, contact.email])
            expect(last, where).toContain(value);
        expect(last, where).toContain('###');
        if (pages > 1 && (await endingMovedOnlyWhenItDidNotFit(pdf, pages, where)))
          carriedOver.add(lang);
        if (lines === 30) await pagePngs(pdf, `print-ending-${lang}`);
      }
    }
    for (const [lang, counts] of pageCounts) {
      // A longer text never prints on fewer pages, and the sweep did cross a page break.
      expect(counts, lang).toEqual([...counts].sort((a, b) => a - b));
      expect(new Set(counts).size, lang).toBeGreaterThan(1);
    }
    // Some lengths did push the whole ending onto a page of its own, so the room check ran.
    expect([...carriedOver].sort()).toEqual(['en', 'hy']);
  });
});

/** A4's height over its content height: the page rule's margins are 22 mm top and 20 mm bottom. */
const CONTENT_BOTTOM = (297 - 20) / 297;

/** The words of a page's text area (the page counter in the bottom margin left out) and its foot. */
async function textArea(pdf: string, page: number) {
  const { height, words } = await pdfWords(pdf, page);
  const bottom = height * CONTENT_BOTTOM;
  return { bottom, words: words.filter((w) => w.yMax <= bottom) };
}

/**
 * The page before the last holds none of the ending (it moves whole). When the ending opens
 * the last page, it was carried over, and only because it did not fit: the room left under
 * the text of the page before is smaller than the ending plus one paragraph step (the gap it
 * would have needed above it). Says whether the ending was carried over.
 */
async function endingMovedOnlyWhenItDidNotFit(
  pdf: string,
  pages: number,
  where: string,
): Promise<boolean> {
  const before = await pdfText(pdf, pages - 1);
  expect(before, where).not.toContain('The last paragraph');
  for (const contact of CONTACTS) expect(before, where).not.toContain(contact.name);
  expect(before, where).not.toContain('###');
  const last = (await textArea(pdf, pages)).words;
  const opening = last.findIndex((w, i) => w.text === 'The' && last[i + 1]?.text === 'last');
  const endingTop = last[opening]!.yMin;
  if (endingTop > Math.min(...last.map((w) => w.yMin))) return false;
  const endingHeight = Math.max(...last.map((w) => w.yMax)) - endingTop;
  const previous = await textArea(pdf, pages - 1);
  const tops = [...new Set(previous.words.map((w) => w.yMin))].sort((a, b) => a - b);
  const step = tops.at(-1)! - tops.at(-2)!;
  const room = previous.bottom - Math.max(...previous.words.map((w) => w.yMax));
  expect(room, where).toBeLessThan(endingHeight + step);
  return true;
}

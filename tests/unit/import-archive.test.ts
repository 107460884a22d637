/** The plain-text archive importer on the project's archive fixture, and on its edge cases. */
import { describe, expect, it } from 'vitest';
import { splitArchive } from '../../src/main/import/archive-text';
import { detectLanguage } from '../../src/main/import/detect-language';
import { findFirstDate } from '../../src/main/import/find-date';
import { guessKind } from '../../src/main/import/guess-kind';
import { importFile } from '../../src/main/import/import-files';
import { Library } from '../../src/main/library/library';
import { archiveExpectations, readArchive } from '../fixtures';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

describe('splitArchive on tests/fixtures/archive.txt', () => {
  const items = splitArchive(readArchive());

  it('finds every item, in order', () => {
    expect(items.map((item) => item.title)).toEqual(archiveExpectations.map((e) => e.titleLine));
  });

  it.each(archiveExpectations.map((e, i) => [e.dateAsWritten, i, e] as const))(
    'reads the date written as %s',
    (_written, i, expectation) => {
      expect(items[i]!.date).toBe(expectation.date);
    },
  );

  it('keeps every line of every item: paragraphs and signature', () => {
    items.forEach((item, i) => {
      expect(item.paragraphs.length + item.signature.length, item.title).toBe(archiveExpectations[i]!.lines);
    });
  });

  it('keeps the issuer signature line, and finds none where there is none', () => {
    items.forEach((item, i) => {
      expect(item.signature[0] ?? null, item.title).toBe(archiveExpectations[i]!.signature);
    });
    expect(items[4]!.signature).toEqual(['Joint Press Centre of the CSTO exercise', '(Republic of Belarus, Brest)']);
  });
});

describe('splitArchive on other archives', () => {
  it('reads Windows line ends, a byte-order mark and separator lines', () => {
    const text = '\uFEFFFirst\r\n\r\nText one.\r\n-----\r\nSecond\r\n\r\nText two.\r\n';
    expect(splitArchive(text).map((item) => [item.title, item.paragraphs])).toEqual([
      ['First', ['Text one.']],
      ['Second', ['Text two.']],
    ]);
  });

  it('joins a paragraph wrapped over several lines', () => {
    const [item] = splitArchive('Title\n\nA sentence wrapped\nover two lines.\n\nAnother one.');
    expect(item!.paragraphs).toEqual(['A sentence wrapped over two lines.', 'Another one.']);
    expect(item!.signature).toEqual([]);
  });

  it('returns nothing for an empty or blank file', () => {
    expect(splitArchive('')).toEqual([]);
    expect(splitArchive('\n\n   \n\n\n')).toEqual([]);
  });
});

describe('dates, languages and kinds of imported items', () => {
  it.each([
    ['On 25 July 2024, graduates', '2024-07-25'],
    ['Брест, 1 сентября 2023 г.', '2023-09-01'],
    ['July 19, 2024 in New York', '2024-07-19'],
    ['published 01.09.2023 and 02.09.2023', '2023-09-01'],
    ['(2024-06-05)', '2024-06-05'],
    ['31.02.2024 is no date, 1 March 2024 is', '2024-03-01'],
    ['“Combat Brotherhood-2023” with 2,500 servicemen', null],
  ])('finds the first date in %j', (text, date) => {
    expect(findFirstDate(text)).toBe(date);
  });

  it.each([
    ['Встреча прошла в Москве', 'ru'],
    ['Бүгін Астанада әріптестер кездесті', 'kk'],
    ['Երևանում կայացավ համաժողովը', 'hy'],
    ['У Мінску адбылася сустрэча ў рамках', 'be'],
    ['Дар Душанбе ҷаласа баргузор шуд', 'tg'],
    ['Бишкекте жыйын өттү, сүйлөшүүлөр болду', 'ky'],
    ['The meeting took place in Moscow', 'en'],
    ['2024 12 31', 'ru'],
  ])('tells %j is %s', (text, lang) => {
    expect(detectLanguage(text, 'ru')).toBe(lang);
  });

  it('guesses the kind from the title', () => {
    expect(guessKind('Statement by the CSTO Secretary General')).toBe('statement');
    expect(guessKind('Заявление пресс-секретаря')).toBe('statement');
    expect(guessKind('Interview of Imangali Tasmagambetov')).toBe('interview');
    expect(guessKind('Media accreditation for the exercise')).toBe('media-advisory');
    expect(guessKind('Young diplomats visit the Secretariat')).toBe('press-release');
  });
});

describe('importing the archive into a library', () => {
  it('creates one release per item with its title, date, text and signature', async () => {
    const library = await Library.open(await tempDir());
    const bytes = Buffer.from(readArchive(), 'utf8');
    const outcome = await importFile(library, { name: 'archive.txt', bytes }, undefined);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.releases).toHaveLength(archiveExpectations.length);
    for (const [i, expectation] of archiveExpectations.entries()) {
      const release = await library.getRelease(outcome.releases[i]!.id);
      const version = release.variants.en!;
      expect(release.sourceLang).toBe('en');
      expect(release.date).toBe(expectation.date);
      expect(version.title).toBe(expectation.titleLine);
      expect(version.body.content).toHaveLength(expectation.lines - (expectation.signature ? 2 : 0));
      expect(release.issuer.split('\n')[0] || null).toBe(expectation.signature);
    }
    expect((await library.listReleases()).total).toBe(archiveExpectations.length);
    await library.close();
  });

  it('reads a Windows-1251 archive', async () => {
    const library = await Library.open(await tempDir());
    // «Учения» and a date, encoded in Windows-1251 by hand.
    const bytes = Buffer.from([0xd3, 0xf7, 0xe5, 0xed, 0xe8, 0xff, 0x0a, 0x0a, 0x30, 0x31, 0x2e, 0x30, 0x39, 0x2e, 0x32, 0x30, 0x32, 0x33]);
    const outcome = await importFile(library, { name: 'old.txt', bytes }, undefined);
    expect(outcome).toMatchObject({ ok: true, releases: [{ title: 'Учения', date: '2023-09-01', lang: 'ru' }] });
    await library.close();
  });

  it('refuses a file of another type or without text, and creates nothing', async () => {
    const library = await Library.open(await tempDir());
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    expect(await importFile(library, { name: 'photo.png', bytes: png }, undefined)).toMatchObject({
      ok: false,
      problem: 'unsupported-type',
    });
    expect(await importFile(library, { name: 'blank.txt', bytes: Buffer.from('\n\n') }, undefined)).toMatchObject({
      ok: false,
      problem: 'empty',
    });
    expect(await importFile(library, { name: 'binary.txt', bytes: Buffer.from([0, 1, 2]) }, undefined)).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
    expect((await library.listReleases()).total).toBe(0);
    await library.close();
  });
});

describe('signatures cut off from their item', () => {
  it('attach a two-line signature after extra blank lines to the release before it', () => {
    const text = 'Exercise opened in Yerevan\n\nYerevan, 3 June 2024 — The exercise opened.\n\n\nPress Service\nJoint Staff\n\n\nNext item\n\nIts text.';
    const items = splitArchive(text);
    expect(items.map((item) => item.title)).toEqual(['Exercise opened in Yerevan', 'Next item']);
    expect(items[0]!.signature).toEqual(['Press Service', 'Joint Staff']);
    expect(items[0]!.date).toBe('2024-06-03');
  });
});

/**
 * Package file names: `<date>-<slug>` from the source title, transliterated in all seven
 * languages, and safe on Windows, macOS and Linux whatever the title holds.
 */
import { describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { releasePackageNames, slugify, SLUG_MAX_LENGTH } from '../../src/main/export/package-names';
import { fullRelease } from '../fixtures';

/** What Windows refuses in a name, or as a name; what no file system likes to see. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
const UNSAFE = /[<>:"/\\|?*\u007f]|[. ]$/;
const hasControl = (name: string) => [...name].some((c) => c.charCodeAt(0) < 0x20);

function expectSafe(name: string): void {
  expect(name).not.toMatch(UNSAFE);
  expect(hasControl(name)).toBe(false);
  expect(name).not.toMatch(WINDOWS_RESERVED);
  expect(name).toBe(name.normalize('NFC'));
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(100);
}

function releaseTitled(title: string, lang: Lang = 'en'): Release {
  const release = structuredClone(fullRelease);
  release.sourceLang = lang;
  release.variants[lang] = { ...structuredClone(fullRelease.variants.en!), lang, title };
  return release;
}

describe('slugs of titles in every language', () => {
  it.each([
    [
      'ru',
      'Пресс-центр объявляет о съезде журналистов',
      'press-tsentr-obyavlyaet-o-sezde-zhurnalistov',
    ],
    [
      'en',
      'Press centre announces a journalists’ congress',
      'press-centre-announces-a-journalists-congress',
    ],
    ['hy', 'Մամուլի կենտրոնը հայտարարում է', 'mamowli-kentrony-haytararowm-e'],
    ['be', 'Прэс-цэнтр абвяшчае з’езд у Брэсце', 'pres-tsentr-abvyashchae-zezd-u-brestse'],
    ['kk', 'Баспасөз орталығы құрылтай жариялайды', 'baspasoz-ortalyghy-quryltay-zhariyalaydy'],
    ['ky', 'Басма сөз борбору курултай жарыялайт', 'basma-soz-borboru-kurultay-zharyyalayt'],
    ['tg', 'Маркази матбуот анҷуман эълон мекунад', 'markazi-matbuot-anjuman-elon-mekunad'],
  ])('%s: %s', (lang, title, slug) => {
    expect(slugify(title)).toBe(slug);
    const names = releasePackageNames(releaseTitled(title, lang as Lang));
    expect(names.base).toBe(`${fullRelease.date}-${slug}`);
    expect(names.pdf('kk')).toBe(`${fullRelease.date}-${slug}-kk.pdf`);
    expect(names.page('hy')).toBe(`${fullRelease.date}-${slug}-hy.html`);
  });

  it('keeps the letters no other language has: ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ ў', () => {
    // Each letter gives a letter, never a gap: a title of them is not cut into pieces.
    expect(slugify('әғқңөұүһі ӣӯҳҷ ў')).toMatch(/^[a-z]+-[a-z]+-[a-z]+$/);
  });
});

describe('hostile titles', () => {
  const hostile = [
    'CON',
    'nul.txt',
    'COM1',
    'lpt9',
    '../../etc/passwd',
    '..\\..\\Windows\\System32',
    'a:b*c?d"e<f>g|h',
    'title with trailing dots...',
    'trailing spaces   ',
    '\u0000\u0007\u001f control\u007f',
    '🔥🔥🔥',
    '',
    '   ',
    '—–-',
    'Café e\u0301tude', // precomposed and decomposed é
    'ß'.repeat(500),
    'слово '.repeat(200),
    'Ա'.repeat(300),
    '<script>alert(1)</script>',
    'x'.repeat(61),
  ];

  it.each(hostile.map((title) => [JSON.stringify(title).slice(0, 40), title]))(
    '%s gives a safe name',
    (_label, title) => {
      const slug = slugify(title);
      expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      const names = releasePackageNames(releaseTitled(title));
      for (const name of [names.base, `${names.base}.zip`, names.page('ru'), names.pdf('tg')])
        expectSafe(name);
      expect(names.base.startsWith(`${fullRelease.date}-`)).toBe(true);
    },
  );

  it('falls back to the release id when the title leaves no letters', () => {
    for (const title of ['', '🔥🔥', '—', '   '])
      expect(releasePackageNames(releaseTitled(title)).base).toBe(
        `${fullRelease.date}-${fullRelease.id}`,
      );
  });

  it('cuts a long title at a word, and a long word inside it', () => {
    const words = slugify('слово '.repeat(200));
    expect(words.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(words).toMatch(/^(?:slovo-)+slovo$/);
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(SLUG_MAX_LENGTH));
  });

  it('writes the same name for a title however its accents are composed', () => {
    expect(slugify('Cafe\u0301')).toBe(slugify('Café'));
    expect(slugify('Café')).toBe('cafe');
  });
});

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { releaseSchema, vocabularyEntrySchema, type Release, type Variant } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import {
  defaultSeedStatus,
  demoContent,
  paragraphsToDoc,
  releaseSeedSchema,
  seedToRelease,
  type ReleaseSeed,
} from '../../src/main/library/seed';
import {
  archiveExpectations,
  embargoedAdvisory,
  FIXTURE_NOW,
  fullRelease,
  fullReleaseSeed,
  readArchive,
  seeds,
  sevenLanguageItem,
  vocabulary,
} from '../fixtures';

const releasesDir = fileURLToPath(new URL('../../resources/demo/releases/', import.meta.url));

/** The digit groups of a text, with thousands separators dropped: 2,500 / 2 500 / 2500 → 2500. */
function numbers(text: string): string[] {
  const joined = text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
  return joined.match(/\d+/g) ?? [];
}
const numberSet = (text: string): string[] => [...new Set(numbers(text))].sort();

function paragraphs(v: Variant): string[] {
  return (v.body.content ?? []).map((node) =>
    (node.content ?? []).map((child) => child.text ?? '').join(''),
  );
}
function fullText(v: Variant): string {
  return [v.title, v.lead, ...paragraphs(v)].join('\n');
}
function variant(r: Release, lang: Lang): Variant {
  const v = r.variants[lang];
  if (!v) throw new Error(`${r.id} has no ${lang} version`);
  return v;
}

/** Letters a language has and Russian does not. */
const SPECIFIC_LETTERS: Partial<Record<Lang, RegExp>> = {
  kk: /[әғқңөұүһі]/iu,
  ky: /[ңөү]/iu,
  be: /[ўі]/iu,
  tg: /[ғӣқӯҳҷ]/iu,
};
const CYRILLIC_LANGS: Lang[] = ['ru', 'be', 'kk', 'ky', 'tg'];
const ORG_SHORT_NAME: Record<Lang, string> = {
  en: 'CSTO',
  ru: 'ОДКБ',
  be: 'АДКБ',
  kk: 'ҰҚШҰ',
  ky: 'ЖКМУ',
  tg: 'СПАД',
  hy: 'ՀԱՊԿ',
};

describe('demo releases', () => {
  const { releases } = demoContent(FIXTURE_NOW);

  it('every file in resources/demo/releases is a demo release named after its id', () => {
    const files = readdirSync(releasesDir).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(
      releases.map((r) => r.id).sort(),
    );
    expect(new Set(releases.map((r) => r.id)).size).toBe(releases.length);
  });

  it('every demo release validates against the domain schema', () => {
    expect(releases.length).toBeGreaterThanOrEqual(3);
    for (const r of releases) {
      expect(() => releaseSchema.parse(r)).not.toThrow();
      expect(r.rev).toBe(1);
      expect(r.comments).toEqual([]);
      for (const v of Object.values(r.variants)) {
        expect(v?.sourceBase).toBeNull();
        expect(v?.datelinePlace).not.toBe('');
        expect(v?.statusHistory).toEqual([
          { status: v?.status, by: expect.any(String), at: FIXTURE_NOW.toISOString() },
        ]);
      }
    }
  });

  it('every translation keeps the paragraph count and the numbers of its source', () => {
    for (const r of releases) {
      const source = variant(r, r.sourceLang);
      for (const v of Object.values(r.variants)) {
        if (!v || v.lang === r.sourceLang) continue;
        const where = `${r.id} ${v.lang}`;
        expect(paragraphs(v).length, where).toBe(paragraphs(source).length);
        expect(numberSet(v.title), `${where} title`).toEqual(numberSet(source.title));
        expect(numberSet(v.lead), `${where} lead`).toEqual(numberSet(source.lead));
        paragraphs(source).forEach((p, i) => {
          expect(numberSet(paragraphs(v)[i] ?? ''), `${where} paragraph ${i}`).toEqual(
            numberSet(p),
          );
        });
      }
    }
  });

  it('tags are vocabulary ids that the source text mentions', () => {
    const byId = new Map(vocabulary.map((e) => [e.id, e]));
    for (const r of releases) {
      const text = fullText(variant(r, r.sourceLang)).toLowerCase();
      expect(r.tags.length, r.id).toBeGreaterThan(0);
      for (const tag of r.tags) {
        const entry = byId.get(tag);
        expect(entry, `${r.id}: unknown tag ${tag}`).toBeDefined();
        const names = [entry?.labels[r.sourceLang], ...(entry?.aliases[r.sourceLang] ?? [])];
        const mentioned = names.some((n) => n !== undefined && text.includes(n.toLowerCase()));
        expect(mentioned, `${r.id} does not mention ${tag}`).toBe(true);
      }
    }
  });

  it('has at least one embargoed release and a statement-like draft', () => {
    expect(embargoedAdvisory.embargo).toEqual({
      until: '2023-08-25T10:00',
      timeZone: 'Europe/Minsk',
    });
    expect(embargoedAdvisory.sourceLang).toBe('ru');
    expect(embargoedAdvisory.contacts.length).toBeGreaterThan(0);
    for (const v of Object.values(embargoedAdvisory.variants)) expect(v?.status).toBe('draft');
    for (const v of Object.values(fullRelease.variants)) expect(v?.status).toBe('approved');
    for (const v of Object.values(sevenLanguageItem.variants)) expect(v?.status).toBe('approved');
  });

  it('returns fresh objects on every call', () => {
    const a = demoContent(FIXTURE_NOW);
    a.releases[0]!.tags.push('mutated');
    a.vocabulary[0]!.labels.en = 'mutated';
    const b = demoContent(FIXTURE_NOW);
    expect(b.releases[0]!.tags).not.toContain('mutated');
    expect(b.vocabulary[0]!.labels.en).not.toBe('mutated');
  });
});

describe('the full press release', () => {
  const en = variant(fullRelease, 'en');
  const ru = variant(fullRelease, 'ru');

  it('has an English original and a complete Russian translation', () => {
    expect(fullRelease.sourceLang).toBe('en');
    expect(fullRelease.date).toBe('2023-09-01');
    expect(Object.keys(fullRelease.variants).sort()).toEqual(['en', 'ru']);
    expect(paragraphs(en).length).toBeGreaterThanOrEqual(8);
    expect(paragraphs(ru).length).toBe(paragraphs(en).length);
    expect(en.datelinePlace).toBe('Brest');
    expect(ru.datelinePlace).toBe('Брест');
  });

  it('ends each version with the issuer signature', () => {
    expect(paragraphs(en).at(-1)).toBe('Joint Press Centre of the CSTO exercise');
    expect(paragraphs(ru).at(-1)).toBe('Объединённый пресс-центр учения ОДКБ');
    expect(fullRelease.issuer).toBe(paragraphs(en).at(-1));
  });

  it('has the same numbers in both languages, whatever the thousands separator', () => {
    expect(numbers('2,500 and 2 500 and 2\u00a0500 and 2500')).toEqual([
      '2500',
      '2500',
      '2500',
      '2500',
    ]);
    expect(numberSet(fullText(ru))).toEqual(numberSet(fullText(en)));
    for (const n of ['7', '2500', '500', '1', '6', '2023']) {
      expect(numbers(fullText(en))).toContain(n);
    }
  });

  it('names the same people, places and exercises in both languages', () => {
    const enText = fullText(en);
    const ruText = fullText(ru);
    for (const name of [
      'Imangali Tasmagambetov',
      'Anatoly Sidorov',
      'Colonel General',
      'Brest Fortress',
      'Combat Brotherhood-2023',
      'Interaction-2023',
      'Search-2023',
      'Echelon-2023',
      'Cobalt-2023',
      'Barrier-2023',
    ]) {
      expect(enText).toContain(name);
    }
    for (const name of [
      'Имангали Тасмагамбетова',
      'Имангали Тасмагамбетов',
      'Анатолия Сидорова',
      'генерал-полковника',
      'Брестской крепости',
      '«Боевое братство-2023»',
      '«Взаимодействие-2023»',
      '«Поиск-2023»',
      '«Эшелон-2023»',
      '«Кобальт-2023»',
      '«Барьер-2023»',
    ]) {
      expect(ruText).toContain(name);
    }
  });
});

describe('the seven-language news item', () => {
  it('has all seven languages, each naming the organisation by its short name', () => {
    expect(sevenLanguageItem.sourceLang).toBe('en');
    expect(Object.keys(sevenLanguageItem.variants).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      const v = variant(sevenLanguageItem, lang);
      expect(paragraphs(v).length, lang).toBe(2);
      expect(fullText(v), lang).toContain(ORG_SHORT_NAME[lang]);
      for (const n of ['25', '2024', '34', '5']) expect(numbers(v.lead), lang).toContain(n);
    }
  });

  it('uses each language’s own letters', () => {
    for (const [lang, letters] of Object.entries(SPECIFIC_LETTERS)) {
      expect(fullText(variant(sevenLanguageItem, lang as Lang)), lang).toMatch(letters);
    }
    // Every letter the brief lists turns up somewhere in its language.
    const expectAll = (lang: Lang, all: string): void => {
      const text = fullText(variant(sevenLanguageItem, lang)).toLowerCase();
      for (const ch of all) expect(text, `${lang} lacks ${ch}`).toContain(ch);
    };
    expectAll('kk', 'әғқңөұүі');
    expectAll('ky', 'ңөү');
    expectAll('be', 'ўі');
    expectAll('tg', 'ғӣқӯҳҷ');
  });

  it('keeps each script clean', () => {
    for (const lang of CYRILLIC_LANGS) {
      const text = fullText(variant(sevenLanguageItem, lang));
      expect(text, `${lang} has Latin letters`).not.toMatch(/\p{Script=Latin}/u);
      expect(text, `${lang} has no Cyrillic`).toMatch(/\p{Script=Cyrillic}/u);
    }
    const hy = fullText(variant(sevenLanguageItem, 'hy'));
    expect(hy).toMatch(/\p{Script=Armenian}/u);
    expect(hy).not.toMatch(/[\p{Script=Cyrillic}\p{Script=Latin}]/u);
    const en = fullText(variant(sevenLanguageItem, 'en'));
    expect(en).not.toMatch(/[\p{Script=Cyrillic}\p{Script=Armenian}]/u);
    // Russian has none of the other languages' letters; Belarusian has no и, щ or ъ.
    expect(fullText(variant(sevenLanguageItem, 'ru'))).not.toMatch(/[әғқңөұүһіўӣӯҳҷ]/iu);
    expect(fullText(variant(sevenLanguageItem, 'be'))).not.toMatch(/[ищъ]/iu);
  });
});

describe('vocabulary', () => {
  it('validates and has unique ids', () => {
    expect(vocabulary.length).toBeGreaterThanOrEqual(15);
    for (const e of vocabulary) expect(() => vocabularyEntrySchema.parse(e)).not.toThrow();
    expect(new Set(vocabulary.map((e) => e.id)).size).toBe(vocabulary.length);
  });

  it('has no name used twice within a language', () => {
    for (const lang of LANGS) {
      const seen = new Map<string, string>();
      for (const e of vocabulary) {
        const names = [e.labels[lang], ...(e.aliases[lang] ?? [])].filter(
          (n): n is string => n !== undefined,
        );
        for (const name of names) {
          const key = name.toLocaleLowerCase(lang);
          expect(
            seen.get(key),
            `${lang} "${name}" in ${e.id} and ${seen.get(key)}`,
          ).toBeUndefined();
          seen.set(key, e.id);
        }
      }
    }
  });

  it('names the organisation in all seven languages with its short forms', () => {
    const csto = vocabulary.find((e) => e.id === 'csto');
    for (const lang of LANGS) {
      expect(csto?.labels[lang], lang).toBeTruthy();
      expect(csto?.aliases[lang], lang).toContain(ORG_SHORT_NAME[lang]);
    }
  });
});

describe('seedToRelease', () => {
  const base: ReleaseSeed = releaseSeedSchema.parse({
    id: 'test-seed',
    kind: 'statement',
    sourceLang: 'ru',
    date: '2024-01-02',
    issuer: 'Test',
    place: { ru: 'Минск' },
    variants: { ru: { title: 'Заголовок', lead: '', paragraphs: ['Первый', '', 'Третий'] } },
  });

  it('turns paragraphs into a tiptap document, empty ones without content', () => {
    expect(paragraphsToDoc(['a', ''])).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
        { type: 'paragraph' },
      ],
    });
    const r = releaseSchema.parse(seedToRelease(base, FIXTURE_NOW));
    expect(paragraphs(variant(r, 'ru'))).toEqual(['Первый', '', 'Третий']);
    expect(r.embargo).toBeNull();
    expect(r.tags).toEqual([]);
    expect(r.contacts).toEqual([]);
    expect(variant(r, 'ru').status).toBe('draft');
  });

  it('defaults the status by kind', () => {
    expect(defaultSeedStatus('statement')).toBe('draft');
    expect(defaultSeedStatus('media-advisory')).toBe('draft');
    expect(defaultSeedStatus('press-release')).toBe('approved');
    expect(defaultSeedStatus('news')).toBe('approved');
  });

  it('rejects a seed without its source version, a missing place or an unknown field', () => {
    expect(() => releaseSeedSchema.parse({ ...base, sourceLang: 'en' })).toThrow();
    expect(() =>
      releaseSeedSchema.parse({
        ...base,
        variants: { ...base.variants, en: { title: 'T', lead: '', paragraphs: ['p'] } },
      }),
    ).toThrow();
    expect(() => releaseSeedSchema.parse({ ...base, extra: 1 })).toThrow();
  });

  it('matches the raw seed of the full release', () => {
    expect(seeds.map((s) => s.id)).toContain(fullReleaseSeed.id);
    expect(paragraphs(variant(fullRelease, 'en'))).toEqual(fullReleaseSeed.variants.en?.paragraphs);
  });
});

describe('the plain-text archive fixture', () => {
  const items = readArchive()
    .trim()
    .split(/\n[ \t]*\n[ \t]*\n/);

  it('holds five items with their titles, dates and signature', () => {
    expect(items).toHaveLength(archiveExpectations.length);
    items.forEach((item, i) => {
      const expected = archiveExpectations[i]!;
      const lines = item.split('\n').filter((l) => l.trim() !== '');
      expect(lines[0]).toBe(expected.titleLine);
      expect(lines.length - 1).toBe(expected.lines);
      expect(item).toContain(expected.dateAsWritten);
      if (expected.signature) expect(lines).toContain(expected.signature);
    });
  });
});

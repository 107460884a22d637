import { describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { runAllChecks, runChecks } from '@shared/review/checks';
import type { Finding } from '@shared/review/findings';
import { demoReleases, fullRelease, sevenLanguageItem, vocabulary } from '../fixtures';
import {
  editParagraphs,
  patchVersion,
  replaceAt,
  textsOf,
  versionIn,
} from './support/review-edits';

const check = (release: Release, lang: Lang): Finding[] => runChecks(release, lang, vocabulary);

describe('translation checks on the project’s own releases', () => {
  it('find nothing in the full release: the English original and its correct Russian translation', () => {
    expect(check(fullRelease, 'en')).toEqual([]);
    expect(check(fullRelease, 'ru')).toEqual([]);
  });

  it('find nothing in any of the seven versions of the news item', () => {
    const versions = Object.keys(sevenLanguageItem.variants);
    expect(versions.sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(check(sevenLanguageItem, lang), lang).toEqual([]);
  });

  it('find nothing in any demo release, and runAllChecks agrees with runChecks', () => {
    for (const release of demoReleases) {
      const all = runAllChecks(release, vocabulary);
      for (const lang of Object.keys(release.variants) as Lang[]) {
        expect(all[lang], `${release.id} ${lang}`).toEqual([]);
        expect(check(release, lang)).toEqual([]);
      }
    }
  });
});

describe('translation checks on deliberately broken copies', () => {
  it('a changed number: 2500 servicemen become 2000, in that paragraph only', () => {
    const broken = editParagraphs(fullRelease, 'ru', (texts) =>
      replaceAt(texts, 6, (t) => t.replace('2500', '2000')),
    );
    expect(check(broken, 'ru')).toEqual([
      {
        check: 'numbers',
        at: { part: 'body', paragraph: 6, sourceParagraph: 6 },
        missing: [expect.objectContaining({ kind: 'number', text: '2,500', values: ['2500'] })],
        extra: [expect.objectContaining({ kind: 'number', text: '2000' })],
      },
    ]);
  });

  it('a changed date in the lead', () => {
    const lead = versionIn(sevenLanguageItem, 'kk').lead.replace('25 шілдеде', '26 шілдеде');
    const [finding, ...rest] = check(patchVersion(sevenLanguageItem, 'kk', { lead }), 'kk');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      check: 'numbers',
      at: { part: 'lead' },
      missing: [{ kind: 'date', value: '2024-07-25', text: '25 July 2024' }],
      extra: [{ kind: 'date', value: '2024-07-26' }],
    });
  });

  it('a dropped paragraph, wherever it was: the count, which one, and nothing else', () => {
    for (let dropped = 0; dropped < 10; dropped += 1) {
      const broken = editParagraphs(fullRelease, 'ru', (texts) =>
        texts.filter((_, i) => i !== dropped),
      );
      expect(check(broken, 'ru'), `paragraph ${dropped} dropped`).toEqual([
        {
          check: 'paragraph-count',
          sourceCount: 10,
          targetCount: 9,
          missing: [dropped],
          extra: [],
        },
      ]);
    }
  });

  it('an added paragraph is named as extra, and the paragraphs after it still pair with their sources', () => {
    const broken = editParagraphs(fullRelease, 'ru', (texts) => [
      ...texts.slice(0, 5),
      'Пресс-центр также сообщает, что погода благоприятствует проведению учений.',
      ...texts.slice(5),
    ]);
    expect(check(broken, 'ru')).toEqual([
      { check: 'paragraph-count', sourceCount: 10, targetCount: 11, missing: [], extra: [5] },
    ]);
  });

  it('a missing vocabulary term: the Secretary General’s name left out of paragraph 1', () => {
    const broken = editParagraphs(fullRelease, 'ru', (texts) =>
      replaceAt(texts, 1, (t) => t.replace('ОДКБ Имангали Тасмагамбетова', 'ОДКБ')),
    );
    expect(check(broken, 'ru')).toEqual([
      {
        check: 'vocabulary',
        at: { part: 'body', paragraph: 1, sourceParagraph: 1 },
        entryId: 'imangali-tasmagambetov',
        sourceText: 'Imangali Tasmagambetov',
        expected: ['Имангали Тасмагамбетов', 'Тасмагамбетов'],
      },
    ]);
  });

  it('Russian text in the Kazakh slot: every segment reported as Russian, nothing else', () => {
    const ru = versionIn(sevenLanguageItem, 'ru');
    const broken = patchVersion(sevenLanguageItem, 'kk', {
      title: ru.title,
      lead: ru.lead,
      body: ru.body,
    });
    const findings = check(broken, 'kk');
    expect(findings.map((f) => ('at' in f ? f.at : null))).toEqual([
      { part: 'title' },
      { part: 'lead' },
      { part: 'body', paragraph: 0, sourceParagraph: 0 },
      { part: 'body', paragraph: 1, sourceParagraph: 1 },
    ]);
    for (const finding of findings) {
      expect(finding).toMatchObject({ check: 'wrong-language', expected: 'kk', looksLike: 'ru' });
    }
  });

  it('Russian text in the Kyrgyz, Belarusian and Tajik slots, and English in the Armenian one', () => {
    const ru = versionIn(sevenLanguageItem, 'ru');
    for (const lang of ['ky', 'be', 'tg'] as const) {
      const broken = editParagraphs(sevenLanguageItem, lang, (texts) =>
        replaceAt(texts, 1, () => textsOf(ru)[1]!),
      );
      expect(check(broken, lang), lang).toEqual([
        expect.objectContaining({
          check: 'wrong-language',
          at: { part: 'body', paragraph: 1, sourceParagraph: 1 },
          looksLike: 'ru',
        }),
      ]);
    }
    const en = versionIn(sevenLanguageItem, 'en');
    const english = patchVersion(sevenLanguageItem, 'hy', { lead: `${en.lead} (draft)` });
    expect(check(english, 'hy')).toEqual([
      expect.objectContaining({
        check: 'wrong-language',
        at: { part: 'lead' },
        reason: 'script',
        looksLike: 'en',
      }),
    ]);
  });

  it('an untranslated paragraph: the English text left in the Russian version', () => {
    const en = textsOf(versionIn(fullRelease, 'en'));
    const broken = editParagraphs(fullRelease, 'ru', (texts) => replaceAt(texts, 2, () => en[2]!));
    expect(check(broken, 'ru')).toEqual([
      { check: 'untranslated', at: { part: 'body', paragraph: 2, sourceParagraph: 2 } },
    ]);
  });

  it('an empty title, in a translation and in the source', () => {
    expect(check(patchVersion(fullRelease, 'ru', { title: '  ' }), 'ru')).toEqual([
      { check: 'empty', at: { part: 'title' } },
    ]);
    expect(check(patchVersion(fullRelease, 'en', { title: '' }), 'en')).toEqual([
      { check: 'empty', at: { part: 'title' } },
    ]);
  });

  it('links that differ, whether link marks or addresses written in the text', () => {
    const linked = (release: Release, lang: Lang, href: string): Release => {
      const variant = versionIn(release, lang);
      const content = [...(variant.body.content ?? [])];
      content[8] = {
        type: 'paragraph',
        content: [
          ...(content[8]!.content ?? []),
          { type: 'text', text: ' Photos', marks: [{ type: 'link', attrs: { href } }] },
        ],
      };
      return patchVersion(release, lang, { body: { type: 'doc', content } });
    };
    const same = linked(
      linked(fullRelease, 'en', 'https://example.org/photos/'),
      'ru',
      'https://EXAMPLE.org/photos',
    );
    expect(check(same, 'ru')).toEqual([]);
    const different = linked(
      linked(fullRelease, 'en', 'https://example.org/photos'),
      'ru',
      'https://example.org/foto',
    );
    expect(check(different, 'ru')).toEqual([
      {
        check: 'links',
        at: { part: 'body', paragraph: 8, sourceParagraph: 8 },
        missing: [{ href: 'https://example.org/photos', key: 'example.org/photos' }],
        extra: [{ href: 'https://example.org/foto', key: 'example.org/foto' }],
      },
    ]);
    const written = editParagraphs(fullRelease, 'en', (texts) =>
      replaceAt(texts, 8, (t) => `${t} See www.example.org.`),
    );
    expect(check(written, 'ru')).toEqual([
      expect.objectContaining({
        check: 'links',
        missing: [{ href: 'www.example.org', key: 'www.example.org' }],
        extra: [],
      }),
    ]);
  });

  it('several problems at once are each reported where they are', () => {
    let broken = editParagraphs(fullRelease, 'ru', (texts) =>
      replaceAt(texts, 6, (t) => t.replace('2500', '2000')),
    );
    broken = editParagraphs(broken, 'ru', (texts) =>
      replaceAt(texts, 1, (t) => t.replace('ОДКБ Имангали Тасмагамбетова', 'ОДКБ')),
    );
    broken = patchVersion(broken, 'ru', { title: '' });
    expect(
      check(broken, 'ru').map((f) => [f.check, 'at' in f ? f.at : null]),
    ).toEqual([
      ['empty', { part: 'title' }],
      ['vocabulary', { part: 'body', paragraph: 1, sourceParagraph: 1 }],
      ['numbers', { part: 'body', paragraph: 6, sourceParagraph: 6 }],
    ]);
  });
});

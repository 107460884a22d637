import { describe, expect, it } from 'vitest';
import type { Release, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { fingerprint, paragraphFingerprints } from '@shared/review/fingerprint';
import { outdatedReport } from '@shared/review/outdated';
import { paragraphChanges } from '@shared/review/paragraph-changes';
import { paragraphsOf } from '@shared/review/paragraphs';
import { recordSourceBase } from '@shared/review/source-base';
import { fullRelease, sevenLanguageItem } from '../fixtures';
import {
  editParagraphs,
  patchVersion,
  replaceAt,
  textsOf,
  versionIn,
} from './support/review-edits';

const AT = '2024-08-01T09:00:00.000Z';

/** Every translation brought up to date with the source as it is now. */
function upToDate(release: Release): Release {
  const source = versionIn(release, release.sourceLang);
  let result = release;
  for (const lang of Object.keys(release.variants) as Lang[]) {
    if (lang !== release.sourceLang)
      result = patchVersion(result, lang, { sourceBase: recordSourceBase(source, AT) });
  }
  return result;
}

function reportFor(release: Release, lang: Lang, baseSource: Variant | null = null) {
  return outdatedReport(
    versionIn(release, release.sourceLang),
    versionIn(release, lang),
    baseSource,
  );
}

describe('paragraphs of a body', () => {
  it('takes headings, list items and quoted paragraphs as paragraphs, skips empty blocks, collects links', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Programme' }] },
        { type: 'paragraph' },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Opening' }] }],
            },
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Exercises' }] },
                {
                  type: 'orderedList',
                  content: [
                    {
                      type: 'listItem',
                      content: [
                        { type: 'paragraph', content: [{ type: 'text', text: 'Search-2023' }] },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'See ' },
                {
                  type: 'text',
                  text: 'the ',
                  marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }],
                },
                {
                  type: 'text',
                  text: 'site',
                  marks: [
                    { type: 'bold' },
                    { type: 'link', attrs: { href: 'https://example.org/' } },
                  ],
                },
                { type: 'hardBreak' },
                { type: 'text', text: 'now.' },
              ],
            },
          ],
        },
      ],
    };
    expect(paragraphsOf(doc)).toEqual([
      { index: 0, block: 0, kind: 'heading', text: 'Programme', links: [] },
      { index: 1, block: 2, kind: 'list-item', text: 'Opening', links: [] },
      { index: 2, block: 2, kind: 'list-item', text: 'Exercises', links: [] },
      { index: 3, block: 2, kind: 'list-item', text: 'Search-2023', links: [] },
      {
        index: 4,
        block: 3,
        kind: 'paragraph',
        text: 'See the site\nnow.',
        links: ['https://example.org/'],
      },
    ]);
  });
});

describe('fingerprints', () => {
  it('ignore whitespace runs, no-break spaces, invisible characters and Unicode composition; see everything else', () => {
    const base = fingerprint('Всего привлечено более 2500 военнослужащих.');
    expect(fingerprint('  Всего  привлечено\u00a0более 2500\u200b военнослужащих.\n')).toBe(base);
    expect(fingerprint('Всего привлечено более 2500 военнослужащих.'.normalize('NFD'))).toBe(base);
    expect(fingerprint('Всего привлечено более 2500 военнослужащих')).not.toBe(base);
    expect(fingerprint('всего привлечено более 2500 военнослужащих.')).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('outdated detection', () => {
  it('a translation just brought up to date is current; one never brought up to date is untracked', () => {
    const release = upToDate(fullRelease);
    expect(reportFor(release, 'ru')).toMatchObject({
      state: 'current',
      paragraphs: [],
      title: null,
      lead: null,
    });
    expect(reportFor(fullRelease, 'ru')).toMatchObject({ state: 'untracked' });
  });

  it('one changed source paragraph is reported, exactly, for every translation', () => {
    const before = upToDate(sevenLanguageItem);
    const after = editParagraphs(before, 'en', (texts) =>
      replaceAt(texts, 1, (t) => t.replace('peacekeeping', 'peacekeeping operations')),
    );
    const baseSource = versionIn(before, 'en');
    for (const lang of ['ru', 'hy', 'be', 'kk', 'ky', 'tg'] as const) {
      const report = reportFor(after, lang, baseSource);
      expect(report.state, lang).toBe('outdated');
      expect(report.title).toBeNull();
      expect(report.lead).toBeNull();
      expect(report.paragraphs).toEqual([
        {
          kind: 'changed',
          before: 1,
          after: 1,
          diff: [
            { op: 'equal', text: expect.stringMatching(/peacekeeping $/) },
            { op: 'added', text: 'operations' },
            { op: 'equal', text: expect.stringMatching(/^, countering/) },
          ],
        },
      ]);
      expect(report.baseTextKnown).toBe(true);
    }
  });

  it('in the ten-paragraph release, a change to paragraph 4 is paragraph 4 only', () => {
    const before = upToDate(fullRelease);
    const after = editParagraphs(before, 'en', (texts) =>
      replaceAt(texts, 4, (t) => t.replace('stressed', 'emphasised')),
    );
    expect(reportFor(after, 'ru', versionIn(before, 'en')).paragraphs).toEqual([
      expect.objectContaining({ kind: 'changed', before: 4, after: 4 }),
    ]);
  });

  it('without the old source text, says which paragraphs changed but gives no diff', () => {
    const before = upToDate(fullRelease);
    const after = editParagraphs(before, 'en', (texts) => replaceAt(texts, 4, (t) => `${t} More.`));
    const report = reportFor(after, 'ru');
    expect(report.baseTextKnown).toBe(false);
    expect(report.paragraphs).toEqual([{ kind: 'changed', before: 4, after: 4, diff: null }]);
  });

  it('ignores a passed base text whose fingerprints are not the recorded ones', () => {
    const before = upToDate(fullRelease);
    const after = editParagraphs(before, 'en', (texts) => replaceAt(texts, 4, (t) => `${t} More.`));
    const report = reportFor(after, 'ru', versionIn(after, 'en'));
    expect(report.baseTextKnown).toBe(false);
  });

  it('reports added and removed paragraphs with their indices, and title and lead changes', () => {
    const before = upToDate(fullRelease);
    const en = textsOf(versionIn(before, 'en'));
    let after = editParagraphs(before, 'en', () => [
      ...en.slice(0, 2),
      'A new paragraph about the weather during the exercise.',
      ...en.slice(2, 7),
      ...en.slice(8),
    ]);
    after = patchVersion(after, 'en', { title: `${versionIn(before, 'en').title} (updated)` });
    const report = reportFor(after, 'ru', versionIn(before, 'en'));
    expect(report.paragraphs).toEqual([
      {
        kind: 'added',
        after: 2,
        diff: [{ op: 'added', text: 'A new paragraph about the weather during the exercise.' }],
      },
      { kind: 'removed', before: 7, diff: [{ op: 'removed', text: en[7] }] },
    ]);
    expect(report.title?.diff).toEqual([
      { op: 'equal', text: expect.stringMatching(/Brest Fortress $/) },
      { op: 'added', text: '(updated)' },
    ]);
    expect(report.lead).toBeNull();
  });

  it('whitespace-only source edits do not outdate anything', () => {
    const before = upToDate(fullRelease);
    const after = editParagraphs(before, 'en', (texts) =>
      texts.map((t) => `  ${t.replace(/ /g, '  ')} `),
    );
    expect(reportFor(after, 'ru').state).toBe('current');
  });
});

describe('paragraph changes', () => {
  const at = (texts: string[]) => ({ fingerprints: texts.map(fingerprint), texts });

  it('pairs a rewritten paragraph with its new text even when a new one is inserted before it', () => {
    const before = [
      'Alpha beta gamma delta.',
      'The exercise took place in Brest with 2,500 servicemen.',
      'Omega.',
    ];
    const after = [
      'Alpha beta gamma delta.',
      'Completely unrelated new text about journalists.',
      'The exercise took place near Brest with 2,500 servicemen.',
      'Omega.',
    ];
    expect(
      paragraphChanges(at(before), at(after)).map(({ kind, ...rest }) => [
        kind,
        'before' in rest ? rest.before : null,
        'after' in rest ? rest.after : null,
      ]),
    ).toEqual([
      ['equal', 0, 0],
      ['added', null, 1],
      ['changed', 1, 2],
      ['equal', 2, 3],
    ]);
  });

  it('agrees with the fingerprints of the body', () => {
    const body = versionIn(fullRelease, 'en').body;
    expect(paragraphFingerprints(body)).toEqual(
      textsOf(versionIn(fullRelease, 'en')).map(fingerprint),
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import type { SearchHit, SearchQuery } from '@shared/search/query';
import { SearchIndex } from '../../src/main/search/search-index';
import { freshDemoContent } from '../fixtures';
import { useTempDirs } from './support/temp-dir';
import { withSourceText } from './support/release-builders';

const tempDir = useTempDirs();
let index: SearchIndex;
let releases: Release[];

beforeEach(async () => {
  const content = freshDemoContent();
  releases = content.releases;
  index = await SearchIndex.open(await tempDir());
  index.setVocabulary(content.vocabulary);
  for (const release of releases) index.update(release);
});

afterEach(async () => {
  await index.close();
});

const search = async (text: string, filters: Omit<SearchQuery, 'text'> = {}) =>
  (await index.query({ text, ...filters })).hits;
const found = async (text: string, filters: Omit<SearchQuery, 'text'> = {}) =>
  (await search(text, filters)).map((h) => `${h.id}/${h.lang}`);
const highlighted = (hit: SearchHit) =>
  hit.snippet.highlights.map(([from, to]) => hit.snippet.text.slice(from, to));

describe('SearchIndex: one box over every language version', () => {
  it('meets Russian word forms: "учение" finds "учения"', async () => {
    const hits = await search('учение');
    expect(hits.map((h) => `${h.id}/${h.lang}`).sort()).toEqual([
      'accreditation-combat-brotherhood-2023/ru',
      'combat-brotherhood-2023/ru',
    ]);
    for (const hit of hits)
      for (const word of highlighted(hit)) expect(word.toLowerCase()).toMatch(/^учени/);
  });

  it('ignores case, ё/е and Latin diacritics', async () => {
    expect(await found('ОБЪЕДИНЁННОГО ШТАБА')).toEqual(await found('объединенного штаба'));
    expect(await found('объединенного штаба')).toEqual(['combat-brotherhood-2023/ru']);
    expect(await found('Brëst Fôrtress')).toEqual(await found('brest fortress'));
    expect((await found('brest fortress'))[0]).toBe('combat-brotherhood-2023/en');
  });

  it('matches the word being typed as a prefix', async () => {
    expect(await found('Тасмагамб')).toEqual(['combat-brotherhood-2023/ru']);
    expect(await found('Imangali Tasm')).toEqual(['combat-brotherhood-2023/en']);
  });

  it('finds Armenian, Kazakh, Kyrgyz, Tajik and Belarusian text, any case', async () => {
    expect((await found('ԴԻՎԱՆԱԳԻՏՈՒԹՅԱՆ'))[0]).toBe('diplomacy-school-2024/hy');
    expect((await found('дипломатия мектебі'))[0]).toBe('diplomacy-school-2024/kk');
    expect((await found('хатшылығы'))[0]).toBe('diplomacy-school-2024/kk');
    expect((await found('бүтүрүүчүлөрү'))[0]).toBe('diplomacy-school-2024/ky');
    expect((await found('тобистонаи'))[0]).toBe('diplomacy-school-2024/tg');
    expect((await found('выпускнікамі'))[0]).toBe('diplomacy-school-2024/be');
  });

  it('finds a hyphenated name whole and by parts', async () => {
    expect((await found('Взаимодействие-2023'))[0]).toBe('combat-brotherhood-2023/ru');
    expect((await found('Взаимодействие'))[0]).toBe('combat-brotherhood-2023/ru');
  });

  it('reaches tags from any language: a name of a vocabulary entry finds the releases tagged with it', async () => {
    const hits = await search('ՀԱՊԿ');
    expect(hits[0]).toMatchObject({ id: 'diplomacy-school-2024', lang: 'hy' });
    // Tagged csto but without an Armenian version: found through the tag, its own name for it highlighted.
    const advisory = hits.find((h) => h.id === 'accreditation-combat-brotherhood-2023')!;
    expect(advisory.lang).toBe('ru');
    expect(highlighted(advisory)).toContain('ОДКБ');
  });

  it('gives the matching version, every version that matched, its title and a highlighted snippet', async () => {
    const [hit] = await search('Sidorov');
    expect(hit).toMatchObject({
      id: 'combat-brotherhood-2023',
      lang: 'en',
      kind: 'press-release',
      date: '2023-09-01',
    });
    expect(hit!.title).toBe(
      releases.find((r) => r.id === 'combat-brotherhood-2023')!.variants.en!.title,
    );
    expect(hit!.langs).toEqual(['en', 'ru']);
    expect(hit!.field).toBe('body');
    // "Sidorov" is an alias of the entry Anatoly Sidorov: its full name in the text is what met the query.
    expect(highlighted(hit!)).toEqual(['Anatoly Sidorov']);
  });

  it('combines the query with filters for tag, kind, status, language and date range', async () => {
    expect(await found('ОДКБ', { tags: ['brest-fortress'] })).toEqual([
      'accreditation-combat-brotherhood-2023/ru',
      'combat-brotherhood-2023/ru',
    ]);
    expect(await found('ОДКБ', { kinds: ['media-advisory'] })).toEqual([
      'accreditation-combat-brotherhood-2023/ru',
    ]);
    expect(await found('CSTO', { statuses: ['draft'] })).toEqual([
      'accreditation-combat-brotherhood-2023/en',
    ]);
    expect(await found('CSTO', { langs: ['hy', 'kk'] })).toEqual(['diplomacy-school-2024/hy']);
    expect(await found('CSTO', { from: '2023-09-01', to: '2023-12-31', langs: ['en'] })).toEqual([
      'combat-brotherhood-2023/en',
    ]);
    expect(await found('CSTO', { tags: ['brest-fortress', 'moscow'] })).toEqual([]);
  });

  it('lists by date, newest first, when only filters are given', async () => {
    expect((await search('', { tags: ['csto'] })).map((h) => h.id)).toEqual([
      'diplomacy-school-2024',
      'combat-brotherhood-2023',
      'accreditation-combat-brotherhood-2023',
    ]);
    const { total, hits } = await index.query({ text: '', langs: ['tg'] });
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ id: 'diplomacy-school-2024', lang: 'tg' });
  });

  it('pages through results', async () => {
    const all = await index.query({ text: '2023', limit: 10 });
    const first = await index.query({ text: '2023', limit: 1 });
    const second = await index.query({ text: '2023', limit: 1, offset: 1 });
    expect(all.total).toBe(first.total);
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(
      all.hits.slice(0, 2).map((h) => h.id),
    );
  });

  it('replaces a release on update and drops it on remove', async () => {
    const item = releases.find((r) => r.id === 'diplomacy-school-2024')!;
    index.update({
      ...withSourceText(item, 'Graduates visit Yerevan', 'A new text.'),
      rev: item.rev + 1,
    });
    expect(await found('peacekeeping')).toEqual([]);
    expect(await found('Yerevan')).toEqual(['diplomacy-school-2024/en']);
    index.remove('diplomacy-school-2024');
    expect(await found('Yerevan')).toEqual([]);
    expect(await found('дипломатия')).toEqual([]);
    expect(index.getStats().releases).toBe(releases.length - 1);
  });
});

/**
 * What drafting keeps in the library: list sorting and filtering on the index, templates and
 * snippets in library.json (readable from files written before them), checkpoints, pictures.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE_KINDS, type ReleaseKind, type VariantStatus } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { putAsset, readAsset } from '../../src/main/assets/asset-store';
import { sniffImageType } from '../../src/main/assets/image-type';
import { createCheckpoint } from '../../src/main/drafting/checkpoint';
import { createRelease } from '../../src/main/drafting/new-release';
import {
  effectiveTemplates,
  withDefaultTemplate,
  withoutSnippet,
  withSnippet,
  withTemplate,
} from '../../src/main/drafting/templates';
import { AppError } from '../../src/main/errors';
import { Library } from '../../src/main/library/library';
import type { IndexRow } from '../../src/main/library/release-index';
import { queryRows } from '../../src/main/library/release-query';
import { useTempDirs } from './support/temp-dir';
import { withSourceText } from './support/release-builders';

const tempDir = useTempDirs();

function row(
  id: string,
  date: string,
  kind: ReleaseKind,
  statuses: Partial<Record<Lang, VariantStatus>>,
  updatedAt = `${date}T10:00:00.000Z`,
): IndexRow {
  const sourceLang = Object.keys(statuses)[0] as Lang;
  return {
    id,
    rev: 1,
    kind,
    sourceLang,
    date,
    embargoUntil: null,
    statuses,
    tags: [],
    updatedAt,
    file: { size: 1, mtimeMs: 1 },
    titles: [0, 0],
  };
}

describe('queryRows', () => {
  const newestFirst = [
    row('e', '2024-09-01', 'news', { ru: 'draft', en: 'approved' }),
    row('d', '2024-08-01', 'statement', { en: 'in-review' }),
    row('c', '2024-07-01', 'press-release', { hy: 'approved', ru: 'changes-requested' }),
    row('b', '2024-06-01', 'news', { kk: 'approved' }, '2024-12-01T00:00:00.000Z'),
    row('a', '2024-05-01', 'media-advisory', { ru: 'draft' }),
  ];
  const ids = (query: Parameters<typeof queryRows>[1]) => queryRows(newestFirst, query).map((r) => r.id);

  it('keeps the index order by default and reverses it for oldest first', () => {
    expect(ids({})).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(ids({ order: 'asc' })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('filters by kind, language, status and date', () => {
    expect(ids({ filter: { kinds: ['news'] } })).toEqual(['e', 'b']);
    expect(ids({ filter: { langs: ['ru'] } })).toEqual(['e', 'c', 'a']);
    expect(ids({ filter: { statuses: ['approved'] } })).toEqual(['e', 'c', 'b']);
    // Status in the filtered languages only: e is approved in English, not in Russian.
    expect(ids({ filter: { langs: ['ru'], statuses: ['approved'] } })).toEqual([]);
    expect(ids({ filter: { dateFrom: '2024-06-01', dateTo: '2024-08-01' } })).toEqual(['d', 'c', 'b']);
    expect(ids({ filter: { kinds: [], langs: [] } })).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('sorts by kind, source language, status and last update, newest first among equals', () => {
    expect(ids({ sort: 'kind', order: 'asc' })).toEqual(['c', 'e', 'b', 'd', 'a']);
    expect(ids({ sort: 'language', order: 'asc' })).toEqual(['e', 'a', 'd', 'c', 'b']);
    // By the version that needs the most work: drafts first.
    expect(ids({ sort: 'status', order: 'asc' })).toEqual(['e', 'a', 'c', 'd', 'b']);
    expect(ids({ sort: 'updated' })).toEqual(['b', 'e', 'd', 'c', 'a']);
  });

  it('filters and sorts 50,000 rows correctly (its speed is bench:store’s business)', () => {
    const statuses: VariantStatus[] = ['draft', 'in-review', 'changes-requested', 'approved'];
    const big = Array.from({ length: 50_000 }, (_, i) =>
      row(
        `r${String(i).padStart(6, '0')}`,
        `20${String(10 + (i % 15))}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
        RELEASE_KINDS[i % 5]!,
        { en: statuses[i % 4]!, ru: statuses[(i + 1) % 4]! },
      ),
    );
    const result = queryRows(big, {
      sort: 'status',
      filter: { kinds: ['news', 'statement'], langs: ['en'], dateFrom: '2015-01-01' },
    });
    const expected = big.filter(
      (r) => (r.kind === 'news' || r.kind === 'statement') && r.statuses.en && r.date >= '2015-01-01',
    );
    expect(result.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
  });
});

describe('Library.listReleases with sort and filter', () => {
  it('pages through the filtered rows and reports their total', async () => {
    const library = await Library.open(await tempDir());
    for (let i = 0; i < 6; i += 1) {
      const created = await library.createRelease({
        kind: i % 2 ? 'news' : 'statement',
        sourceLang: 'en',
        date: `2024-07-0${i + 1}`,
      });
      await library.saveRelease(withSourceText(created, `Title ${i}`, 'Text'));
    }
    const first = await library.listReleases({ limit: 2, filter: { kinds: ['news'] }, order: 'asc' });
    const second = await library.listReleases({ offset: 2, limit: 2, filter: { kinds: ['news'] }, order: 'asc' });
    expect(first.total).toBe(3);
    expect([...first.rows, ...second.rows].map((r) => r.titles.en)).toEqual(['Title 1', 'Title 3', 'Title 5']);
    await library.close();
  });
});

describe('templates and snippets in library.json', () => {
  it('reads a library.json written before templates as holding the defaults', async () => {
    const dir = await tempDir();
    await (await Library.open(dir)).close();
    const path = join(dir, 'library.json');
    const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    delete file.templates;
    delete file.snippets;
    await writeFile(path, JSON.stringify(file));

    const library = await Library.open(dir);
    expect(effectiveTemplates(library.draftingKit()).map((t) => t.kind)).toEqual([...RELEASE_KINDS]);
    expect(library.draftingKit().snippets.map((s) => s.id)).toContain('about-press-centre');
    expect(library.info().quarantined).toEqual([]);
    await library.close();
  });

  it('seeds a template for every kind in Russian and English', async () => {
    const library = await Library.open(await tempDir());
    for (const template of effectiveTemplates(library.draftingKit())) {
      expect(Object.keys(template.versions).sort(), template.kind).toEqual(['en', 'ru']);
      expect(template.versions.ru!.issuer, template.kind).not.toBe('');
    }
    await library.close();
  });

  it('stores edited templates and snippets, resets a template, and unlinks a deleted snippet', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const [pressRelease] = effectiveTemplates(library.draftingKit());
    const edited = {
      ...pressRelease!,
      versions: { ...pressRelease!.versions, ru: { ...pressRelease!.versions.ru!, issuer: 'Объединённый пресс-центр', datelinePlace: 'Брест' } },
    };
    await library.updateDraftingKit((kit) => withTemplate(kit, edited));
    await library.updateDraftingKit((kit) => withSnippet(kit, { id: 'about-exercise', name: 'Exercise', texts: { en: 'About.' } }));
    await library.close();

    const reopened = await Library.open(dir);
    const kit = reopened.draftingKit();
    expect(effectiveTemplates(kit)[0]!.versions.ru!.issuer).toBe('Объединённый пресс-центр');
    expect(kit.snippets.map((s) => s.id)).toEqual(['about-press-centre', 'accreditation', 'about-exercise']);

    const reset = await reopened.updateDraftingKit((k) => withDefaultTemplate(k, 'press-release'));
    expect(effectiveTemplates(reset)[0]!.versions.ru!.issuer).toBe('Пресс-центр');
    const unlinked = await reopened.updateDraftingKit((k) => withoutSnippet(k, 'about-press-centre'));
    expect(effectiveTemplates(unlinked).find((t) => t.kind === 'press-release')!.snippetId).toBeNull();
    expect(() => withoutSnippet(unlinked, 'no-such-snippet')).toThrow(AppError);
    await reopened.close();
  });

  it('starts a release from its kind’s template in the release’s language', async () => {
    const library = await Library.open(await tempDir());
    const advisory = await createRelease(library, { kind: 'media-advisory', sourceLang: 'ru', template: true });
    expect(advisory.issuer).toBe('Пресс-центр');
    expect(advisory.boilerplate.ru).toMatch(/аккредитац/);
    expect(advisory.boilerplate.en).toMatch(/accredited/);
    expect(advisory.variants.ru!.body.content!.filter((n) => n.type === 'heading')).toHaveLength(3);
    // A language the template does not have: its structure, but no issuer in another language.
    const armenian = await createRelease(library, { kind: 'interview', sourceLang: 'hy', template: true });
    expect(armenian.issuer).toBe('');
    expect(armenian.variants.hy!.body.content).toHaveLength(2);
    const blank = await createRelease(library, { kind: 'news', sourceLang: 'en' });
    expect(blank.issuer).toBe('');
    await library.close();
  });
});

describe('checkpoints', () => {
  it('records the stored version as a revision with reason checkpoint', async () => {
    const library = await Library.open(await tempDir());
    await library.updateSettings({ userName: 'Anna' });
    const created = await library.createRelease({ kind: 'news', sourceLang: 'en' });
    const saved = await library.saveRelease(withSourceText(created, 'Kept', 'Text worth keeping.'));
    const revision = await createCheckpoint(library, saved.id, 'en', new Date('2024-07-25T10:00:00Z'));
    expect(revision).toMatchObject({ reason: 'checkpoint', author: 'Anna', releaseRev: saved.rev, lang: 'en' });
    expect((await library.listRevisions(saved.id)).map((r) => r.variant.title)).toEqual(['Kept']);
    await expect(createCheckpoint(library, saved.id, 'hy')).rejects.toMatchObject({ code: 'not-found' });
    await library.close();
  });
});

describe('pictures', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

  it('tells formats by their first bytes, whatever the file claims', () => {
    expect(sniffImageType(png)).toBe('png');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffImageType(Buffer.from('GIF89a'))).toBe('gif');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(Buffer.from('<svg onload="alert(1)"></svg>'))).toBeNull();
    expect(sniffImageType(Buffer.from('<html><script>'))).toBeNull();
  });

  it('stores a picture once under its hash and reads it back', async () => {
    const dir = await tempDir();
    const first = await putAsset(dir, png);
    const again = await putAsset(dir, png);
    expect(first).toEqual(again);
    expect(first).toMatchObject({ mime: 'image/png', bytes: png.length });
    expect((await readAsset(dir, first.src)).bytes.equals(png)).toBe(true);
    await expect(readAsset(dir, `assets/${'0'.repeat(64)}.png`)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses what is not a picture, and pictures over the limit', async () => {
    const dir = await tempDir();
    await expect(putAsset(dir, Buffer.from('<svg/>'))).rejects.toMatchObject({ code: 'invalid-input' });
    const huge = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    await expect(putAsset(dir, huge)).rejects.toMatchObject({ code: 'too-large' });
  });
});

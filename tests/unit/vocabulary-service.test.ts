/**
 * The vocabulary methods against a real library in a temp folder: merging and deleting
 * entries re-tag every release and lose no name, duplicate names are refused, and imports
 * land whole or not at all.
 */
import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '@shared/domain';
import { exportVocabularyCsv } from '@shared/vocabulary/exchange';
import { entryNames } from '@shared/vocabulary/names';
import { nameKey } from '@shared/vocabulary/validate';
import { Library } from '../../src/main/library/library';
import {
  deleteEntry,
  mergeEntries,
  previewDelete,
  saveEntry,
  usage,
} from '../../src/main/vocabulary/entry-edits';
import { exportVocabulary, importVocabulary } from '../../src/main/vocabulary/vocabulary-exchange';
import { freshDemoContent, vocabulary as demoVocabulary } from '../fixtures';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

async function demoLibrary(): Promise<Library> {
  const library = await Library.open(await tempDir(), { seed: () => freshDemoContent() });
  await library.verified();
  await library.searchCaughtUp();
  return library;
}

async function tagsById(library: Library): Promise<Map<string, string[]>> {
  const page = await library.listReleases({ limit: 500 });
  return new Map(page.rows.map((row) => [row.id, row.tags]));
}

function names(entry: VocabularyEntry): string[] {
  return entryNames(entry).map((n) => `${n.lang}:${nameKey(n.text)}`);
}

async function taggedWith(library: Library, tag: string): Promise<string[]> {
  const result = await library.searchReleases({ text: '', tags: [tag], limit: 50 });
  return result.hits.map((hit) => hit.id).sort();
}

describe('merging two entries', () => {
  it('re-tags every release that carried either with the merged entry, and loses nothing', async () => {
    const library = await demoLibrary();
    const before = await tagsById(library);
    const into = library.listVocabulary().find((e) => e.id === 'csto')!;
    const from = library.listVocabulary().find((e) => e.id === 'csto-secretariat')!;
    const expected = [...before].filter(
      ([, tags]) => tags.includes('csto') || tags.includes('csto-secretariat'),
    );
    expect(expected.length).toBeGreaterThan(1);

    const change = await mergeEntries(library, { into: 'csto', from: 'csto-secretariat' });

    expect(change.retagged).toBe(
      [...before.values()].filter((t) => t.includes('csto-secretariat')).length,
    );
    const after = await tagsById(library);
    for (const [id, tags] of before) {
      const now = after.get(id)!;
      expect(now).not.toContain('csto-secretariat');
      if (tags.includes('csto') || tags.includes('csto-secretariat')) expect(now).toContain('csto');
      // Every other tag stays, in its place.
      expect(now.filter((t) => t !== 'csto')).toEqual(
        tags.filter((t) => t !== 'csto' && t !== 'csto-secretariat'),
      );
    }
    const merged = change.vocabulary.find((e) => e.id === 'csto')!;
    expect(change.vocabulary.some((e) => e.id === 'csto-secretariat')).toBe(false);
    for (const name of [...names(into), ...names(from)]) expect(names(merged)).toContain(name);
    expect(library.listVocabulary()).toEqual(change.vocabulary);
    // The search index sees the new tags at once.
    expect(await taggedWith(library, 'csto')).toEqual(expected.map(([id]) => id).sort());
    expect(await taggedWith(library, 'csto-secretariat')).toEqual([]);

    // And so does the library after a restart.
    const dir = library.dir;
    await library.close();
    const reopened = await Library.open(dir);
    expect(reopened.listVocabulary().find((e) => e.id === 'csto')).toEqual(merged);
    expect(await tagsById(reopened)).toEqual(after);
    await reopened.close();
  });

  it('refuses to merge an entry into itself or with one that does not exist, changing nothing', async () => {
    const library = await demoLibrary();
    const before = await tagsById(library);
    await expect(
      mergeEntries(library, { into: 'csto', from: 'no-such-entry' }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(mergeEntries(library, { into: 'csto', from: 'csto' })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await tagsById(library)).toEqual(before);
    expect(library.listVocabulary()).toEqual(demoVocabulary);
    await library.close();
  });
});

describe('deleting an entry', () => {
  it('says how many releases carry it, then takes the tag off them', async () => {
    const library = await demoLibrary();
    const carrying = [...(await tagsById(library))].filter(([, tags]) =>
      tags.includes('combat-brotherhood-2023'),
    );
    expect(previewDelete(library, 'combat-brotherhood-2023')).toEqual({
      affected: carrying.length,
    });
    expect(usage(library)['combat-brotherhood-2023']).toBe(carrying.length);

    const change = await deleteEntry(library, 'combat-brotherhood-2023');
    expect(change.retagged).toBe(carrying.length);
    expect(change.vocabulary.map((e) => e.id)).not.toContain('combat-brotherhood-2023');
    for (const tags of (await tagsById(library)).values())
      expect(tags).not.toContain('combat-brotherhood-2023');
    expect(usage(library)['combat-brotherhood-2023']).toBeUndefined();
    expect(() => previewDelete(library, 'combat-brotherhood-2023')).toThrow(/no entry/);
    await library.close();
  });
});

describe('saving an entry', () => {
  it('adds a new entry under an id made from its English label, and edits it in place', async () => {
    const library = await demoLibrary();
    const { entry } = await saveEntry(library, {
      type: 'place',
      labels: { en: 'Minsk', ru: 'Минск' },
      aliases: {},
    });
    expect(entry.id).toBe('minsk');
    const { vocabulary } = await saveEntry(library, { ...entry, aliases: { be: ['Мінск'] } });
    expect(vocabulary.find((e) => e.id === 'minsk')?.aliases).toEqual({ be: ['Мінск'] });
    expect(vocabulary).toHaveLength(demoVocabulary.length + 1);
    await library.close();
  });

  it('refuses a label another entry already has in that language, naming it and the language', async () => {
    const library = await demoLibrary();
    const attempt = saveEntry(library, {
      type: 'organisation',
      labels: { ru: 'одкб' },
      aliases: {},
    });
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(attempt).rejects.toThrow(/“одкб” \(Русский\).*alias “ОДКБ” \(Русский\) of csto/);
    // Spelled with ё or е, the same name.
    await expect(
      saveEntry(library, {
        type: 'organisation',
        labels: { ru: 'Объединенный штаб ОДКБ', en: 'Joint HQ' },
        aliases: {},
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(library.listVocabulary()).toEqual(demoVocabulary);
    await library.close();
  });
});

describe('import and export', () => {
  const plainEntries = demoVocabulary.map(({ type, labels, aliases }) => ({
    type,
    labels,
    aliases,
  }));

  it('imports a file shaped { entries: [ { type, labels, aliases } ] } as it is', async () => {
    const library = await Library.open(await tempDir());
    const content = JSON.stringify({ entries: plainEntries });
    const dry = await importVocabulary(library, { format: 'json', content, dryRun: true });
    expect(dry.added).toHaveLength(demoVocabulary.length);
    expect(library.listVocabulary()).toEqual([]);

    const done = await importVocabulary(library, { format: 'json', content });
    expect(done.problems).toEqual([]);
    expect(done.added).toContain('combat-brotherhood-2023');
    expect(library.listVocabulary().map((e) => e.labels.ru)).toEqual(
      demoVocabulary.map((e) => e.labels.ru),
    );
    // The same file again adds nothing: its entries meet their own labels.
    const again = await importVocabulary(library, { format: 'json', content });
    expect(again.added).toEqual([]);
    expect(again.updated).toHaveLength(demoVocabulary.length);
    expect(library.listVocabulary()).toHaveLength(demoVocabulary.length);
    await library.close();
  });

  it('round-trips through CSV', async () => {
    const source = await demoLibrary();
    const { content } = exportVocabulary(source, 'csv');
    expect(content).toBe(exportVocabularyCsv(demoVocabulary));
    await source.close();
    const target = await Library.open(await tempDir());
    const outcome = await importVocabulary(target, { format: 'csv', content });
    expect(outcome.problems).toEqual([]);
    expect(target.listVocabulary()).toEqual(demoVocabulary);
    await target.close();
  });

  it('refuses a file with a duplicate name or an unreadable entry whole', async () => {
    const library = await demoLibrary();
    const duplicate = JSON.stringify({
      entries: [
        { type: 'place', labels: { en: 'Vitebsk', ru: 'Витебск' } },
        { type: 'organisation', labels: { en: 'Another CSTO' }, aliases: { en: ['CSTO'] } },
      ],
    });
    const refused = await importVocabulary(library, { format: 'json', content: duplicate });
    expect(refused.added).toEqual([]);
    expect(refused.problems.map((p) => p.message).join()).toMatch(/“CSTO”/);
    const broken = await importVocabulary(library, {
      format: 'json',
      content: JSON.stringify({ entries: [{ type: 'planet', labels: { en: 'Mars' } }] }),
    });
    expect(broken.problems[0]?.field).toBe('entries[0].type');
    expect(library.listVocabulary()).toEqual(demoVocabulary);
    await library.close();
  });
});

/**
 * The archive preview's edits on the real cut of the English five-item fixture: merge keeps the
 * first item's title and takes the signature, split titles the new item from its paragraph and
 * leaves it undated, and nothing reaches createArchive until every item is dated.
 */
import { describe, expect, it } from 'vitest';
import { previewArchive } from '../../src/main/import/convert-file';
import { createInputOf, draftOf, draftProblem, mergeWithNext, retitle, setDate, splitAt } from '../../src/shared/import/archive-draft';
import { readFiveItemArchive } from '../fixtures/archive-five';

function fiveItems() {
  const preview = previewArchive('archive.txt', new TextEncoder().encode(readFiveItemArchive('en')), 'en', 'en');
  if (!preview.ok) throw new Error(preview.detail);
  return draftOf(preview.name, preview.items);
}

describe('archive preview edits', () => {
  it('marks the two undated items and refuses to build a create request until they are dated', () => {
    const draft = fiveItems();
    expect(draft.items.map((item) => item.undated)).toEqual([false, false, true, true, false]);
    expect(draftProblem([draft])).toEqual({ kind: 'undated', count: 2 });
    expect(createInputOf(draft).success).toBe(false);
    let items = setDate(draft.items, 2, '2024-07-20');
    items = setDate(items, 3, '2024-07-21');
    const ready = { ...draft, items };
    expect(draftProblem([ready])).toBeNull();
    const input = createInputOf(ready);
    expect(input.success).toBe(true);
    expect(input.data?.items.map((item) => item.date)).toEqual(['2024-07-25', '2024-07-19', '2024-07-20', '2024-07-21', '2023-09-01']);
    expect(items[2]!.undated).toBe(true);
  });

  it('merges the interview teaser into the debate note, keeping the note\'s title and both texts', () => {
    const { items } = fiveItems();
    const merged = mergeWithNext(items, 2);
    expect(merged).toHaveLength(4);
    expect(merged[2]!.title).toBe(items[2]!.title);
    expect(merged[2]!.paragraphs).toEqual([...items[2]!.paragraphs, ...items[3]!.paragraphs]);
    expect(merged[2]!.date).toBeNull();
    expect(merged[3]!.title).toBe(items[4]!.title);
  });

  it('merging into the item before a signed one moves the headline into the text and keeps the signature', () => {
    const { items } = fiveItems();
    const merged = mergeWithNext(items, 3);
    expect(merged[3]!.paragraphs[1]).toBe(items[4]!.title);
    expect(merged[3]!.issuer).toBe('Joint Press Centre of the CSTO exercise\n(Republic of Belarus, Brest)');
    expect(merged[3]!.date).toBe('2023-09-01');
  });

  it('splits the full release at its third paragraph: the new item is titled from it, undated, and signed', () => {
    const { items } = fiveItems();
    const split = splitAt(items, 4, 2);
    expect(split).toHaveLength(6);
    expect(split[4]!.paragraphs).toEqual(items[4]!.paragraphs.slice(0, 2));
    expect(split[4]!.issuer).toBe('');
    expect(split[4]!.date).toBe('2023-09-01');
    expect(split[5]!.title).toBe('Accreditation of media representatives remains open until 28 August of next year');
    expect(split[5]!.titleOwnLine).toBe(false);
    expect(split[5]!.date).toBeNull();
    expect(split[5]!.issuer).toBe(items[4]!.issuer);
    expect(split[5]!.key).not.toBe(split[4]!.key);
  });

  it('an emptied title blocks Create; a split at the first paragraph changes nothing', () => {
    const draft = fiveItems();
    const dated = setDate(setDate(draft.items, 2, '2024-07-20'), 3, '2024-07-21');
    expect(draftProblem([{ ...draft, items: retitle(dated, 0, '  ') }])).toEqual({ kind: 'untitled', count: 1 });
    expect(splitAt(draft.items, 0, 0)).toEqual(draft.items);
  });
});

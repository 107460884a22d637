/** The copy a settled conflict drops is kept in the history, under its own name. */
import { describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import { lostCopies } from '@shared/merge/conflict-copies';
import { mergeReleases, settleMerge } from '@shared/merge/release-merge';
import { Library } from '../../src/main/library/library';
import type { ReviewContext } from '../../src/main/review/context';
import { getRevision, keepConflictCopy, listHistory, restore } from '../../src/main/review/history';
import { freshDemoContent } from '../fixtures';
import { patchVersion, versionIn } from './support/review-edits';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();
const SEVEN = 'diplomacy-school-2024';

async function openLibrary(): Promise<{ ctx: ReviewContext; library: Library }> {
  let tick = Date.parse('2024-08-01T09:00:00.000Z');
  const now = () => new Date((tick += 1000));
  const library = await Library.open(await tempDir(), { seed: () => freshDemoContent(), now });
  return { ctx: { library, now }, library };
}

describe('conflict copies', () => {
  it('counts a paragraph one side wrote or deleted that the merge does not follow as lost', async () => {
    const { library } = await openLibrary();
    const base = await library.getRelease(SEVEN);
    const blocks = versionIn(base, 'en').body.content ?? [];
    const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const withBody = (release: Release, content: typeof blocks) =>
      patchVersion(release, 'en', { body: { type: 'doc', content } });
    const mine = withBody(base, [...blocks, para('Mine added this.')]);
    const theirs = withBody(base, blocks.slice(1));
    // Theirs deleted the first paragraph and mine added one at the end: both are in the merge.
    const merged = withBody(base, [...blocks.slice(1), para('Mine added this.')]);
    expect(lostCopies(base, mine, theirs, merged)).toEqual({ mine: [], theirs: [] });
    // A merge that keeps the deleted paragraph and drops the added one loses from both.
    const lost = lostCopies(base, mine, theirs, withBody(base, blocks));
    expect([lost.mine.length, lost.theirs.length]).toEqual([1, 1]);
    await library.close();
  });

  it('names the versions of each side the merge does not hold, and no others', async () => {
    const { library } = await openLibrary();
    const base = await library.getRelease(SEVEN);
    const mine = patchVersion(patchVersion(base, 'en', { title: 'Mine' }), 'ru', {
      lead: 'Мой лид',
    });
    const theirs: Release = { ...patchVersion(base, 'en', { title: 'Theirs' }), rev: base.rev + 1 };
    const merge = mergeReleases(base, mine, theirs);
    const merged = settleMerge(merge, { 'title:en': 'theirs' });
    const lost = lostCopies(base, mine, theirs, merged);
    // Mine's English title gave way; its Russian lead is in the merge, so ru loses nothing.
    expect(lost.mine.map((v) => [v.lang, v.title])).toEqual([['en', 'Mine']]);
    // Theirs kept its title and never touched ru, which only gained mine's lead.
    expect(lost.theirs).toEqual([]);
    const mineEverywhere = settleMerge(merge, { 'title:en': 'mine' });
    expect(lostCopies(base, mine, theirs, mineEverywhere).theirs.map((v) => v.title)).toEqual([
      'Theirs',
    ]);
    await library.close();
  });

  it('appends each dropped version as a revision the history lists and can restore', async () => {
    const { ctx, library } = await openLibrary();
    const stored = await library.getRelease(SEVEN);
    const mine = { ...versionIn(stored, 'en'), title: 'Title typed in the other window' };
    const kept = await keepConflictCopy(ctx, SEVEN, 'mine', [mine]);
    expect(kept.map((r) => [r.lang, r.reason, r.title])).toEqual([
      ['en', 'conflict-mine', 'Title typed in the other window'],
    ]);
    const history = await listHistory(ctx, SEVEN, 'en');
    expect(history[0]).toMatchObject({ reason: 'conflict-mine', releaseRev: stored.rev });
    expect((await getRevision(ctx, SEVEN, kept[0]!.id)).variant).toEqual(mine);
    const restored = await restore(ctx, { id: SEVEN, rev: stored.rev }, kept[0]!.id);
    expect(versionIn(restored, 'en').title).toBe('Title typed in the other window');
    await library.close();
  });

  it('refuses a version given twice, and a release that does not exist, keeping nothing', async () => {
    const { ctx, library } = await openLibrary();
    const stored = await library.getRelease(SEVEN);
    const en = versionIn(stored, 'en');
    const before = (await listHistory(ctx, SEVEN)).length;
    await expect(keepConflictCopy(ctx, SEVEN, 'theirs', [en, en])).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(keepConflictCopy(ctx, 'no-such-release', 'theirs', [en])).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await listHistory(ctx, SEVEN)).length).toBe(before);
    await library.close();
  });
});

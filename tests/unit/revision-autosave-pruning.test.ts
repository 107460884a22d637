/**
 * Automatic revisions are bounded: the last day's stay, older ones thin out to one per day
 * and language, and nothing the user made deliberately (or a translation points to) goes.
 * A real library in a temp folder, on a clock the test sets.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/main/library/library';
import { PRUNE_BATCH, RECENT_MS } from '../../src/main/review/autosave-pruning';
import type { ReviewContext } from '../../src/main/review/context';
import { autosave, checkpoint, listHistory } from '../../src/main/review/history';
import { markUpToDate } from '../../src/main/review/language-versions';
import { saveEdited } from '../../src/main/review/save';
import { freshDemoContent } from '../fixtures';
import { patchVersion, versionIn } from './support/review-edits';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();
const SEVEN = 'diplomacy-school-2024';
const HOUR = 60 * 60_000;

async function openLibrary() {
  const dir = await tempDir();
  let at = Date.parse('2024-08-01T06:00:00.000Z');
  const now = () => new Date(at);
  const library = await Library.open(dir, { seed: () => freshDemoContent(), now });
  const ctx: ReviewContext = { library, now };
  return {
    ctx,
    library,
    dir,
    moveTo: (iso: string) => void (at = Date.parse(iso)),
    later: (ms: number) => void (at += ms),
  };
}

/** One automatic revision of the English version after an edit of its lead. */
async function editAndAutosave(ctx: ReviewContext, n: number): Promise<void> {
  const release = await ctx.library.getRelease(SEVEN);
  await saveEdited(
    ctx,
    patchVersion(release, 'en', { lead: `${versionIn(release, 'en').lead.split(' #')[0]} #${n}` }),
  );
  await autosave(ctx, SEVEN);
}

describe('automatic revisions are bounded', () => {
  it('keeps the last day whole and one per older day, checkpoints always', async () => {
    const { ctx, library, dir, moveTo, later } = await openLibrary();
    await autosave(ctx, SEVEN); // every version's first revision, on day one
    let n = 0;
    // Three days of work, eight automatic revisions a day an hour apart, and a checkpoint a day.
    for (const day of ['2024-08-01', '2024-08-02', '2024-08-03']) {
      moveTo(`${day}T09:00:00.000Z`);
      for (let i = 0; i < 8; i += 1) {
        await editAndAutosave(ctx, ++n);
        later(HOUR);
      }
      await checkpoint(ctx, SEVEN, 'en');
    }
    // A day later: the next edit's autosave finds the older days' redundant ones and prunes them.
    moveTo('2024-08-04T12:00:00.000Z');
    await editAndAutosave(ctx, ++n);

    const en = await listHistory(ctx, SEVEN, 'en');
    const autos = en.filter((r) => r.reason === 'autosave').map((r) => r.createdAt);
    const cutoff = Date.parse('2024-08-04T12:00:00.000Z') - RECENT_MS;
    const older = autos.filter((at) => Date.parse(at) < cutoff);
    const newestOfDay = ['2024-08-01T16:00:00.000Z', '2024-08-02T16:00:00.000Z'];
    // The first day, pruned in a batch once it aged: only its newest automatic revision stays.
    expect(older.filter((at) => at.startsWith('2024-08-01'))).toEqual([newestOfDay[0]]);
    // Every older day keeps its newest; what is still to prune is less than one batch.
    for (const at of newestOfDay) expect(older).toContain(at);
    expect(older.length - newestOfDay.length).toBeLessThan(PRUNE_BATCH);
    // The last 24 hours stay whole: the 3rd from 12:00 on, and today's.
    expect(autos.filter((at) => Date.parse(at) >= cutoff)).toEqual([
      '2024-08-04T12:00:00.000Z',
      '2024-08-03T16:00:00.000Z',
      '2024-08-03T15:00:00.000Z',
      '2024-08-03T14:00:00.000Z',
      '2024-08-03T13:00:00.000Z',
      '2024-08-03T12:00:00.000Z',
    ]);
    // Without pruning there would be 1 + 24 + 1 automatic revisions of the English version.
    expect(autos.length).toBeLessThan(26 - PRUNE_BATCH + 1);
    expect(en.filter((r) => r.reason === 'checkpoint')).toHaveLength(3);
    // The other versions never changed: their single first revision is untouched.
    expect((await listHistory(ctx, SEVEN, 'ru')).map((r) => r.reason)).toEqual(['autosave']);
    // The log is whole JSON lines, readable after a restart.
    const lines = (await readFile(join(dir, 'revisions', `${SEVEN}.jsonl`), 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    await library.close();
    const reopened = await Library.open(dir, { now: () => new Date('2024-08-04T13:00:00.000Z') });
    expect((await reopened.listRevisions(SEVEN)).length).toBe(lines.length - 1);
    await reopened.close();
  });

  it('does not rewrite the log for fewer than a batch of redundant revisions', async () => {
    const { ctx, library, dir, moveTo, later } = await openLibrary();
    moveTo('2024-08-01T09:00:00.000Z');
    for (let i = 0; i < PRUNE_BATCH; i += 1) {
      await editAndAutosave(ctx, i);
      later(HOUR);
    }
    // PRUNE_BATCH revisions of one old day: PRUNE_BATCH - 1 are redundant, one short of a batch.
    moveTo('2024-08-05T09:00:00.000Z');
    const before = await readFile(join(dir, 'revisions', `${SEVEN}.jsonl`), 'utf8');
    await autosave(ctx, SEVEN);
    expect(await readFile(join(dir, 'revisions', `${SEVEN}.jsonl`), 'utf8')).toBe(before);
    await library.close();
  });

  it('never prunes the revision a translation was brought up to date against', async () => {
    const { ctx, library, moveTo, later } = await openLibrary();
    moveTo('2024-08-01T09:00:00.000Z');
    await editAndAutosave(ctx, 0);
    later(HOUR);
    await editAndAutosave(ctx, 1);
    const release = await library.getRelease(SEVEN);
    const upToDate = await markUpToDate(ctx, { id: SEVEN, rev: release.rev }, 'ru');
    const pinned = upToDate.variants.ru!.sourceBase!.sourceRevisionId!;
    expect((await library.listRevisions(SEVEN)).find((r) => r.id === pinned)?.reason).toBe(
      'autosave',
    );
    for (let i = 2; i < PRUNE_BATCH + 4; i += 1) {
      later(HOUR / 4);
      await editAndAutosave(ctx, i);
    }
    moveTo('2024-08-03T09:00:00.000Z');
    await editAndAutosave(ctx, 99);
    const ids = (await library.listRevisions(SEVEN)).map((r) => r.id);
    expect(ids).toContain(pinned);
    const enAutos = (await listHistory(ctx, SEVEN, 'en')).filter((r) => r.reason === 'autosave');
    // The day's newest, the pinned one and today's: the rest of that day went in one batch.
    expect(enAutos).toHaveLength(3);
    await library.close();
  });
});

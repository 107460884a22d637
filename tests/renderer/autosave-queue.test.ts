/** The renderer's save queue: debounce, one save at a time, nothing typed is lost. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AutosaveQueue,
  type AutosaveOptions,
  type AutosaveSnapshot,
} from '../../src/renderer/src/editor/autosave-queue';
import { ApiCallError } from '../../src/renderer/src/api/api-call-error';
import type { Release, Variant } from '@shared/domain';
import type { ConflictSide } from '@shared/merge/conflict-copies';
import { emptyRelease } from '../fixtures/empty-release';

const base = emptyRelease;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

describe('AutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(
    save: (r: Release) => Promise<Release>,
    reload = async () => base,
    keepCopy: AutosaveOptions['keepCopy'] = async () => [],
  ) {
    const states: AutosaveSnapshot[] = [];
    const kept: { side: ConflictSide; variants: Variant[] }[] = [];
    const q = new AutosaveQueue({
      base,
      save,
      reload,
      keepCopy: async (id, side, variants) => {
        await keepCopy(id, side, variants);
        kept.push({ side, variants });
      },
      onChange: (s) => states.push(s),
      debounceMs: 600,
      retryMs: 4000,
    });
    return { q, states, kept, last: () => states[states.length - 1]! };
  }
  const stored = (r: Release): Release => ({ ...r, rev: r.rev + 1 });

  it('debounces edits into one save', async () => {
    const save = vi.fn(async (r: Release) => stored(r));
    const { q, last } = setup(save);
    q.edit('en', { title: 'a' });
    q.edit('en', { title: 'ab' });
    q.edit('en', { lead: 'L' });
    expect(last().state).toBe('dirty');
    await vi.advanceTimersByTimeAsync(599);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].variants.en!.title).toBe('ab');
    expect(save.mock.calls[0]![0].variants.en!.lead).toBe('L');
    expect(last().state).toBe('saved');
    expect(last().draft.rev).toBe(2);
  });

  it('saves again after a refused value once the next edit arrives, as it may correct it', async () => {
    const save = vi.fn(async (r: Release) => {
      if (r.variants.en!.title.length > 5) {
        throw new ApiCallError('releases.save', { code: 'invalid-input', message: 'x', detail: 'release.variants.en.title: Too big' });
      }
      return stored(r);
    });
    const { q, last } = setup(save);
    q.edit('en', { title: 'far too long' });
    await vi.advanceTimersByTimeAsync(600);
    expect(last().state).toBe('error');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    q.edit('en', { title: 'short' });
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(2);
    expect(last().state).toBe('saved');
    expect(last().draft.variants.en!.title).toBe('short');
  });

  it('queues edits typed during a save and bases the next save on the returned rev', async () => {
    const first = deferred<Release>();
    const save = vi.fn((r: Release) =>
      save.mock.calls.length === 1 ? first.promise : Promise.resolve(stored(r)),
    );
    const { q, last } = setup(save);
    q.edit('en', { title: 'one' });
    await vi.advanceTimersByTimeAsync(600);
    expect(last().state).toBe('saving');
    q.edit('en', { title: 'one two' });
    expect(last().draft.variants.en!.title).toBe('one two');
    await vi.advanceTimersByTimeAsync(600); // debounce fires while in flight: no second request
    expect(save).toHaveBeenCalledTimes(1);
    first.resolve({ ...save.mock.calls[0]![0], rev: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0].rev).toBe(2);
    expect(save.mock.calls[1]![0].variants.en!.title).toBe('one two');
    expect(last().state).toBe('saved');
    expect(last().draft.rev).toBe(3);
  });

  it('keeps edits on failure and retries by itself', async () => {
    let fail = true;
    const save = vi.fn(async (r: Release) => {
      if (fail) throw new ApiCallError('releases.save', { code: 'io', message: 'x' });
      return stored(r);
    });
    const { q, last } = setup(save);
    q.edit('en', { title: 'keep me' });
    await vi.advanceTimersByTimeAsync(600);
    expect(last().state).toBe('error');
    expect(last().retriesAutomatically).toBe(true);
    expect(last().draft.variants.en!.title).toBe('keep me');
    q.edit('en', { lead: 'more' });
    fail = false;
    await vi.advanceTimersByTimeAsync(4000);
    expect(last().state).toBe('saved');
    const sent = save.mock.calls.at(-1)![0];
    expect(sent.variants.en!.title).toBe('keep me');
    expect(sent.variants.en!.lead).toBe('more');
  });

  function conflictOnce() {
    let conflict = true;
    return vi.fn(async (r: Release) => {
      if (conflict) {
        conflict = false;
        throw new ApiCallError('releases.save', { code: 'conflict', message: 'x' });
      }
      return stored(r);
    });
  }

  it('on conflict merges edits of different fields with the stored release by itself', async () => {
    const newer = { ...base, rev: 5, issuer: 'someone else' } as Release;
    const save = conflictOnce();
    const reload = vi.fn(async () => newer);
    const { q, last } = setup(save, reload);
    q.edit('en', { title: 'mine' });
    await vi.advanceTimersByTimeAsync(600);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledTimes(2);
    const sent = save.mock.calls[1]![0];
    expect(sent.rev).toBe(5);
    expect(sent.issuer).toBe('someone else');
    expect(sent.variants.en!.title).toBe('mine');
    expect(last().state).toBe('saved');
  });

  it('on a conflict in the same field waits for the user to keep mine or take theirs', async () => {
    const newer: Release = {
      ...base,
      rev: 5,
      issuer: 'someone else',
      variants: { en: { ...base.variants.en!, title: 'theirs' } },
    };
    for (const how of ['mine', 'theirs'] as const) {
      const save = conflictOnce();
      const { q, last, kept } = setup(save, async () => newer);
      q.edit('en', { title: 'mine' });
      await vi.advanceTimersByTimeAsync(600);
      expect(last().state).toBe('error');
      expect(q.conflict()?.theirs.variants.en!.title).toBe('theirs');
      q.edit('en', { title: 'mine 2' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(save).toHaveBeenCalledTimes(1);
      expect(await q.resolve(how)).toBe(true);
      expect(last().state).toBe('saved');
      expect(last().draft.issuer).toBe('someone else');
      expect(last().draft.variants.en!.title).toBe(how === 'mine' ? 'mine 2' : 'theirs');
      expect(q.conflict()).toBeNull();
      // The side that gave way is kept, and only that side.
      expect(kept.map((k) => [k.side, k.variants.map((v) => v.title)])).toEqual([
        how === 'mine' ? ['theirs', ['theirs']] : ['mine', ['mine 2']],
      ]);
    }
  });

  it('settles each place as chosen and keeps both sides that gave way', async () => {
    const edited = (title: string, lead: string): Release => ({
      ...base,
      rev: 5,
      variants: { en: { ...base.variants.en!, title, lead } },
    });
    const save = conflictOnce();
    const { q, last, kept } = setup(save, async () => edited('their title', 'their lead'));
    q.edit('en', { title: 'my title', lead: 'my lead' });
    await vi.advanceTimersByTimeAsync(600);
    expect(last().conflict?.theirs.variants.en!.lead).toBe('their lead');
    expect(await q.resolve({ 'title:en': 'mine', 'lead:en': 'theirs' })).toBe(true);
    const sent = save.mock.calls.at(-1)![0];
    expect([sent.rev, sent.variants.en!.title, sent.variants.en!.lead]).toEqual([
      5,
      'my title',
      'their lead',
    ]);
    expect(kept.map((k) => [k.side, k.variants[0]!.title, k.variants[0]!.lead])).toEqual([
      ['mine', 'my title', 'my lead'],
      ['theirs', 'their title', 'their lead'],
    ]);
  });

  it('saves nothing while the copy that gives way cannot be kept, and leaves the conflict open', async () => {
    const newer: Release = {
      ...base,
      rev: 5,
      variants: { en: { ...base.variants.en!, title: 'theirs' } },
    };
    const save = conflictOnce();
    let refuse = true;
    const { q, last } = setup(save, async () => newer, async () => {
      if (refuse) throw new ApiCallError('revisions.keepCopy', { code: 'io', message: 'x' });
    });
    q.edit('en', { title: 'mine' });
    await vi.advanceTimersByTimeAsync(600);
    expect(await q.resolve('theirs')).toBe(false);
    expect(save).toHaveBeenCalledTimes(1);
    expect(last().error?.code).toBe('io');
    expect(last().conflict?.mine.variants.en!.title).toBe('mine');
    refuse = false;
    expect(await q.resolve('theirs')).toBe(true);
    expect(last().draft.variants.en!.title).toBe('theirs');
  });

  it('flush saves at once and reports the outcome', async () => {
    const save = vi.fn(async (r: Release) => stored(r));
    const { q } = setup(save);
    expect(await q.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    q.edit('en', { title: 'x' });
    expect(await q.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('AutosaveQueue flush', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  it('also saves edits typed while its save was in flight', async () => {
    const first = deferred<Release>();
    const save = vi.fn((r: Release) =>
      save.mock.calls.length === 1 ? first.promise : Promise.resolve({ ...r, rev: r.rev + 1 }),
    );
    const q = new AutosaveQueue({
      base,
      save,
      reload: async () => base,
      keepCopy: async () => [],
      onChange: () => {},
    });
    q.edit('en', { title: 'a' });
    const flushed = q.flush();
    q.edit('en', { title: 'ab' });
    first.resolve({ ...save.mock.calls[0]![0], rev: 2 });
    expect(await flushed).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0].variants.en!.title).toBe('ab');
  });
});

describe('AutosaveQueue release-wide fields', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves metadata edits with the text edits, and keeps both through a failure', async () => {
    let fail = true;
    const save = vi.fn(async (r: Release) => {
      if (fail)
        throw new ApiCallError('releases.save', { code: 'io', message: 'x', detail: 'EACCES' });
      return { ...r, rev: r.rev + 1 };
    });
    const states: AutosaveSnapshot[] = [];
    const q = new AutosaveQueue({
      base,
      save,
      reload: async () => base,
      keepCopy: async () => [],
      onChange: (s) => states.push(s),
    });
    q.editFields({
      issuer: 'Press Centre',
      embargo: { until: '2024-07-25T10:00', timeZone: 'Europe/Minsk' },
    });
    q.edit('en', { datelinePlace: 'Brest', title: 'Kept' });
    await vi.advanceTimersByTimeAsync(600);
    const failed = states.at(-1)!;
    expect(failed.state).toBe('error');
    expect(failed.draft.issuer).toBe('Press Centre');
    expect(failed.draft.variants.en!.datelinePlace).toBe('Brest');
    q.editFields({ issuer: 'Joint Press Centre' });
    fail = false;
    expect(await q.flush()).toBe(true);
    const sent = save.mock.calls.at(-1)![0];
    expect(sent.issuer).toBe('Joint Press Centre');
    expect(sent.embargo).toEqual({ until: '2024-07-25T10:00', timeZone: 'Europe/Minsk' });
    expect(sent.variants.en!.title).toBe('Kept');
    expect(sent.variants.en!.datelinePlace).toBe('Brest');
  });
});

/**
 * What the review adds to the editor: periodic autosave checkpoints, a review step's answer
 * taken as the autosave queue's new base without losing what is typed, and the workflow's
 * moves offered in order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Release } from '@shared/domain';
import { AutosaveQueue, type AutosaveSnapshot } from '../../src/renderer/src/editor/autosave-queue';
import { scheduleAutosaveCheckpoints } from '../../src/renderer/src/review/autosave-checkpoints';
import { statusActions } from '../../src/renderer/src/review/status-actions';
import { emptyRelease } from '../fixtures/empty-release';

const base = emptyRelease;

describe('scheduleAutosaveCheckpoints', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checkpoints on a tick only when the release was saved since the last one', async () => {
    let rev = 3;
    const autosave = vi.fn(async () => []);
    const stop = scheduleAutosaveCheckpoints({ storedRev: () => rev, autosave, everyMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave).not.toHaveBeenCalled();
    rev = 5;
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave).toHaveBeenCalledTimes(1);
    stop();
    rev = 6;
    await vi.advanceTimersByTimeAsync(5000);
    expect(autosave).toHaveBeenCalledTimes(1);
  });

  it('tries a failed checkpoint again on the next tick', async () => {
    let rev = 1;
    const autosave = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue([]);
    scheduleAutosaveCheckpoints({ storedRev: () => rev, autosave, everyMs: 1000 });
    rev = 2;
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave).toHaveBeenCalledTimes(2);
  });
});

describe('AutosaveQueue.adopt', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes a newer stored release as base and keeps the edits typed meanwhile on top', async () => {
    const saved: Release[] = [];
    const states: AutosaveSnapshot[] = [];
    const queue = new AutosaveQueue({
      base,
      save: async (release) => {
        saved.push(release);
        return { ...release, rev: release.rev + 1 };
      },
      reload: async () => base,
      keepCopy: async () => [],
      onChange: (snapshot) => states.push(snapshot),
    });
    queue.edit('en', { title: 'Typed' });
    const approved = {
      ...base,
      rev: 2,
      variants: { en: { ...base.variants.en!, status: 'approved' as const } },
    };
    queue.adopt(approved);
    expect(states.at(-1)!.draft.variants.en).toMatchObject({ title: 'Typed', status: 'approved' });
    // An older answer arriving late changes nothing.
    queue.adopt(base);
    expect(states.at(-1)!.draft.rev).toBe(2);
    await queue.flush();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ rev: 2, variants: { en: { title: 'Typed' } } });
  });
});

describe('statusActions', () => {
  it('offers the expected move first', () => {
    expect(statusActions('in-review').map((a) => [a.to, a.primary])).toEqual([
      ['approved', true],
      ['draft', false],
      ['changes-requested', false],
    ]);
    expect(statusActions('approved').map((a) => a.label)).toEqual(['review.action.reopen']);
    expect(statusActions('changes-requested')[0]).toMatchObject({
      to: 'in-review',
      label: 'review.action.resubmit',
    });
  });
});

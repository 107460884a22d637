/**
 * What the review adds to the editor: automatic revisions while editing and on leaving, a review step's answer
 * taken as the autosave queue's new base without losing what is typed, and the workflow's
 * moves offered in order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Release } from '@shared/domain';
import { AutosaveQueue, type AutosaveSnapshot } from '../../src/renderer/src/editor/autosave-queue';
import { AutoRevisions } from '../../src/renderer/src/review/autosave-checkpoints';
import { statusActions } from '../../src/renderer/src/review/status-actions';
import { emptyRelease } from '../fixtures/empty-release';

const base = emptyRelease;

/** A clock the test moves by hand; timers run when it passes their time. */
function manualClock(start = 0) {
  let now = start;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    pending: () => timers.size,
    async advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.run();
      }
      await Promise.resolve();
    },
  };
}

const MINUTE = 60_000;

describe('AutoRevisions', () => {
  function setup(openedRev = 3) {
    const clock = manualClock();
    const autosave = vi.fn(async () => []);
    const revisions = new AutoRevisions({ openedRev, autosave, everyMs: 3 * MINUTE, clock });
    return { clock, autosave, revisions };
  }

  it('asks for none while nothing is stored, however long the release stays open', async () => {
    const { clock, autosave, revisions } = setup();
    await clock.advance(60 * MINUTE);
    await revisions.leave();
    expect(autosave).not.toHaveBeenCalled();
  });

  it('keeps at most one per interval while saves go on, and one when the time is up', async () => {
    const { clock, autosave, revisions } = setup();
    // Seven minutes of typing, a save every 30 seconds.
    let rev = 3;
    for (let second = 30; second <= 7 * 60; second += 30) {
      await clock.advance(30_000);
      revisions.stored(++rev);
    }
    // At 3 and at 6 minutes; the saves after 6 minutes wait for 9.
    expect(autosave).toHaveBeenCalledTimes(2);
    expect(clock.pending()).toBe(1);
    await clock.advance(2 * MINUTE);
    expect(autosave).toHaveBeenCalledTimes(3);
    await clock.advance(30 * MINUTE);
    expect(autosave).toHaveBeenCalledTimes(3);
  });

  it('a save before the interval is up arms one revision for when it is', async () => {
    const { clock, autosave, revisions } = setup();
    await clock.advance(MINUTE);
    revisions.stored(4);
    revisions.stored(5);
    expect(autosave).not.toHaveBeenCalled();
    await clock.advance(2 * MINUTE);
    expect(autosave).toHaveBeenCalledTimes(1);
  });

  it('leaving keeps what changed since the last one at once, and only that', async () => {
    const { clock, autosave, revisions } = setup();
    await clock.advance(MINUTE);
    revisions.stored(4);
    await revisions.leave();
    expect(autosave).toHaveBeenCalledTimes(1);
    expect(clock.pending()).toBe(0);
    await revisions.leave();
    expect(autosave).toHaveBeenCalledTimes(1);
  });

  it('asks again after a revision that was not kept, and never after dispose', async () => {
    const { clock, autosave, revisions } = setup();
    autosave.mockRejectedValueOnce(new Error('disk full'));
    await clock.advance(3 * MINUTE);
    revisions.stored(4);
    await Promise.resolve();
    expect(autosave).toHaveBeenCalledTimes(1);
    await revisions.leave();
    expect(autosave).toHaveBeenCalledTimes(2);
    revisions.stored(5);
    revisions.dispose();
    await clock.advance(10 * MINUTE);
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

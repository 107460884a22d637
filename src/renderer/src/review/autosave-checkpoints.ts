/**
 * Automatic revisions ("Automatic checkpoint" in the history) of the open release. While its
 * text is being saved, at most one per AUTOSAVE_CHECKPOINT_MS: the first save after that much
 * time since the last one asks for it at once, a save earlier arms one for when the time is up.
 * Leaving the release (or the window) asks for one too, so the last minutes of work are never
 * only in the release file. Main keeps a revision only of versions whose text changed since
 * their latest one, so asking when nothing changed costs a read, not a revision.
 */

/** At most one automatic revision per this much editing. */
export const AUTOSAVE_CHECKPOINT_MS = 3 * 60_000;

/** The clock and timer the revisions follow; a test passes its own. */
export interface RevisionClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: RevisionClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutoRevisionOptions {
  /** The rev of the release as opened: its text needs no revision for having been opened. */
  openedRev: number;
  /** Asks main to keep an automatic revision of each version changed since its latest one. */
  autosave(): Promise<unknown>;
  everyMs?: number;
  clock?: RevisionClock;
}

export class AutoRevisions {
  private readonly clock: RevisionClock;
  private readonly everyMs: number;
  private lastAt: number;
  private storedRev: number;
  /** The rev the last automatic revision was asked of (or the one opened). */
  private revisedRev: number;
  private timer: unknown = null;
  private disposed = false;

  constructor(private readonly options: AutoRevisionOptions) {
    this.clock = options.clock ?? realClock;
    this.everyMs = options.everyMs ?? AUTOSAVE_CHECKPOINT_MS;
    this.lastAt = this.clock.now();
    this.storedRev = options.openedRev;
    this.revisedRev = options.openedRev;
  }

  /** The release was stored as `rev` (a save of the editor, or a review step). */
  stored(rev: number): void {
    if (this.disposed || rev <= this.storedRev) return;
    this.storedRev = rev;
    const wait = this.lastAt + this.everyMs - this.clock.now();
    if (wait <= 0) void this.take();
    else if (this.timer === null)
      this.timer = this.clock.setTimeout(() => {
        this.timer = null;
        void this.take();
      }, wait);
  }

  /** Leaving the release or closing the window: a revision of what changed since the last one. */
  leave(): Promise<void> {
    this.stopTimer();
    return this.take();
  }

  dispose(): void {
    this.disposed = true;
    this.stopTimer();
  }

  private stopTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private async take(): Promise<void> {
    if (this.storedRev === this.revisedRev) return;
    const previous = this.revisedRev;
    this.revisedRev = this.storedRev;
    this.lastAt = this.clock.now();
    try {
      await this.options.autosave();
    } catch {
      // Not kept: the next save (or leaving) asks again, as the text is still unrevised.
      if (this.revisedRev === this.storedRev) this.revisedRev = previous;
      this.lastAt -= this.everyMs;
    }
  }
}

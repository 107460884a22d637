import type { Release, Variant } from '@shared/domain';
import type { ApiError, ErrorCode } from '@shared/errors';
import type { Lang } from '@shared/languages';
import { lostCopies, type ConflictSide } from '@shared/merge/conflict-copies';
import {
  allChoices,
  conflictsOf,
  mergeReleases,
  settleMerge,
  type MergeChoices,
} from '@shared/merge/release-merge';
import { apiErrorOf } from '../api/api-call-error';
import {
  applyEdits,
  hasEdits,
  editsTo,
  mergeEdits,
  type ReleaseEdits,
  type ReleaseFieldsEdit,
  type VariantEdit,
} from './release-edits';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

export interface AutosaveSnapshot {
  /** The release as typed: the last stored release with every unsaved edit on top. */
  draft: Release;
  state: SaveState;
  error: ApiError | null;
  /** Whether a failed save will be tried again without the user asking. */
  retriesAutomatically: boolean;
  /** Both copies while a conflict the merge could not settle waits for the user. */
  conflict: ConflictCopies | null;
}

/** The three copies of a conflict: where both started, the edits typed here, the stored one. */
export interface ConflictCopies {
  base: Release;
  mine: Release;
  theirs: Release;
}

export interface AutosaveOptions {
  base: Release;
  save(release: Release): Promise<Release>;
  /** Fetches the stored release, to lay the edits on it again after a conflict. */
  reload(id: string): Promise<Release>;
  /** Keeps the versions of the side a settled conflict drops as revisions in the history. */
  keepCopy(id: string, side: ConflictSide, variants: Variant[]): Promise<unknown>;
  onChange(snapshot: AutosaveSnapshot): void;
  debounceMs?: number;
  retryMs?: number;
}

/** Failures that may pass by themselves; others wait for the user to press Retry. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(['io', 'internal', 'library-unavailable']);

/**
 * Saves a release's edits one request at a time. Edits are kept as field patches over the
 * last release main returned (`base`): while a save is in flight, new edits collect in
 * `pending` and go out in the next save, on top of the rev that save returned. A failed
 * save puts its edits back under the newer ones, so nothing typed is ever dropped.
 */
export class AutosaveQueue {
  private base: Release;
  private pending: ReleaseEdits = {};
  private sending: ReleaseEdits = {};
  private error: ApiError | null = null;
  private mustReload = false;
  /** After a conflict no merge could settle: the stored copy, for the user to choose. */
  private theirs: Release | null = null;
  private running: Promise<void> | null = null;
  private runAgain = false;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private readonly debounceMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.base = options.base;
    this.debounceMs = options.debounceMs ?? 600;
    this.retryMs = options.retryMs ?? 4000;
  }

  snapshot(): AutosaveSnapshot {
    return {
      draft: applyEdits(this.base, mergeEdits(this.sending, this.pending)),
      state: this.state(),
      error: this.error,
      retriesAutomatically: this.error !== null && TRANSIENT.has(this.error.code),
      conflict: this.conflict(),
    };
  }

  hasUnsavedEdits(): boolean {
    return hasEdits(this.pending) || hasEdits(this.sending);
  }

  edit(lang: Lang, edit: VariantEdit): void {
    this.record({ variants: { [lang]: edit } });
  }

  /** An edit of the release-wide fields (kind, date, embargo, issuer, contacts, boilerplate). */
  editFields(edit: ReleaseFieldsEdit): void {
    this.record({ fields: edit });
  }

  /** Saves everything edited so far now; resolves true when all of it is stored. */
  async flush(): Promise<boolean> {
    do {
      this.clearTimers();
      await this.start();
      // Edits typed while that save was in flight go out too, unless saving fails.
    } while (hasEdits(this.pending) && this.error === null);
    return !this.hasUnsavedEdits();
  }

  /** Both copies after a conflict the merge could not settle, or null. */
  conflict(): ConflictCopies | null {
    if (!this.theirs) return null;
    return { base: this.base, mine: applyEdits(this.base, this.pending), theirs: this.theirs };
  }

  /**
   * Settles a conflict: every place both changed from mine or from theirs, or a choice per
   * place; what only one side changed is kept from that side. Before the merge is saved, the
   * versions of each side it drops are kept as revisions, so neither copy is ever lost.
   */
  async resolve(how: 'mine' | 'theirs' | MergeChoices): Promise<boolean> {
    const conflict = this.conflict();
    if (!conflict) return this.flush();
    const merge = mergeReleases(conflict.base, conflict.mine, conflict.theirs);
    const merged = settleMerge(merge, typeof how === 'string' ? allChoices(merge, how) : how);
    try {
      await this.keepLostCopies(conflict, merged);
    } catch (error) {
      // The conflict stays open: nothing is saved until both copies are safe.
      this.error = apiErrorOf(error);
      this.emit();
      return false;
    }
    this.pending = editsTo(merged);
    this.base = conflict.theirs;
    this.theirs = null;
    this.error = null;
    this.emit();
    return this.flush();
  }

  private async keepLostCopies(conflict: ConflictCopies, merged: Release): Promise<void> {
    const lost = lostCopies(conflict.base, conflict.mine, conflict.theirs, merged);
    for (const side of ['mine', 'theirs'] as const)
      if (lost[side].length > 0) await this.options.keepCopy(merged.id, side, lost[side]);
  }

  /** The user's Retry: after a conflict, also takes the stored release as the new base. */
  retry(): Promise<boolean> {
    if (this.error?.code === 'conflict') this.mustReload = true;
    return this.flush();
  }

  /**
   * Takes a release main stored through another method (a review step: status, comment, new
   * language) as the new base; edits not yet saved stay on top of it.
   */
  adopt(release: Release): void {
    if (this.disposed || release.id !== this.base.id || release.rev <= this.base.rev) return;
    this.base = release;
    this.emit();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimers();
  }

  private record(edits: ReleaseEdits): void {
    if (this.disposed) return;
    this.pending = mergeEdits(this.pending, edits);
    // After a failure that will not pass by itself, wait for Retry instead of failing again;
    // a refused value is the exception, as the next edit may be the one that corrects it.
    if (this.error === null || TRANSIENT.has(this.error.code) || this.error.code === 'invalid-input') {
      this.restartDebounce();
    }
    this.emit();
  }

  private state(): SaveState {
    if (this.running) return 'saving';
    if (this.error) return 'error';
    return hasEdits(this.pending) ? 'dirty' : 'saved';
  }

  private start(): Promise<void> {
    if (!this.running && !hasEdits(this.pending)) return Promise.resolve();
    if (this.running) {
      this.runAgain = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      this.emit();
    });
    this.emit();
    return this.running;
  }

  private async run(): Promise<void> {
    do {
      this.runAgain = false;
      if (!hasEdits(this.pending)) return;
      this.sending = this.pending;
      this.pending = {};
      try {
        if (this.mustReload) {
          this.base = await this.options.reload(this.base.id);
          this.mustReload = false;
        }
        this.base = await this.options.save(applyEdits(this.base, this.sending));
        this.error = null;
      } catch (error) {
        this.pending = mergeEdits(this.sending, this.pending);
        this.error = apiErrorOf(error);
        if (this.error.code === 'conflict' && (await this.mergeWithStored())) continue;
        if (TRANSIENT.has(this.error.code)) this.scheduleRetry();
        return;
      } finally {
        this.sending = {};
      }
    } while (this.runAgain);
  }

  /**
   * After a conflict: merges the edits with the copy stored meanwhile, against the base both
   * started from. True when the merge settled by itself and is now pending on the stored copy.
   */
  private async mergeWithStored(): Promise<boolean> {
    let theirs: Release;
    try {
      theirs = await this.options.reload(this.base.id);
    } catch {
      return false;
    }
    const merge = mergeReleases(this.base, applyEdits(this.base, this.pending), theirs);
    if (conflictsOf(merge).length > 0) {
      this.theirs = theirs;
      return false;
    }
    this.pending = editsTo(settleMerge(merge));
    this.base = theirs;
    this.error = null;
    this.runAgain = true;
    return true;
  }

  private restartDebounce(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      void this.start();
    }, this.debounceMs);
  }

  private scheduleRetry(): void {
    if (this.disposed) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.start();
    }, this.retryMs);
  }

  private clearTimers(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.debounceTimer = null;
    this.retryTimer = null;
  }

  private emit(): void {
    if (!this.disposed) this.options.onChange(this.snapshot());
  }
}

/** How often an open release is checkpointed while it is being edited. */
export const AUTOSAVE_CHECKPOINT_MS = 3 * 60_000;

export interface AutosaveCheckpointOptions {
  /** The revision of the release as last stored, or null once it is closed. */
  storedRev(): number | null;
  /** Asks main to keep an autosave revision of each version changed since its latest one. */
  autosave(): Promise<unknown>;
  everyMs?: number;
}

/**
 * Periodic autosave checkpoints: on each tick, only if the release was saved since the last
 * checkpoint, so an open release nobody edits costs nothing. Returns the function that stops it.
 */
export function scheduleAutosaveCheckpoints(options: AutosaveCheckpointOptions): () => void {
  let checkpointed = options.storedRev();
  const timer = setInterval(() => {
    const rev = options.storedRev();
    if (rev === null || rev === checkpointed) return;
    checkpointed = rev;
    // A checkpoint that failed is tried again on the next tick.
    options.autosave().catch(() => {
      checkpointed = null;
    });
  }, options.everyMs ?? AUTOSAVE_CHECKPOINT_MS);
  return () => clearInterval(timer);
}

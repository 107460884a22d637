/**
 * Starts work nobody waits for (a menu action, a save when a window closes): a failure is
 * logged with what the work was, instead of becoming an unhandled rejection.
 */
export function detached(
  what: string,
  work: Promise<unknown>,
  log: (message: string, error: unknown) => void = console.error,
): void {
  // The catch handles every failure, so the chain itself is left to run.
  void work.catch((error: unknown) => log(`[main] ${what} failed:`, error));
}

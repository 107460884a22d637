/**
 * The one allowance the tests make for a slow or loaded machine: how long a step that takes
 * about a second on a quiet machine (the page reacting, the host starting, one export) may take
 * before a test gives up on it. Every wait and test timeout is a multiple of it, so a machine
 * slower than that is fixed in one place: PRESS_OFFICE_TEST_SLOWDOWN=2 doubles them all.
 * These bound waiting only; how fast something is belongs to bench/.
 */
const slowdown = Number(process.env['PRESS_OFFICE_TEST_SLOWDOWN'] ?? '1');
if (!(slowdown >= 1)) {
  throw new Error(
    `PRESS_OFFICE_TEST_SLOWDOWN must be a number of at least 1, not ${String(slowdown)}`,
  );
}

// 30 s was too little on a 2-core machine at load average 12-15 (the axe scan of the
// seven-language item and the 200-SIGKILL crash test timed out); waiting longer costs nothing
// when the tests pass.
export const SLOW_MACHINE_MS = 60_000 * slowdown;

/** A wait `multiple` times the allowance: for steps made of several slow ones. */
export function slowMachineMs(multiple: number): number {
  return SLOW_MACHINE_MS * multiple;
}

/**
 * Which segments to merge, so that their number stays logarithmic in the library's size while
 * each release is rewritten only a few times over its life. Segments fall into tiers by live
 * release count, a factor of 4 apart (1–3, 4–15, 16–63, …); four adjacent segments of one tier
 * merge into one of the next. A save adds a one-release segment, so most merges are of a few
 * small ones; a merge of the largest tier happens once per ~4× growth. A segment whose
 * releases are mostly superseded is rewritten on its own to drop them.
 */

export interface SegmentSize {
  /** Releases in the segment. */
  releases: number;
  /** Of which not superseded or deleted. */
  live: number;
}

const FACTOR = 4;
const RUN = 4;
const MAX_SEGMENTS = 24;

export function tierOf(live: number): number {
  return live < FACTOR ? 0 : Math.floor(Math.log(live) / Math.log(FACTOR) + 1e-9);
}

/** The next run of segments to merge, as [from, to) in the list, or null when none needs to be. */
export function pickMerge(segments: readonly SegmentSize[]): [number, number] | null {
  const sparse = segments.findIndex((s) => s.releases >= 16 && s.live * 2 < s.releases);
  if (sparse >= 0) return [sparse, sparse + 1];
  let best: [number, number] | null = null;
  let bestTier = Infinity;
  for (let i = 0; i + RUN <= segments.length; i += 1) {
    const tier = tierOf(segments[i]!.live);
    if (tier < bestTier && segments.slice(i, i + RUN).every((s) => tierOf(s.live) === tier)) {
      best = [i, i + RUN];
      bestTier = tier;
    }
  }
  if (best || segments.length <= MAX_SEGMENTS) return best;
  let smallest = 0;
  let smallestSize = Infinity;
  for (let i = 0; i + RUN <= segments.length; i += 1) {
    const size = segments.slice(i, i + RUN).reduce((sum, s) => sum + s.live, 0);
    if (size < smallestSize) [smallest, smallestSize] = [i, size];
  }
  return [smallest, smallest + RUN];
}

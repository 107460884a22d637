/**
 * Three-way merge of values and of block sequences against their common ancestor, independent
 * of any UI or storage: used for two editors saving one release, and meant for replication
 * conflicts too. A side that left something as it was in the ancestor gives way to the side
 * that changed it; only a part both sides changed differently is a conflict.
 */
import { diffArrays } from 'diff';
import { deepEqual } from 'fast-equals';

export type ValueMerge<T> =
  { conflict: false; value: T } | { conflict: true; base: T; mine: T; theirs: T };

export function mergeValue<T>(base: T, mine: T, theirs: T): ValueMerge<T> {
  if (deepEqual(mine, base) || deepEqual(mine, theirs)) return { conflict: false, value: theirs };
  if (deepEqual(theirs, base)) return { conflict: false, value: mine };
  return { conflict: true, base, mine, theirs };
}

/** A run of the merged sequence: settled blocks, or the blocks both sides changed there. */
export type BlockChunk<T> =
  { conflict: false; blocks: T[] } | { conflict: true; base: T[]; mine: T[]; theirs: T[] };

/** For each ancestor index, the index of the same block in `side`, or -1 where it changed. */
function matchesOf<T>(base: readonly T[], side: readonly T[], key: (block: T) => string): number[] {
  const matches = new Array<number>(base.length).fill(-1);
  let b = 0;
  let s = 0;
  for (const part of diffArrays(base.map(key), side.map(key))) {
    const count = part.count ?? part.value.length;
    if (part.added) s += count;
    else if (part.removed) b += count;
    else for (let i = 0; i < count; i += 1) matches[b++] = s++;
  }
  return matches;
}

function mergeRun<T>(base: T[], mine: T[], theirs: T[]): BlockChunk<T>[] {
  const merged = mergeValue(base, mine, theirs);
  if (!merged.conflict) return [{ conflict: false, blocks: merged.value }];
  // Equal lengths on all three sides: each position is one paragraph edited in place.
  if (base.length > 0 && base.length === mine.length && base.length === theirs.length) {
    return base.map((block, i): BlockChunk<T> => {
      const one = mergeValue(block, mine[i]!, theirs[i]!);
      return one.conflict
        ? { conflict: true, base: [block], mine: [mine[i]!], theirs: [theirs[i]!] }
        : { conflict: false, blocks: [one.value] };
    });
  }
  return [{ conflict: true, base, mine, theirs }];
}

/**
 * diff3 over blocks identified by `key` (a fingerprint): the ancestor's blocks kept by both
 * sides anchor the merge; between anchors, the side that changed the run wins, and a run
 * changed by both is split into paragraphs by position when the lengths allow it.
 */
export function mergeBlocks<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  key: (block: T) => string,
): BlockChunk<T>[] {
  const toMine = matchesOf(base, mine, key);
  const toTheirs = matchesOf(base, theirs, key);
  const chunks: BlockChunk<T>[] = [];
  let b = 0;
  let m = 0;
  let t = 0;
  const push = (chunk: BlockChunk<T>) => {
    const last = chunks.at(-1);
    if (last && !last.conflict && !chunk.conflict) last.blocks.push(...chunk.blocks);
    else if (chunk.conflict || chunk.blocks.length > 0) chunks.push(chunk);
  };
  for (let anchor = 0; anchor <= base.length; anchor += 1) {
    const stable = anchor === base.length || (toMine[anchor]! >= 0 && toTheirs[anchor]! >= 0);
    if (!stable) continue;
    const mEnd = anchor === base.length ? mine.length : toMine[anchor]!;
    const tEnd = anchor === base.length ? theirs.length : toTheirs[anchor]!;
    if (b < anchor || m < mEnd || t < tEnd) {
      for (const chunk of mergeRun(
        base.slice(b, anchor),
        mine.slice(m, mEnd),
        theirs.slice(t, tEnd),
      ))
        push(chunk);
    }
    if (anchor < base.length) push({ conflict: false, blocks: [theirs[tEnd]!] });
    b = anchor + 1;
    m = mEnd + 1;
    t = tEnd + 1;
  }
  return chunks;
}

/** How a conflict is settled: one side, or (for block runs) theirs followed by mine. */
export type Choice = 'mine' | 'theirs' | 'both';

export function settleBlocks<T>(
  chunks: readonly BlockChunk<T>[],
  choose: (index: number) => Choice,
): T[] {
  const out: T[] = [];
  let conflictIndex = 0;
  for (const chunk of chunks) {
    if (!chunk.conflict) {
      out.push(...chunk.blocks);
      continue;
    }
    const choice = choose(conflictIndex++);
    if (choice !== 'mine') out.push(...chunk.theirs);
    if (choice !== 'theirs') out.push(...chunk.mine);
  }
  return out;
}

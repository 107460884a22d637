/**
 * Monotone alignment of two sequences (dynamic programming, Needleman–Wunsch style): every item
 * is either paired with one item of the other sequence or left alone, order is kept, and the
 * total cost is minimal. Only a band around the diagonal is searched, wide enough for the
 * difference in length plus `slack` further gaps on each side, so long sequences stay cheap.
 */

export interface Pairing {
  /** Index in the first sequence, or null for an item only the second one has. */
  a: number | null;
  /** Index in the second sequence, or null for an item only the first one has. */
  b: number | null;
}

const MATCH = 1;
const SKIP_A = 2;
const SKIP_B = 3;

export function alignSequences(
  lengthA: number,
  lengthB: number,
  pairCost: (a: number, b: number) => number,
  gapCost: number,
  slack = 12,
): Pairing[] {
  // Cells with lo <= i - j <= hi are searched; row i keeps them at offset j - (i - hi).
  const lo = -(slack + Math.max(0, lengthB - lengthA));
  const hi = slack + Math.max(0, lengthA - lengthB);
  const width = hi - lo + 1;
  const cost = new Float64Array((lengthA + 1) * width).fill(Infinity);
  const move = new Uint8Array((lengthA + 1) * width);
  const cell = (i: number, j: number): number =>
    i - j < lo || i - j > hi || j < 0 || j > lengthB ? -1 : i * width + (j - i + hi);

  cost[cell(0, 0)] = 0;
  for (let i = 0; i <= lengthA; i += 1) {
    for (let j = Math.max(0, i - hi); j <= Math.min(lengthB, i - lo); j += 1) {
      const here = cell(i, j);
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = 0;
      const diagonal = i > 0 && j > 0 ? cell(i - 1, j - 1) : -1;
      if (diagonal >= 0) {
        best = cost[diagonal]! + pairCost(i - 1, j - 1);
        bestMove = MATCH;
      }
      const up = i > 0 ? cell(i - 1, j) : -1;
      if (up >= 0 && cost[up]! + gapCost < best) {
        best = cost[up]! + gapCost;
        bestMove = SKIP_A;
      }
      const left = j > 0 ? cell(i, j - 1) : -1;
      if (left >= 0 && cost[left]! + gapCost < best) {
        best = cost[left]! + gapCost;
        bestMove = SKIP_B;
      }
      cost[here] = best;
      move[here] = bestMove;
    }
  }

  const pairs: Pairing[] = [];
  let i = lengthA;
  let j = lengthB;
  while (i > 0 || j > 0) {
    const step = move[cell(i, j)];
    if (step === MATCH) pairs.push({ a: --i, b: --j });
    else if (step === SKIP_A) pairs.push({ a: --i, b: null });
    else pairs.push({ a: null, b: --j });
  }
  return pairs.reverse();
}

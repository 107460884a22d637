import type { Pairing } from '@shared/review/align';
import type { Finding } from '@shared/review/findings';

type CountFinding = Extract<Finding, { check: 'paragraph-count' }>;

/**
 * Which translation paragraph renders which source paragraph, as the checks paired them: by
 * position when the counts are equal, otherwise around the paragraphs the paragraph-count
 * finding names as missing (source only) and extra (translation only). Where one of each
 * meets, the source's comes first.
 */
export function pairsFromFindings(
  sourceCount: number,
  targetCount: number,
  count: CountFinding | null,
): Pairing[] {
  const missing = new Set(count?.missing ?? []);
  const extra = new Set(count?.extra ?? []);
  const pairs: Pairing[] = [];
  let a = 0;
  let b = 0;
  while (a < sourceCount || b < targetCount) {
    const sourceLeft = a < sourceCount;
    const targetLeft = b < targetCount;
    if (sourceLeft && (missing.has(a) || !targetLeft)) pairs.push({ a: a++, b: null });
    else if (targetLeft && (extra.has(b) || !sourceLeft)) pairs.push({ a: null, b: b++ });
    else pairs.push({ a: a++, b: b++ });
  }
  return pairs;
}

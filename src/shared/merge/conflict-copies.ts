/**
 * What a settled conflict would lose: the language versions of each side that differ from
 * the merged result. They are kept as revisions, so that whichever side gave way can still be
 * found in the history and restored.
 */
import { z } from 'zod';
import { idSchema, variantSchema, type Release, type Variant } from '../domain';
import { LANGS } from '../languages';
import { contentChanged } from '../review/status';

export const CONFLICT_SIDES = ['mine', 'theirs'] as const;
export type ConflictSide = (typeof CONFLICT_SIDES)[number];

export const keepCopyInputSchema = z
  .object({
    id: idSchema,
    side: z.enum(CONFLICT_SIDES),
    variants: z.array(variantSchema).min(1).max(LANGS.length),
  })
  .strict();

const TEXTS = ['title', 'lead', 'datelinePlace'] as const;

function blockKeys(variant: Variant | undefined): Set<string> {
  return new Set((variant?.body.content ?? []).map((node) => JSON.stringify(node)));
}

/**
 * Whether the merge drops something `side` changed in this version: a text it changed that
 * the merge holds otherwise, a paragraph it wrote that the merge lacks, or one it deleted that
 * the merge still has. A side that left a version as it was loses nothing there.
 */
function dropsChanges(
  base: Variant | undefined,
  side: Variant,
  merged: Variant | undefined,
): boolean {
  if (!merged) return true;
  if (base && !contentChanged(base, side)) return false;
  if (TEXTS.some((text) => side[text] !== (base?.[text] ?? '') && merged[text] !== side[text]))
    return true;
  const before = blockKeys(base);
  const after = blockKeys(side);
  const kept = blockKeys(merged);
  for (const key of after) if (!before.has(key) && !kept.has(key)) return true;
  for (const key of before) if (!after.has(key) && kept.has(key)) return true;
  return false;
}

/** The versions of `side` whose changes the merged release does not hold, as `side` has them. */
export function lostVersions(base: Release, side: Release, merged: Release): Variant[] {
  const lost: Variant[] = [];
  for (const variant of Object.values(side.variants)) {
    if (!variant) continue;
    const kept = merged.variants[variant.lang];
    if (kept && !contentChanged(variant, kept)) continue;
    if (dropsChanges(base.variants[variant.lang], variant, kept)) lost.push(variant);
  }
  return lost;
}

export interface LostCopies {
  mine: Variant[];
  theirs: Variant[];
}

export function lostCopies(
  base: Release,
  mine: Release,
  theirs: Release,
  merged: Release,
): LostCopies {
  return { mine: lostVersions(base, mine, merged), theirs: lostVersions(base, theirs, merged) };
}

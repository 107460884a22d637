/**
 * Changes to the vocabulary that the vocabulary screen makes: saving one entry, merging two,
 * deleting one. Names are checked by the shared rules (validate.ts) and a change that breaks
 * one is refused whole. Merging and deleting re-tag releases first and write the vocabulary
 * last, so an interruption leaves every tag naming an entry that exists.
 */
import type { VocabularyEntry } from '@shared/domain';
import type { VocabularyChange, VocabularyEntryInput, VocabularySaved } from '@shared/search-api';
import { slugId } from '@shared/vocabulary/exchange';
import { planDelete, planMerge, retagged, VocabularyPlanError } from '@shared/vocabulary/plan';
import { validateVocabulary } from '@shared/vocabulary/validate';
import { AppError } from '../errors';
import type { LibraryApi } from '../library/library-api';
import { retagReleases } from './retag';

/** Refuses a vocabulary that breaks a rule, naming every broken one. */
export function assertValid(entries: readonly VocabularyEntry[]): void {
  const issues = validateVocabulary(entries);
  if (issues.length > 0)
    throw new AppError('invalid-input', issues.map((issue) => issue.message).join('; '));
}

/** A plan for an entry that does not exist is a not-found for the caller. */
function planned<T>(plan: () => T): T {
  try {
    return plan();
  } catch (error) {
    if (error instanceof VocabularyPlanError) throw new AppError('not-found', error.message);
    throw error;
  }
}

/** Replaces the entry of the same id, or adds a new one under an id made from its names. */
export async function saveEntry(
  library: LibraryApi,
  input: VocabularyEntryInput,
): Promise<VocabularySaved> {
  let saved: VocabularyEntry | null = null;
  const vocabulary = await library.updateVocabulary((entries) => {
    if (input.id !== undefined && !entries.some((e) => e.id === input.id))
      throw new AppError('not-found', `the vocabulary has no entry ${input.id}`);
    const entry: VocabularyEntry = {
      id: input.id ?? slugId(input, new Set(entries.map((e) => e.id))),
      type: input.type,
      labels: input.labels,
      aliases: input.aliases,
    };
    const next =
      input.id === undefined
        ? [...entries, entry]
        : entries.map((e) => (e.id === entry.id ? entry : e));
    assertValid(next);
    saved = entry;
    return next;
  });
  return { entry: saved!, vocabulary };
}

/** Entry `from` becomes part of entry `into`: its names join it, its releases carry `into`. */
export async function mergeEntries(
  library: LibraryApi,
  { into, from }: { into: string; from: string },
): Promise<VocabularyChange> {
  const { retag } = planned(() =>
    planMerge(library.listVocabulary(), library.releaseTags(), { into, from }),
  );
  const count = await retagReleases(
    library,
    retag.map((r) => r.id),
    (tags) => retagged(tags, from, into),
  );
  const vocabulary = await library.updateVocabulary(
    (entries) => planned(() => planMerge(entries, [], { into, from })).vocabulary,
  );
  return { vocabulary, retagged: count };
}

/** How many releases deleting entry `id` would take the tag off. */
export function previewDelete(library: LibraryApi, id: string): { affected: number } {
  const plan = planned(() => planDelete(library.listVocabulary(), library.releaseTags(), id));
  return { affected: plan.retag.length };
}

export async function deleteEntry(library: LibraryApi, id: string): Promise<VocabularyChange> {
  const { retag } = planned(() => planDelete(library.listVocabulary(), library.releaseTags(), id));
  const count = await retagReleases(
    library,
    retag.map((r) => r.id),
    (tags) => retagged(tags, id, null),
  );
  const vocabulary = await library.updateVocabulary(
    (entries) => planned(() => planDelete(entries, [], id)).vocabulary,
  );
  return { vocabulary, retagged: count };
}

/** Per entry, the number of releases tagged with it. */
export function usage(library: LibraryApi): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { tags } of library.releaseTags())
    for (const tag of tags) counts[tag] = (counts[tag] ?? 0) + 1;
  return counts;
}

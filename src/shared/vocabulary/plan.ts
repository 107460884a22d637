/**
 * Merging and deleting vocabulary entries, planned without touching anything: given the
 * vocabulary and every release's tags, what the vocabulary becomes and which releases must be
 * re-tagged. The caller applies the plan (saves the vocabulary, then each release).
 */
import type { VocabularyEntry } from '../domain';
import { LANGS } from '../languages';
import { nameKey } from './validate';

export interface TaggedRelease {
  id: string;
  tags: readonly string[];
}

export interface Retag {
  id: string;
  tags: string[];
}

export interface VocabularyPlan {
  vocabulary: VocabularyEntry[];
  /** Releases whose tags change, with their new tags. */
  retag: Retag[];
}

export class VocabularyPlanError extends Error {
  override name = 'VocabularyPlanError';
}

function entryOf(entries: readonly VocabularyEntry[], id: string): VocabularyEntry {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new VocabularyPlanError(`the vocabulary has no entry ${id}`);
  return entry;
}

/**
 * The names of both, under `into`: its labels stay; where `from` has a label in a language
 * `into` has none, it becomes the label, otherwise an alias; aliases are pooled. A name that
 * is already there (compared folded) is not repeated, and none is dropped.
 */
export function mergeEntryNames(into: VocabularyEntry, from: VocabularyEntry): VocabularyEntry {
  const labels = { ...into.labels };
  const aliases: VocabularyEntry['aliases'] = {};
  for (const lang of LANGS) {
    let incoming = [from.labels[lang], ...(from.aliases[lang] ?? [])].filter(
      (n): n is string => !!n,
    );
    if (!labels[lang] && from.labels[lang]) {
      labels[lang] = from.labels[lang];
      incoming = incoming.slice(1);
    }
    const seen = new Set([labels[lang]].filter((n): n is string => !!n).map(nameKey));
    const list: string[] = [];
    for (const name of [...(into.aliases[lang] ?? []), ...incoming]) {
      if (seen.has(nameKey(name))) continue;
      seen.add(nameKey(name));
      list.push(name);
    }
    if (list.length > 0) aliases[lang] = list;
  }
  return { ...into, labels, aliases };
}

/** Tags with `from` replaced by `into` (or dropped, for null), in place, without a duplicate. */
export function retagged(tags: readonly string[], from: string, into: string | null): string[] {
  const next: string[] = [];
  for (const tag of tags) {
    const replacement = tag === from ? into : tag;
    if (replacement !== null && !next.includes(replacement)) next.push(replacement);
  }
  return next;
}

/** Merges entry `from` into entry `into`: every release tagged with either ends up tagged with `into`. */
export function planMerge(
  entries: readonly VocabularyEntry[],
  releases: Iterable<TaggedRelease>,
  { into, from }: { into: string; from: string },
): VocabularyPlan {
  if (into === from) throw new VocabularyPlanError('an entry cannot be merged into itself');
  const target = entryOf(entries, into);
  const absorbed = entryOf(entries, from);
  const merged = mergeEntryNames(target, absorbed);
  const vocabulary = entries.filter((e) => e.id !== from).map((e) => (e.id === into ? merged : e));
  const retag: Retag[] = [];
  for (const release of releases) {
    if (release.tags.includes(from))
      retag.push({ id: release.id, tags: retagged(release.tags, from, into) });
  }
  return { vocabulary, retag };
}

/** Deletes an entry and takes its tag off every release; `retag.length` is the count to confirm with. */
export function planDelete(
  entries: readonly VocabularyEntry[],
  releases: Iterable<TaggedRelease>,
  id: string,
): VocabularyPlan {
  entryOf(entries, id);
  const retag: Retag[] = [];
  for (const release of releases) {
    if (release.tags.includes(id))
      retag.push({ id: release.id, tags: retagged(release.tags, id, null) });
  }
  return { vocabulary: entries.filter((e) => e.id !== id), retag };
}

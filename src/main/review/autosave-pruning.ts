/**
 * Which automatic revisions a history no longer needs. Automatic revisions come every few
 * minutes of editing, each a whole copy of a version, so a release worked on for weeks would
 * carry thousands. Recent ones are what a user reaches for ("before I broke it an hour ago"),
 * older ones matter as the state of a day: so every automatic revision of the last
 * RECENT_MS stays, and of older ones the newest of each calendar day (UTC) and language.
 * Checkpoints, status changes, restores and conflict copies are the user's own deliberate
 * marks and are never pruned, nor is a revision a translation's source base points to.
 */
import type { Release, Revision } from '@shared/domain';

export const RECENT_MS = 24 * 60 * 60_000;
/** Prune in batches: one rewrite of the log per this many redundant revisions, not per autosave. */
export const PRUNE_BATCH = 10;

export function redundantAutosaves(
  revisions: readonly Revision[],
  release: Release,
  now: Date,
): Set<string> {
  const protectedIds = new Set<string>();
  for (const variant of Object.values(release.variants))
    if (variant?.sourceBase?.sourceRevisionId)
      protectedIds.add(variant.sourceBase.sourceRevisionId);
  const recentFrom = now.getTime() - RECENT_MS;
  const newestOfDay = new Map<string, Revision>();
  const older: Revision[] = [];
  for (const revision of revisions) {
    if (revision.reason !== 'autosave' || Date.parse(revision.createdAt) >= recentFrom) continue;
    older.push(revision);
    const day = `${revision.lang}:${revision.createdAt.slice(0, 10)}`;
    const newest = newestOfDay.get(day);
    if (!newest || revision.createdAt >= newest.createdAt) newestOfDay.set(day, revision);
  }
  const kept = new Set([...newestOfDay.values()].map((revision) => revision.id));
  return new Set(older.filter((r) => !kept.has(r.id) && !protectedIds.has(r.id)).map((r) => r.id));
}

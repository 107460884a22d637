/** Building revisions: snapshots of one language version, appended to the release's history. */
import { randomBytes } from 'node:crypto';
import type { Release, Revision } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { authorOf, versionOf, type ReviewContext } from './context';

export type RevisionReason = Revision['reason'];

/** Time first, so ids of one release sort roughly by age; random tail, so two never clash. */
export function newRevisionId(at: Date): string {
  return `r${at.getTime().toString(36)}-${randomBytes(5).toString('hex')}`;
}

export function snapshot(
  ctx: ReviewContext,
  release: Release,
  lang: Lang,
  reason: RevisionReason,
  id: string = newRevisionId(ctx.now()),
): Revision {
  return {
    id,
    releaseId: release.id,
    lang,
    reason,
    createdAt: ctx.now().toISOString(),
    author: authorOf(ctx),
    releaseRev: release.rev,
    variant: versionOf(release, lang),
  };
}

/** Appends a snapshot of the version as stored in `release`. */
export async function record(
  ctx: ReviewContext,
  release: Release,
  lang: Lang,
  reason: RevisionReason,
  id?: string,
): Promise<Revision> {
  const revision = snapshot(ctx, release, lang, reason, id);
  await ctx.library.appendRevision(revision);
  return revision;
}

/** The newest revision of one language version, or null. */
export function latestOf(revisions: readonly Revision[], lang: Lang): Revision | null {
  for (let i = revisions.length - 1; i >= 0; i -= 1)
    if (revisions[i]!.lang === lang) return revisions[i]!;
  return null;
}

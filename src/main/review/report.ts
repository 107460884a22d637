/** The review report of a release: every version's status, check findings and lag behind the source. */
import type { Revision, Variant } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { runAllChecks } from '@shared/review/checks';
import { outdatedReports } from '@shared/review/outdated';
import type { ReleaseReview, VersionReview } from '@shared/review/review-report';
import { baseMatches } from '@shared/review/source-base';
import { versionOf, type ReviewContext } from './context';
import { baseSourceIn } from './source-revision';

export async function reviewRelease(ctx: ReviewContext, releaseId: string): Promise<ReleaseReview> {
  const release = await ctx.library.getRelease(releaseId);
  const findings = runAllChecks(release, ctx.library.listVocabulary());
  const source = versionOf(release, release.sourceLang);
  // The history is read only when an outdated translation needs the old source text.
  let revisions: Revision[] | null = null;
  const baseSources: Partial<Record<Lang, Variant | null>> = {};
  for (const variant of Object.values(release.variants)) {
    const base = variant?.sourceBase;
    if (!variant || !base?.sourceRevisionId || baseMatches(base, source)) continue;
    revisions ??= await ctx.library.listRevisions(release.id);
    baseSources[variant.lang] = baseSourceIn(revisions, base);
  }
  const outdated = outdatedReports(release, baseSources);
  const versions: VersionReview[] = [];
  for (const lang of LANGS) {
    const variant = release.variants[lang];
    if (!variant) continue;
    versions.push({
      lang,
      status: variant.status,
      findings: findings[lang] ?? [],
      outdated: outdated[lang] ?? null,
    });
  }
  return { releaseId: release.id, rev: release.rev, sourceLang: release.sourceLang, versions };
}

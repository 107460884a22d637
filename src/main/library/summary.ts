import type { Release, ReleaseSummary } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { needsUpdate } from '@shared/review/needs-update';

/** Titles are capped in the index: the list shows a line, the release file keeps the rest. */
const TITLE_LIMIT = 300;

export function summarize(release: Release): ReleaseSummary {
  const titles: Partial<Record<Lang, string>> = {};
  const statuses: ReleaseSummary['statuses'] = {};
  for (const [lang, variant] of Object.entries(release.variants) as [Lang, Release['variants'][Lang]][]) {
    if (!variant) continue;
    titles[lang] = variant.title.slice(0, TITLE_LIMIT);
    statuses[lang] = variant.status;
  }
  const stale = (Object.keys(statuses) as Lang[]).filter((lang) => needsUpdate(release, lang));
  return {
    id: release.id,
    rev: release.rev,
    kind: release.kind,
    sourceLang: release.sourceLang,
    date: release.date,
    embargoUntil: release.embargo ? `${release.embargo.until} ${release.embargo.timeZone}` : null,
    titles,
    statuses,
    // Only when there is one, so that the index rows of most releases stay as they were.
    ...(stale.length > 0 ? { needsUpdate: stale } : {}),
    tags: release.tags,
    updatedAt: release.updatedAt,
  };
}

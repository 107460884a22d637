/** What the review services work with: the open library and a clock (fixed in tests). */
import type { Release, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { AppError } from '../errors';
import type { LibraryApi } from '../library/library-api';

export interface ReviewContext {
  library: LibraryApi;
  now: () => Date;
}

/** A release as the caller last saw it: a change is refused if it has been saved since. */
export interface ReleaseRef {
  id: string;
  rev: number;
}

export async function loadAt(ctx: ReviewContext, ref: ReleaseRef): Promise<Release> {
  const release = await ctx.library.getRelease(ref.id);
  if (release.rev !== ref.rev) {
    throw new AppError('conflict', `saved as revision ${release.rev}, changed from ${ref.rev}`);
  }
  return release;
}

export function versionOf(release: Release, lang: Lang): Variant {
  const variant = release.variants[lang];
  if (!variant) throw new AppError('not-found', `release ${release.id} has no ${lang} version`);
  return variant;
}

/** Recorded on status changes and revisions. */
export function authorOf(ctx: ReviewContext): string {
  return ctx.library.getSettings().userName;
}

export function withVersion(release: Release, variant: Variant): Release {
  return { ...release, variants: { ...release.variants, [variant.lang]: variant } };
}

/**
 * Making another language version the source, deliberately. Translations that were current
 * against the old source stay current only if the new source was current too, since then
 * all of them say the same; every other translation is compared with the new source afresh.
 */
import type { Release, SourceBase, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { baseMatches, recordSourceBase } from '@shared/review/source-base';
import { withSignatureSource } from '@shared/version-metadata';
import { AppError } from '../errors';
import { loadAt, versionOf, type ReleaseRef, type ReviewContext } from './context';
import { currentSourceRevision } from './source-revision';

export async function changeSourceLanguage(
  ctx: ReviewContext,
  ref: ReleaseRef,
  lang: Lang,
): Promise<Release> {
  const release = await loadAt(ctx, ref);
  if (lang === release.sourceLang)
    throw new AppError('invalid-input', `lang: ${lang} is already the source language`);
  const oldSource = versionOf(release, release.sourceLang);
  const newSource = versionOf(release, lang);
  // The release-wide signature and contacts are the source's: they move with it.
  const switched: Release = { ...withSignatureSource(release, lang), sourceLang: lang };
  const revision = await currentSourceRevision(ctx, switched);
  const newBase = recordSourceBase(newSource, ctx.now().toISOString(), revision.id);
  const newSourceWasCurrent =
    newSource.sourceBase !== null && baseMatches(newSource.sourceBase, oldSource);

  const variants: Release['variants'] = {};
  for (const variant of Object.values(switched.variants)) {
    if (!variant) continue;
    variants[variant.lang] = {
      ...variant,
      sourceBase: baseAfterSwitch(variant, oldSource, newSource, newSourceWasCurrent, newBase),
    };
  }
  return ctx.library.saveRelease({ ...switched, variants });
}

function baseAfterSwitch(
  variant: Variant,
  oldSource: Variant,
  newSource: Variant,
  newSourceWasCurrent: boolean,
  newBase: SourceBase,
): SourceBase | null {
  // A source has no base; the old source never had one against the new source.
  if (variant.lang === newSource.lang) return null;
  const wasCurrent =
    variant.lang === oldSource.lang ||
    (variant.sourceBase !== null && baseMatches(variant.sourceBase, oldSource));
  if (newSourceWasCurrent && wasCurrent) return newBase;
  // Left as it was: recorded against another language, it reads as not yet compared.
  return variant.lang === oldSource.lang ? null : variant.sourceBase;
}

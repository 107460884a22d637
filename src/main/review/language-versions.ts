/** Adding a language version to a release, and marking a translation up to date with its source. */
import type { Release, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { needsUpdate } from '@shared/review/needs-update';
import { recordSourceBase } from '@shared/review/source-base';
import { AppError } from '../errors';
import {
  authorOf,
  loadAt,
  versionOf,
  withVersion,
  type ReleaseRef,
  type ReviewContext,
} from './context';
import { record } from './revisions';
import { currentSourceRevision } from './source-revision';

/** 'prefilled' starts from a copy of the source, to be translated in place. */
export type NewVersionMode = 'empty' | 'prefilled';

/**
 * The new version is recorded as based on the source as it is now, so that source edits made
 * while it is being translated show up as outdated paragraphs.
 */
export async function addLanguageVersion(
  ctx: ReviewContext,
  ref: ReleaseRef,
  lang: Lang,
  mode: NewVersionMode,
): Promise<Release> {
  const release = await loadAt(ctx, ref);
  if (release.variants[lang])
    throw new AppError('invalid-input', `lang: the release already has a ${lang} version`);
  const source = versionOf(release, release.sourceLang);
  const at = ctx.now().toISOString();
  const base = await currentSourceRevision(ctx, release);
  const prefilled = mode === 'prefilled';
  const variant: Variant = {
    lang,
    title: prefilled ? source.title : '',
    lead: prefilled ? source.lead : '',
    body: prefilled ? source.body : { type: 'doc', content: [{ type: 'paragraph' }] },
    // Not copied: the source's place (like its signature) stands in visibly until the
    // version has its own, and the checks name it, instead of a Latin "Yerevan" passing as Armenian.
    datelinePlace: '',
    status: 'draft',
    statusHistory: [{ status: 'draft', by: authorOf(ctx), at }],
    sourceBase: recordSourceBase(source, at, base.id),
    updatedAt: at,
    ...(prefilled ? { editedBy: authorOf(ctx) } : {}),
  };
  return ctx.library.saveRelease(withVersion(release, variant));
}

/**
 * Re-records the source fingerprints in the translation: it no longer reads as outdated. An
 * approval given before the source changed approved another source, so an approved translation
 * that needed updating goes back to review (recorded in its status history) for re-approval.
 */
export async function markUpToDate(
  ctx: ReviewContext,
  ref: ReleaseRef,
  lang: Lang,
): Promise<Release> {
  const release = await loadAt(ctx, ref);
  if (lang === release.sourceLang)
    throw new AppError('invalid-input', `lang: ${lang} is the source language`);
  const translation = versionOf(release, lang);
  const source = versionOf(release, release.sourceLang);
  const base = await currentSourceRevision(ctx, release);
  const at = ctx.now().toISOString();
  const sourceBase = recordSourceBase(source, at, base.id);
  if (!needsUpdate(release, lang)) return ctx.library.saveRelease(withVersion(release, { ...translation, sourceBase }));
  const reopened: Variant = {
    ...translation,
    sourceBase,
    status: 'in-review',
    statusHistory: [...translation.statusHistory, { status: 'in-review', by: authorOf(ctx), at }],
  };
  const saved = await ctx.library.saveRelease(withVersion(release, reopened));
  await record(ctx, saved, lang, 'status');
  return saved;
}

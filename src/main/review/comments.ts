/**
 * Review comments on a paragraph of a language version: a reviewer adds one, the translator
 * resolves it. A comment is never deleted; resolving records who and when.
 */
import { randomBytes } from 'node:crypto';
import type { Comment, Release } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { paragraphsOf } from '@shared/review/paragraphs';
import { AppError } from '../errors';
import { authorOf, loadAt, versionOf, type ReleaseRef, type ReviewContext } from './context';

/** As many characters of the paragraph as commentSchema.quote keeps. */
const QUOTE_CHARS = 2000;

export async function addComment(
  ctx: ReviewContext,
  ref: ReleaseRef,
  lang: Lang,
  paragraph: number,
  text: string,
): Promise<Release> {
  const release = await loadAt(ctx, ref);
  const paragraphs = paragraphsOf(versionOf(release, lang).body);
  const anchor = paragraphs[paragraph];
  if (!anchor) {
    throw new AppError(
      'invalid-input',
      `paragraph: the ${lang} version has ${paragraphs.length} paragraphs, not ${paragraph + 1}`,
    );
  }
  const at = ctx.now();
  const comment: Comment = {
    id: `c${at.getTime().toString(36)}-${randomBytes(4).toString('hex')}`,
    lang,
    paragraph,
    quote: anchor.text.slice(0, QUOTE_CHARS),
    author: authorOf(ctx),
    text,
    createdAt: at.toISOString(),
    resolvedAt: null,
    resolvedBy: null,
  };
  return ctx.library.saveRelease({ ...release, comments: [...release.comments, comment] });
}

/** Resolving a comment that is already resolved changes nothing. */
export async function resolveComment(
  ctx: ReviewContext,
  ref: ReleaseRef,
  commentId: string,
): Promise<Release> {
  const release = await loadAt(ctx, ref);
  const comment = release.comments.find((c) => c.id === commentId);
  if (!comment) throw new AppError('not-found', `comment ${commentId} of release ${release.id}`);
  if (comment.resolvedAt !== null) return release;
  const resolved: Comment = {
    ...comment,
    resolvedAt: ctx.now().toISOString(),
    resolvedBy: authorOf(ctx),
  };
  return ctx.library.saveRelease({
    ...release,
    comments: release.comments.map((c) => (c.id === commentId ? resolved : c)),
  });
}

import type { Comment } from '@shared/domain';

export interface CommentAnchor {
  /** The paragraph the comment belongs to now. */
  paragraph: number;
  /** The paragraph's text is no longer what was commented on: it was edited since. */
  edited: boolean;
}

/**
 * Where a comment sits in the version as it is now: at its paragraph if the text there is
 * still the one commented on; else wherever that text went (paragraphs added or removed
 * above it); else at its old position, marked as edited. Null when the version has no text.
 */
export function anchorComment(comment: Comment, texts: readonly string[]): CommentAnchor | null {
  if (texts.length === 0) return null;
  if (texts[comment.paragraph] === comment.quote) return { paragraph: comment.paragraph, edited: false };
  const moved = texts.indexOf(comment.quote);
  if (moved >= 0) return { paragraph: moved, edited: false };
  return { paragraph: Math.min(comment.paragraph, texts.length - 1), edited: true };
}

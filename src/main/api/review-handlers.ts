/**
 * Handlers of the review methods: language versions, status, comments, revision history, and
 * releases.save, which goes through the review rules so that no save can bypass them.
 */
import type { LibrarySessionApi } from '../library/library-api';
import { approvalCheck } from '../review/approval-guard';
import { addComment, resolveComment } from '../review/comments';
import type { ReviewContext } from '../review/context';
import {
  autosave,
  diffRevisions,
  getRevision,
  keepConflictCopy,
  listHistory,
  restore,
} from '../review/history';
import { addLanguageVersion, markUpToDate } from '../review/language-versions';
import { createReviewCache } from '../review/review-cache';
import { saveEdited } from '../review/save';
import { changeSourceLanguage } from '../review/source-language';
import { changeStatus } from '../review/status-change';
import type { Handlers } from './handlers';

type ReviewMethod =
  | 'releases.save'
  | 'review.get'
  | 'review.addLanguage'
  | 'review.markUpToDate'
  | 'review.setStatus'
  | 'review.setSourceLanguage'
  | 'review.approvalCheck'
  | 'comments.add'
  | 'comments.resolve'
  | 'revisions.list'
  | 'revisions.get'
  | 'revisions.autosave'
  | 'revisions.keepCopy'
  | 'revisions.restore'
  | 'revisions.diff';

export function createReviewHandlers(session: LibrarySessionApi): Pick<Handlers, ReviewMethod> {
  const ctx = (): ReviewContext => ({ library: session.current(), now: () => new Date() });
  const review = createReviewCache();
  return {
    'releases.save': async ({ release, minorSourceEdit }) =>
      saveEdited(ctx(), release, { minorSourceEdit }),
    'review.get': async ({ id }) => review(ctx(), id),
    'review.addLanguage': async ({ id, rev, lang, mode }) =>
      addLanguageVersion(ctx(), { id, rev }, lang, mode),
    'review.markUpToDate': async ({ id, rev, lang }) => markUpToDate(ctx(), { id, rev }, lang),
    'review.setStatus': async ({ id, rev, lang, status, override }) =>
      changeStatus(ctx(), { id, rev }, lang, status, override),
    'review.approvalCheck': async ({ id, lang }) => {
      const c = ctx();
      const release = await c.library.getRelease(id);
      return approvalCheck(c, release, lang);
    },
    'review.setSourceLanguage': async ({ id, rev, lang }) =>
      changeSourceLanguage(ctx(), { id, rev }, lang),
    'comments.add': async ({ id, rev, lang, paragraph, text }) =>
      addComment(ctx(), { id, rev }, lang, paragraph, text),
    'comments.resolve': async ({ id, rev, commentId }) =>
      resolveComment(ctx(), { id, rev }, commentId),
    'revisions.list': async ({ id, lang }) => listHistory(ctx(), id, lang),
    'revisions.get': async ({ id, revisionId }) => getRevision(ctx(), id, revisionId),
    'revisions.autosave': async ({ id }) => autosave(ctx(), id),
    'revisions.keepCopy': async ({ id, side, variants }) =>
      keepConflictCopy(ctx(), id, side, variants),
    'revisions.restore': async ({ id, rev, revisionId }) =>
      restore(ctx(), { id, rev }, revisionId),
    'revisions.diff': async ({ id, from, to }) => diffRevisions(ctx(), id, from, to),
  };
}

import type { Lang } from '@shared/languages';
import { MAX_COMMENT_CHARS } from '@shared/review-api';
import { useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../api';
import { useT, useUiLanguage } from '../i18n';
import { formatMoment } from './format-moment';
import type { PlacedComment } from './review-rows';
import { runReviewStep } from './review-step';

interface CommentThreadProps {
  comments: readonly PlacedComment[];
  lang: Lang;
  /** The paragraph a new comment anchors to; null where none can be added. */
  paragraph: number | null;
  /** Where the paragraph is, for the form's label ("paragraph 3"). */
  where: string;
}

/** The comments on one paragraph: open ones in full, resolved ones folded away. */
export function CommentThread({ comments, lang, paragraph, where }: CommentThreadProps) {
  const t = useT();
  const [writing, setWriting] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const open = comments.filter((c) => c.comment.resolvedAt === null);
  const resolved = comments.filter((c) => c.comment.resolvedAt !== null);
  if (comments.length === 0 && paragraph === null) return null;

  const closeForm = () => {
    setWriting(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <div className="comments">
      {open.map((placed) => (
        <CommentCard key={placed.comment.id} placed={placed} />
      ))}
      {resolved.length > 0 && (
        <details className="comments__resolved">
          <summary>{t('review.comment.resolvedCount', { count: resolved.length })}</summary>
          {resolved.map((placed) => (
            <CommentCard key={placed.comment.id} placed={placed} />
          ))}
        </details>
      )}
      {paragraph !== null &&
        (writing ? (
          <CommentForm lang={lang} paragraph={paragraph} where={where} onDone={closeForm} />
        ) : (
          <button
            ref={addButton}
            type="button"
            className="button button--quiet button--small comments__add"
            aria-label={t('review.comment.addTo', { where })}
            onClick={() => setWriting(true)}
          >
            {t('review.comment.add')}
          </button>
        ))}
    </div>
  );
}

export function CommentCard({ placed }: { placed: PlacedComment }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [busy, setBusy] = useState(false);
  const { comment, edited } = placed;
  const resolvedAt = comment.resolvedAt;

  const resolve = async () => {
    setBusy(true);
    await runReviewStep(
      (ref) => api.call('comments.resolve', { ...ref, commentId: comment.id }),
      { recordsName: true },
    );
    setBusy(false);
  };

  return (
    <article
      className={resolvedAt ? 'comment comment--resolved' : 'comment'}
      data-testid="comment"
      aria-label={t('review.comment.by', { author: comment.author || t('review.comment.noName') })}
    >
      <p className="comment__meta">
        <span className="comment__author">{comment.author || t('review.comment.noName')}</span>
        <time dateTime={comment.createdAt}>{formatMoment(comment.createdAt, uiLang)}</time>
      </p>
      <p className="comment__text">{comment.text}</p>
      {edited && !resolvedAt && <p className="comment__note">{t('review.comment.edited')}</p>}
      {resolvedAt ? (
        <p className="comment__note">
          {t('review.comment.resolvedBy', {
            by: comment.resolvedBy || t('review.comment.noName'),
            when: formatMoment(resolvedAt, uiLang),
          })}
        </p>
      ) : (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void resolve()}
        >
          {t('review.comment.resolve')}
        </button>
      )}
    </article>
  );
}

interface CommentFormProps {
  lang: Lang;
  paragraph: number;
  where: string;
  onDone(): void;
}

function CommentForm({ lang, paragraph, where, onDone }: CommentFormProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `comment-form-${lang}-${paragraph}`;

  const add = async () => {
    if (busy || text.trim() === '') return;
    setBusy(true);
    const stored = await runReviewStep(
      (ref) => api.call('comments.add', { ...ref, lang, paragraph, text: text.trim() }),
      { recordsName: true },
    );
    setBusy(false);
    // Kept in the form when it could not be stored, so nothing typed is lost.
    if (stored) onDone();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void add();
    } else if (event.key === 'Escape' && text.trim() === '') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label className="field__label" htmlFor={id}>
        {t('review.comment.label', { where })}
      </label>
      <textarea
        id={id}
        className="field__input field__input--grow"
        value={text}
        rows={2}
        maxLength={MAX_COMMENT_CHARS}
        autoFocus
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {t('review.comment.hint')}
      </p>
      <div className="comment-form__actions">
        <button type="button" className="button button--small" onClick={onDone}>
          {t('dialog.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={busy || text.trim() === ''}
        >
          {t('review.comment.submit')}
        </button>
      </div>
    </form>
  );
}

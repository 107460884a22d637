import type { Release } from '@shared/domain';
import { describeError } from '@shared/errors';
import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import type { RevisionSummary } from '@shared/review/revision-summary';
import { useState } from 'react';
import { useT, useUiLanguage } from '../i18n';
import { formatMoment } from './format-moment';
import { RestoreDialog } from './RestoreDialog';
import { revisionLabel } from './revision-label';
import { useRevisionDiff } from './use-revision-diff';
import { useRevisionHistory } from './use-revision-history';
import { VersionDiffView } from './VersionDiffView';

/** The state compared to: a revision, or the text as it is now. */
const CURRENT = 'current';

interface Selection {
  /** A revision the user picked; null until they do. */
  from: string | null;
  to: string;
  /** Which revision `from` is until the user picks, counted from the newest. */
  fromByDefault: number;
}

/**
 * The revision history of one version: every revision, any two of them (or one and the text
 * as it is now) compared word by word, and restore.
 */
export function HistoryPanel({ release, lang }: { release: Release; lang: Lang }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const history = useRevisionHistory(release.id, lang, release.rev);
  const revisions = history.phase === 'ready' ? history.value : [];
  const [chosen, setChosen] = useState<Selection>({ from: null, to: CURRENT, fromByDefault: 0 });
  const [restoring, setRestoring] = useState<RevisionSummary | null>(null);
  const from = chosen.from ?? revisions[chosen.fromByDefault]?.id ?? revisions[0]?.id ?? null;
  const pick = (next: Omit<Selection, 'fromByDefault'>) => setChosen({ ...next, fromByDefault: 0 });
  const to = chosen.to;
  const diff = useRevisionDiff(release, lang, from, to === CURRENT ? null : to);

  const stateName = (id: string | null) => {
    if (id === CURRENT) return t('review.history.now');
    const revision = revisions.find((r) => r.id === id);
    return revision ? formatMoment(revision.createdAt, uiLang, { seconds: true }) : '';
  };

  if (history.phase === 'failed') {
    return (
      <p className="banner banner--error" role="alert">
        {describeError(history.error, uiLang)}
      </p>
    );
  }
  return (
    <div className="history">
      <section className="history__list" aria-labelledby="history-list-title">
        <h2 className="review-side__title" id="history-list-title">
          {t('review.history.title', { language: LANG_NATIVE_NAMES[lang] })}
        </h2>
        {history.phase === 'loading' ? (
          <p role="status">{t('review.loading')}</p>
        ) : revisions.length === 0 ? (
          <p className="review-side__empty" data-testid="history-empty">
            {t('review.history.empty')}
          </p>
        ) : (
          <div className="history-table__frame">
            <table className="history-table" data-testid="history-table">
              <caption className="sr-only">{t('review.history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="history-table__pick">
                    {t('review.history.from')}
                  </th>
                  <th scope="col" className="history-table__pick">
                    {t('review.history.to')}
                  </th>
                  <th scope="col">{t('review.history.when')}</th>
                  <th scope="col">{t('review.history.what')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('review.history.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr className="history-row history-row--current">
                  <td />
                  <td className="history-table__pick">
                    <input
                      type="radio"
                      name="history-to"
                      checked={to === CURRENT}
                      aria-label={t('review.history.toState', { state: t('review.history.now') })}
                      onChange={() => pick({ from, to: CURRENT })}
                    />
                  </td>
                  <th scope="row">{t('review.history.now')}</th>
                  <td className="history-row__what">{t('review.history.nowText')}</td>
                  <td />
                </tr>
                {revisions.map((revision) => {
                  const when = formatMoment(revision.createdAt, uiLang, { seconds: true });
                  return (
                    <tr key={revision.id} className="history-row" data-testid="history-row" data-reason={revision.reason}>
                      <td className="history-table__pick">
                        <input
                          type="radio"
                          name="history-from"
                          checked={from === revision.id}
                          aria-label={t('review.history.fromState', { state: when })}
                          onChange={() => pick({ from: revision.id, to })}
                        />
                      </td>
                      <td className="history-table__pick">
                        <input
                          type="radio"
                          name="history-to"
                          checked={to === revision.id}
                          aria-label={t('review.history.toState', { state: when })}
                          onChange={() => pick({ from, to: revision.id })}
                        />
                      </td>
                      <th scope="row" className="history-row__when">
                        <time dateTime={revision.createdAt}>{when}</time>
                      </th>
                      <td className="history-row__what">
                        {revisionLabel(revision, t)}
                        {revision.author && (
                          <span className="history-row__author">{revision.author}</span>
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('review.history.restoreState', { state: when })}
                          onClick={() => setRestoring(revision)}
                        >
                          {t('review.history.restore')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="history__diff" aria-labelledby="history-diff-title" aria-live="polite">
        <h2 className="review-side__title" id="history-diff-title">
          {from
            ? t('review.history.compare', { from: stateName(from), to: stateName(to) })
            : t('review.history.compareNothing')}
        </h2>
        {from === to ? (
          <p className="diff-none">{t('review.history.same')}</p>
        ) : diff?.phase === 'ready' ? (
          <VersionDiffView
            diff={diff.value.diff}
            lang={lang}
            unchangedText={(after) => diff.value.afterTexts[after] ?? ''}
          />
        ) : diff?.phase === 'failed' ? (
          <p className="banner banner--error" role="alert">
            {describeError(diff.error, uiLang)}
          </p>
        ) : (
          diff && <p role="status">{t('review.loading')}</p>
        )}
      </section>
      <RestoreDialog
        revision={restoring}
        lang={lang}
        onClose={() => setRestoring(null)}
        // Show what the restore did: from the state it replaced (just below the restore, once
        // the history is read again) to the text as it is now.
        onRestored={() => setChosen({ from: null, to: CURRENT, fromByDefault: 1 })}
      />
    </div>
  );
}

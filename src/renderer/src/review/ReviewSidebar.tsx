import type { Finding } from '@shared/review/findings';
import { useT } from '../i18n';
import { capitalised } from './capitalised';
import { CommentCard } from './CommentThread';
import { describeFinding, describeLocation } from './describe-finding';
import type { PlacedComment, ReviewRow } from './review-rows';
import { rowId } from './ReviewTable';

/** Brings a row of the side-by-side table into view and gives it the keyboard focus. */
function goToRow(key: string): void {
  const row = document.getElementById(rowId(key));
  row?.scrollIntoView({ block: 'center' });
  row?.focus({ preventScroll: true });
}

interface ReviewSidebarProps {
  rows: readonly ReviewRow[];
  /** Findings that belong to no single row (the paragraph count). */
  overall: readonly Finding[];
  unplaced: readonly PlacedComment[];
}

/** The checks' findings and the open comments of the version, each a way to its row. */
export function ReviewSidebar({ rows, overall, unplaced }: ReviewSidebarProps) {
  const t = useT();
  const findings = rows.flatMap((row) => row.findings.map((finding) => ({ finding, row })));
  const open = rows.flatMap((row) =>
    row.comments.filter((c) => c.comment.resolvedAt === null).map((placed) => ({ placed, row })),
  );
  const stray = unplaced.filter((c) => c.comment.resolvedAt === null);
  const total = findings.length + overall.length;
  return (
    <aside className="review-side">
      <section className="review-side__section" aria-labelledby="review-checks-title">
        <h2 className="review-side__title" id="review-checks-title">
          {t('review.checks.title')}
          <span className="review-side__count">{total}</span>
        </h2>
        {total === 0 ? (
          <p className="review-side__empty" data-testid="checks-clean">
            {t('review.checks.none')}
          </p>
        ) : (
          <ul className="review-side__list" data-testid="checks">
            {overall.map((finding, index) => (
              <li key={`overall-${index}`} className="review-finding" data-check={finding.check}>
                <span className="review-finding__check">{t(`review.checkName.${finding.check}`)}</span>
                {capitalised(describeFinding(finding, t))}
              </li>
            ))}
            {findings.map(({ finding, row }, index) => (
              <li key={index}>
                <button
                  type="button"
                  className="review-finding review-finding--link"
                  data-check={finding.check}
                  onClick={() => goToRow(row.key)}
                >
                  <span className="review-finding__check">
                    {t(`review.checkName.${finding.check}`)}
                    {'at' in finding && ` · ${describeLocation(finding.at, t)}`}
                  </span>
                  {capitalised(describeFinding(finding, t))}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="review-side__section" aria-labelledby="review-comments-title">
        <h2 className="review-side__title" id="review-comments-title">
          {t('review.comments.title')}
          <span className="review-side__count">{open.length + stray.length}</span>
        </h2>
        {open.length + stray.length === 0 ? (
          <p className="review-side__empty">{t('review.comments.none')}</p>
        ) : (
          <ul className="review-side__list">
            {open.map(({ placed, row }) => (
              <li key={placed.comment.id}>
                <button
                  type="button"
                  className="review-finding review-finding--link"
                  onClick={() => goToRow(row.key)}
                >
                  <span className="review-finding__check">
                    {placed.comment.author || t('review.comment.noName')}
                  </span>
                  <span className="review-side__excerpt">{placed.comment.text}</span>
                </button>
              </li>
            ))}
            {stray.map((placed) => (
              <li key={placed.comment.id}>
                <p className="review-finding__check">{t('review.comments.unplaced')}</p>
                <CommentCard placed={placed} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}

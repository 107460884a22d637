import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { useT, type Translate } from '../i18n';
import { CommentThread } from './CommentThread';
import { describeFinding } from './describe-finding';
import type { ReviewRow, SourceChange } from './review-rows';
import { WordDiff } from './WordDiff';

export function rowId(key: string): string {
  return `review-row-${key}`;
}

interface ReviewTableProps {
  rows: readonly ReviewRow[];
  /** Null when the version reviewed is the source itself: one column. */
  sourceLang: Lang | null;
  lang: Lang;
  /** The review report matches the text shown (it lags a moment after each change). */
  current: boolean;
}

/**
 * Source and translation aligned paragraph by paragraph, with changes, findings and comments.
 * A table in ARIA roles over grid rows rather than a <table>: rows out of view then skip
 * layout and paint (content-visibility), which a table's rows cannot, and a release may have
 * hundreds of paragraphs.
 */
export function ReviewTable({ rows, sourceLang, lang, current }: ReviewTableProps) {
  const t = useT();
  return (
    <div
      role="table"
      className={sourceLang ? 'review-table' : 'review-table review-table--single'}
      data-testid="review-table"
      data-current={current}
      aria-busy={!current}
      aria-label={
        sourceLang
          ? t('review.table.caption', {
              source: LANG_NATIVE_NAMES[sourceLang],
              target: LANG_NATIVE_NAMES[lang],
            })
          : t('review.table.captionSource', { source: LANG_NATIVE_NAMES[lang] })
      }
    >
      <div role="rowgroup" className="review-table__head">
        <div role="row" className="review-table__row">
          <span role="columnheader" className="review-table__where">
            <span className="sr-only">{t('review.table.where')}</span>
          </span>
          {sourceLang && (
            <span role="columnheader" lang={sourceLang}>
              {LANG_NATIVE_NAMES[sourceLang]}
              <span className="review-table__note">{t('editor.sourceLanguage')}</span>
            </span>
          )}
          <span role="columnheader" lang={lang}>
            {LANG_NATIVE_NAMES[lang]}
            {!sourceLang && <span className="review-table__note">{t('editor.sourceLanguage')}</span>}
          </span>
        </div>
      </div>
      <div role="rowgroup">
        {rows.map((row) => (
          <Row key={row.key} row={row} sourceLang={sourceLang} lang={lang} />
        ))}
      </div>
    </div>
  );
}

function whereOf(row: ReviewRow, t: Translate): string {
  if (row.part !== 'body') return t(`review.where.${row.part}`);
  const paragraph = row.target?.paragraph ?? row.source?.paragraph;
  return paragraph === null || paragraph === undefined
    ? t('review.where.removed')
    : t('review.where.paragraph', { number: paragraph + 1 });
}

/** The label of a row: the source's numbering, since the rows follow the source. */
function rowLabel(row: ReviewRow, t: Translate): string {
  if (row.part !== 'body') return t(`review.where.${row.part}`);
  const paragraph = row.source?.paragraph ?? row.target?.paragraph;
  return paragraph === null || paragraph === undefined ? '–' : String(paragraph + 1);
}

const CHANGE_LABELS = {
  changed: 'review.change.changed',
  added: 'review.change.added',
  removed: 'review.change.removed',
} as const;

interface RowProps {
  row: ReviewRow;
  sourceLang: Lang | null;
  lang: Lang;
}

function Row({ row, sourceLang, lang }: RowProps) {
  const t = useT();
  const change = row.sourceChange;
  const needsUpdate = change !== null && change.kind !== 'removed' && row.target !== null;
  const where = whereOf(row, t);
  return (
    <div
      role="row"
      id={rowId(row.key)}
      tabIndex={-1}
      className="review-table__row review-row"
      data-change={change?.kind}
      data-findings={row.findings.length > 0 || undefined}
      data-testid="review-row"
    >
      <span role="rowheader" className="review-row__where">
        {rowLabel(row, t)}
      </span>
      {sourceLang && (
        <div role="cell" className="review-row__source">
          {change && <ChangeTag change={change} />}
          <SourceText row={row} change={change} sourceLang={sourceLang} />
        </div>
      )}
      <div role="cell" className="review-row__target">
        {needsUpdate && <span className="review-tag review-tag--update">{t('review.change.update')}</span>}
        {row.target ? (
          <p className={`review-text review-text--${row.part}`} lang={lang}>
            {row.target.text || <span className="review-text__empty">{t('review.table.empty')}</span>}
          </p>
        ) : (
          change?.kind !== 'removed' && (
            <p className="review-text__empty">{t('review.table.noTranslation')}</p>
          )
        )}
        {row.findings.length > 0 && (
          <ul className="row-findings" aria-label={t('review.checks.title')}>
            {row.findings.map((finding, index) => (
              <li key={index} data-check={finding.check}>
                <span className="row-findings__check">{t(`review.checkName.${finding.check}`)}:</span>{' '}
                {describeFinding(finding, t)}
              </li>
            ))}
          </ul>
        )}
        <CommentThread
          comments={row.comments}
          lang={lang}
          paragraph={row.target?.paragraph ?? null}
          where={where}
        />
      </div>
    </div>
  );
}

function ChangeTag({ change }: { change: SourceChange }) {
  const t = useT();
  return (
    <span className={`review-tag review-tag--${change.kind}`}>{t(CHANGE_LABELS[change.kind])}</span>
  );
}

function SourceText({
  row,
  change,
  sourceLang,
}: {
  row: ReviewRow;
  change: SourceChange | null;
  sourceLang: Lang;
}) {
  const t = useT();
  const className = `review-text review-text--${row.part}`;
  if (change?.diff) {
    return (
      <p className={className} lang={sourceLang}>
        <WordDiff segments={change.diff} />
      </p>
    );
  }
  if (change?.kind === 'removed') {
    return <p className="review-text__empty">{t('review.change.removedUnknown')}</p>;
  }
  if (!row.source) return <p className="review-text__empty">{t('review.table.notInSource')}</p>;
  return (
    <p className={className} lang={sourceLang}>
      {row.source.text || <span className="review-text__empty">{t('review.table.empty')}</span>}
    </p>
  );
}

import { FIELD_LIMITS } from '@shared/field-limits';
import { useState } from 'react';
import { DateField } from '../components/DateField';
import { useT } from '../i18n';
import { draftProblem, mergeWithNext, retitle, setDate, splitAt, type ArchiveDraft, type DraftItem } from '@shared/import/archive-draft';
import { useImportStore, type ImportRun } from './import-store';
import './archive-preview.css';

type PreviewRun = Extract<ImportRun, { phase: 'preview' }>;

/** Characters of a paragraph shown in the item's first lines and in the split list. */
const START_CHARS = 160;
const SPLIT_OPTION_CHARS = 60;
/** Paragraphs shown as an item's first lines. */
const FIRST_LINES = 2;

const start = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars).trimEnd()}…` : text);

/** The cut of the chosen text archives, corrected before Create; Create waits for every date. */
export function ArchivePreview({ run }: { run: PreviewRun }) {
  const t = useT();
  const confirm = useImportStore((s) => s.confirm);
  const reset = useImportStore((s) => s.reset);
  const problem = draftProblem(run.drafts);
  const count = run.drafts.reduce((sum, draft) => sum + draft.items.length, 0);
  return (
    <div className="archive-preview">
      <p className="dialog__text">{t('import.preview.intro')}</p>
      {run.drafts.map((draft, index) => (
        <ArchiveItems key={draft.name + index} draft={draft} draftIndex={index} />
      ))}
      {run.others.length > 0 && <p className="dialog__text">{t('import.preview.others', { count: run.others.length })}</p>}
      <p id="archive-preview-problem" className="archive-preview__problem" role="status" aria-live="polite">
        {problem &&
          t(problem.kind === 'undated' ? 'import.preview.missingDates' : 'import.preview.missingTitles', {
            count: problem.count,
          })}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={reset}>
          {t('import.preview.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={problem !== null}
          aria-describedby={problem ? 'archive-preview-problem' : undefined}
          onClick={() => void confirm()}
        >
          {t('import.preview.create', { count })}
        </button>
      </div>
    </div>
  );
}

function ArchiveItems({ draft, draftIndex }: { draft: ArchiveDraft; draftIndex: number }) {
  const t = useT();
  const editDraft = useImportStore((s) => s.editDraft);
  const edit = (items: DraftItem[]) => editDraft(draftIndex, items);
  const headingId = `archive-preview-${draftIndex}`;
  return (
    <section className="archive-preview__archive" aria-labelledby={headingId}>
      <h3 id={headingId} className="archive-preview__name">
        {t('import.preview.archive', { name: draft.name, count: draft.items.length })}
      </h3>
      <ol className="archive-preview__items">
        {draft.items.map((item, index) => (
          <PreviewItem
            key={item.key}
            item={item}
            number={index + 1}
            isLast={index === draft.items.length - 1}
            idPrefix={`${headingId}-${item.key}`}
            onTitle={(title) => edit(retitle(draft.items, index, title))}
            onDate={(date) => edit(setDate(draft.items, index, date))}
            onMerge={() => edit(mergeWithNext(draft.items, index))}
            onSplit={(at) => edit(splitAt(draft.items, index, at))}
          />
        ))}
      </ol>
    </section>
  );
}

interface PreviewItemProps {
  item: DraftItem;
  number: number;
  isLast: boolean;
  idPrefix: string;
  onTitle(title: string): void;
  onDate(date: string | null): void;
  onMerge(): void;
  onSplit(at: number): void;
}

function PreviewItem({ item, number, isLast, idPrefix, onTitle, onDate, onMerge, onSplit }: PreviewItemProps) {
  const t = useT();
  const [splitBefore, setSplitBefore] = useState(1);
  const canSplit = item.paragraphs.length > 1;
  const at = Math.min(splitBefore, item.paragraphs.length - 1);
  return (
    <li className={item.date ? 'archive-item' : 'archive-item archive-item--undated'} aria-label={t('import.preview.item', { number })}>
      <div className="archive-item__head">
        <span className="archive-item__number" aria-hidden="true">
          {number}
        </span>
        <div className="field archive-item__title">
          <label className="field__label" htmlFor={`${idPrefix}-title`}>
            {t('import.preview.title', { number })}
          </label>
          <input
            id={`${idPrefix}-title`}
            className="field__input"
            value={item.title}
            maxLength={FIELD_LIMITS.title}
            required
            onChange={(event) => onTitle(event.target.value)}
          />
          {!item.titleOwnLine && <span className="archive-item__hint">{t('import.preview.titleFromText')}</span>}
        </div>
        <div className="archive-item__date">
          <DateField
            id={`${idPrefix}-date`}
            label={t('import.preview.date', { number })}
            value={item.date ?? ''}
            required
            onChange={(date) => onDate(date ?? null)}
          />
          {item.undated && (
            <span
              className={item.date ? 'archive-item__undated archive-item__undated--chosen' : 'archive-item__undated'}
              data-testid="undated-mark"
            >
              {t(item.date ? 'import.preview.undatedChosen' : 'import.preview.undated')}
            </span>
          )}
        </div>
      </div>
      <dl className="archive-item__meta">
        <div>
          <dt>{t('import.preview.issuer')}</dt>
          <dd className="archive-item__issuer" data-testid="issuer">
            {item.issuer || t('import.preview.noIssuer')}
          </dd>
        </div>
        {item.datelinePlace && (
          <div>
            <dt>{t('import.preview.place')}</dt>
            <dd>{item.datelinePlace}</dd>
          </div>
        )}
      </dl>
      <p className="archive-item__count">{t('import.preview.paragraphs', { count: item.paragraphs.length })}</p>
      <div className="archive-item__lines" data-testid="first-lines">
        {item.paragraphs.slice(0, FIRST_LINES).map((paragraph, index) => (
          <p key={index}>{start(paragraph, START_CHARS)}</p>
        ))}
      </div>
      <div className="archive-item__actions">
        <button
          type="button"
          className="button"
          disabled={isLast}
          aria-label={t('import.preview.mergeLabel', { number })}
          onClick={onMerge}
        >
          {t('import.preview.merge')}
        </button>
        {canSplit && (
          <>
            <label className="archive-item__split-label" htmlFor={`${idPrefix}-split`}>
              {t('import.preview.splitAt', { number })}
            </label>
            <select
              id={`${idPrefix}-split`}
              className="field__input field__input--compact"
              value={at}
              onChange={(event) => setSplitBefore(Number(event.target.value))}
            >
              {item.paragraphs.slice(1).map((paragraph, index) => (
                <option key={index + 1} value={index + 1}>
                  {t('import.preview.paragraphOption', { number: index + 2, start: start(paragraph, SPLIT_OPTION_CHARS) })}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              aria-label={t('import.preview.splitLabel', { number })}
              onClick={() => onSplit(at)}
            >
              {t('import.preview.split')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

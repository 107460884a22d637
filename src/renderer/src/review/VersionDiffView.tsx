import type { ParagraphChange } from '@shared/review/paragraph-changes';
import { isUnchanged, type WordSegment } from '@shared/review/word-diff';
import type { VersionDiff } from '@shared/review/version-diff';
import type { Lang } from '@shared/languages';
import { useT, type MessageKey } from '../i18n';
import { capitalised } from './capitalised';
import { WordDiff } from './WordDiff';

/** A run of unchanged paragraphs longer than this is folded away. */
const UNCHANGED_SHOWN = 1;

type Block =
  | { kind: 'change'; change: Exclude<ParagraphChange, { kind: 'equal' }> }
  | { kind: 'unchanged'; texts: string[] };

/** Changes in order, with runs of unchanged paragraphs gathered into one block. */
function blocksOf(body: readonly ParagraphChange[], texts: (change: ParagraphChange) => string): Block[] {
  const blocks: Block[] = [];
  for (const change of body) {
    const last = blocks.at(-1);
    if (change.kind !== 'equal') blocks.push({ kind: 'change', change });
    else if (last?.kind === 'unchanged') last.texts.push(texts(change));
    else blocks.push({ kind: 'unchanged', texts: [texts(change)] });
  }
  return blocks;
}

const FIELD_LABELS: Record<'title' | 'lead' | 'datelinePlace', MessageKey> = {
  title: 'review.where.title',
  lead: 'review.where.lead',
  datelinePlace: 'review.history.dateline',
};

const CHANGE_LABELS: Record<Exclude<ParagraphChange['kind'], 'equal'>, MessageKey> = {
  changed: 'review.diff.changed',
  added: 'review.diff.added',
  removed: 'review.diff.removed',
};

interface VersionDiffViewProps {
  diff: VersionDiff;
  lang: Lang;
  /** The text of unchanged paragraphs, by their index after the change. */
  unchangedText(after: number): string;
}

/** Title, lead, dateline and body of one version between two states, word by word. */
export function VersionDiffView({ diff, lang, unchangedText }: VersionDiffViewProps) {
  const t = useT();
  const fields = (['title', 'lead', 'datelinePlace'] as const).filter(
    (field) => !isUnchanged(diff[field]),
  );
  const changes = diff.body.filter((c) => c.kind !== 'equal');
  const count = (kind: ParagraphChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const blocks = blocksOf(diff.body, (c) => (c.kind === 'equal' ? unchangedText(c.after) : ''));

  if (fields.length === 0 && changes.length === 0) {
    return (
      <p className="diff-none" data-testid="diff-none">
        {t('review.diff.none')}
      </p>
    );
  }
  return (
    <div className="version-diff" data-testid="version-diff">
      <p className="version-diff__summary">
        {[
          ...fields.map((field) => t('review.diff.fieldChanged', { field: t(FIELD_LABELS[field]) })),
          ...(['changed', 'added', 'removed'] as const)
            .filter((kind) => count(kind) > 0)
            .map((kind) => capitalised(t(`review.outdated.paragraphs.${kind}`, { count: count(kind) }))),
        ].join(' · ')}
      </p>
      {fields.map((field) => (
        <FieldDiff key={field} label={t(FIELD_LABELS[field])} segments={diff[field]} lang={lang} />
      ))}
      <ol className="version-diff__body">
        {blocks.map((block, index) =>
          block.kind === 'unchanged' ? (
            <UnchangedRun key={index} texts={block.texts} lang={lang} />
          ) : (
            <li key={index} className="diff-paragraph" data-change={block.change.kind}>
              <span className="review-tag" data-change={block.change.kind}>
                {t(CHANGE_LABELS[block.change.kind])}
              </span>
              {block.change.diff && (
                <p className="diff-paragraph__text" lang={lang}>
                  <WordDiff segments={block.change.diff} />
                </p>
              )}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}

function FieldDiff({ label, segments, lang }: { label: string; segments: WordSegment[]; lang: Lang }) {
  return (
    <div className="diff-field">
      <p className="diff-field__label">{label}</p>
      <p className="diff-paragraph__text" lang={lang}>
        <WordDiff segments={segments} />
      </p>
    </div>
  );
}

function UnchangedRun({ texts, lang }: { texts: string[]; lang: Lang }) {
  const t = useT();
  if (texts.length <= UNCHANGED_SHOWN) {
    return (
      <li className="diff-paragraph diff-paragraph--unchanged">
        <p className="diff-paragraph__text" lang={lang}>
          {texts[0]}
        </p>
      </li>
    );
  }
  return (
    <li className="diff-paragraph diff-paragraph--unchanged">
      <details>
        <summary>{t('review.diff.unchangedRun', { count: texts.length })}</summary>
        {texts.map((text, index) => (
          <p key={index} className="diff-paragraph__text" lang={lang}>
            {text}
          </p>
        ))}
      </details>
    </li>
  );
}

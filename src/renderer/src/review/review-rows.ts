/**
 * The rows of the side-by-side view: the title, the lead, then the source's paragraphs with
 * the translation's paragraphs that render them, as the checks paired them. Each row carries
 * what the review report says about it: how its source paragraph changed since the translation
 * was brought up to date, the checks' findings, and the comments anchored to it.
 */
import type { Comment, Variant } from '@shared/domain';
import type { Finding } from '@shared/review/findings';
import type { OutdatedReport } from '@shared/review/outdated';
import { paragraphsOf } from '@shared/review/paragraphs';
import type { WordSegment } from '@shared/review/word-diff';
import { anchorComment } from './comment-anchors';
import { pairsFromFindings } from './paragraph-pairs';

export interface SourceChange {
  kind: 'changed' | 'added' | 'removed';
  /** From the source as it was to the source as it is; null when the old text is not known. */
  diff: WordSegment[] | null;
}

export interface RowCell {
  text: string;
  /** Index among the version's paragraphs; null for the title and the lead. */
  paragraph: number | null;
}

export interface PlacedComment {
  comment: Comment;
  /** The paragraph was edited after the comment was written. */
  edited: boolean;
}

export interface ReviewRow {
  key: string;
  part: 'title' | 'lead' | 'body';
  /** Null where the translation has a paragraph the source lacks, or no source is shown. */
  source: RowCell | null;
  /** Null where the translation lacks the paragraph, or it was removed from the source. */
  target: RowCell | null;
  sourceChange: SourceChange | null;
  findings: Finding[];
  comments: PlacedComment[];
}

export interface RowsInput {
  /** The source version, or null when the version reviewed is the source itself. */
  source: Variant | null;
  target: Variant;
  findings: readonly Finding[];
  outdated: OutdatedReport | null;
  /** Every comment of the release; those on the target version are placed. */
  comments: readonly Comment[];
}

export interface ReviewRows {
  rows: ReviewRow[];
  /** Comments on a version that has no paragraph left to anchor them to. */
  unplaced: PlacedComment[];
}

export function buildRows(input: RowsInput): ReviewRows {
  const { source, target, outdated } = input;
  const sourceTexts = source ? paragraphsOf(source.body).map((p) => p.text) : [];
  const targetTexts = paragraphsOf(target.body).map((p) => p.text);
  const changes = sourceChanges(outdated);

  const rows: ReviewRow[] = [
    fieldRow('title', source?.title ?? null, target.title, outdated?.title?.diff),
  ];
  if (target.lead !== '' || (source && source.lead !== '') || outdated?.lead)
    rows.push(fieldRow('lead', source?.lead ?? null, target.lead, outdated?.lead?.diff));

  const count = input.findings.find((f) => f.check === 'paragraph-count') ?? null;
  const pairs = source
    ? pairsFromFindings(sourceTexts.length, targetTexts.length, count)
    : targetTexts.map((_, i) => ({ a: null, b: i }));
  for (const { a, b } of pairs) {
    rows.push(
      ...(a === null ? [] : (changes.removedBefore.get(a) ?? [])),
      {
        key: `p-${a ?? '_'}-${b ?? '_'}`,
        part: 'body',
        source: a === null ? null : { text: sourceTexts[a]!, paragraph: a },
        target: b === null ? null : { text: targetTexts[b]!, paragraph: b },
        sourceChange: a === null ? null : (changes.atParagraph.get(a) ?? null),
        findings: [],
        comments: [],
      },
    );
  }
  rows.push(...(changes.removedBefore.get(sourceTexts.length) ?? []));

  placeFindings(rows, input.findings);
  const unplaced = placeComments(rows, input.comments, target, targetTexts);
  return { rows, unplaced };
}

function fieldRow(
  part: 'title' | 'lead',
  source: string | null,
  target: string,
  diff: WordSegment[] | null | undefined,
): ReviewRow {
  return {
    key: part,
    part,
    source: source === null ? null : { text: source, paragraph: null },
    target: { text: target, paragraph: null },
    sourceChange: diff === undefined ? null : { kind: 'changed', diff },
    findings: [],
    comments: [],
  };
}

interface SourceChanges {
  atParagraph: Map<number, SourceChange>;
  /** Ghost rows of removed source paragraphs, by the current source paragraph they preceded. */
  removedBefore: Map<number, ReviewRow[]>;
}

function sourceChanges(outdated: OutdatedReport | null): SourceChanges {
  const atParagraph = new Map<number, SourceChange>();
  const removedBefore = new Map<number, ReviewRow[]>();
  let removed = 0;
  let added = 0;
  for (const change of outdated?.paragraphs ?? []) {
    if (change.kind !== 'removed') {
      atParagraph.set(change.after, { kind: change.kind, diff: change.diff });
      if (change.kind === 'added') added += 1;
      continue;
    }
    // Old positions count equal, changed and removed paragraphs; new ones equal, changed and
    // added: what stood at old `before` now stands before this current paragraph.
    const position = change.before - removed + added;
    removed += 1;
    const ghost: ReviewRow = {
      key: `removed-${change.before}`,
      part: 'body',
      source: null,
      target: null,
      sourceChange: { kind: 'removed', diff: change.diff },
      findings: [],
      comments: [],
    };
    removedBefore.set(position, [...(removedBefore.get(position) ?? []), ghost]);
  }
  return { atParagraph, removedBefore };
}

function placeFindings(rows: ReviewRow[], findings: readonly Finding[]): void {
  for (const finding of findings) {
    // Findings about the whole version (paragraph count, signature, dateline) have no row.
    if (!('at' in finding)) continue;
    const { at } = finding;
    const row =
      at.part === 'body'
        ? rows.find((r) => r.target?.paragraph === at.paragraph)
        : rows.find((r) => r.part === at.part);
    row?.findings.push(finding);
  }
}

function placeComments(
  rows: ReviewRow[],
  comments: readonly Comment[],
  target: Variant,
  texts: readonly string[],
): PlacedComment[] {
  const unplaced: PlacedComment[] = [];
  for (const comment of comments) {
    if (comment.lang !== target.lang) continue;
    const anchor = anchorComment(comment, texts);
    const row = anchor && rows.find((r) => r.target?.paragraph === anchor.paragraph);
    if (row) row.comments.push({ comment, edited: anchor.edited });
    else unplaced.push({ comment, edited: true });
  }
  return unplaced;
}

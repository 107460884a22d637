import type { WordSegment } from '@shared/review/word-diff';

/** A word-level difference: added words underlined, removed ones struck through. */
export function WordDiff({ segments }: { segments: readonly WordSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.op === 'added' ? (
          <ins key={index} className="diff-added">
            {segment.text}
          </ins>
        ) : segment.op === 'removed' ? (
          <del key={index} className="diff-removed">
            {segment.text}
          </del>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

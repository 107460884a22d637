import type { ReleaseSummary } from '@shared/domain';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { openRelease } from '../stores/release-actions';
import { ReleaseRow } from './ReleaseRow';

interface ReleaseListProps {
  summaries: ReleaseSummary[];
  /** The release to focus on mount: the one the user has just come back from. */
  focusId: string | undefined;
  labelledBy: string;
}

/** A listbox with one tab stop: arrows, Home and End move, Enter or Space opens. */
export function ReleaseList({ summaries, focusId, labelledBy }: ReleaseListProps) {
  const t = useT();
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const [initialIndex] = useState(() =>
    Math.max(
      0,
      summaries.findIndex((s) => s.id === focusId),
    ),
  );
  const [activeIndex, setActiveIndex] = useState(initialIndex);
  const active = Math.min(activeIndex, summaries.length - 1);

  useEffect(() => {
    if (focusId) rows.current[initialIndex]?.focus();
  }, [focusId, initialIndex]);

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(index, summaries.length - 1));
    setActiveIndex(target);
    rows.current[target]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: summaries.length - 1,
      PageDown: active + 10,
      PageUp: active - 10,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const summary = summaries[active];
      if (summary) openRelease(summary.id);
    }
  };

  return (
    <>
      <p className="sr-only" id="release-list-hint">
        {t('list.hint')}
      </p>
      <ul
        className="release-list"
        role="listbox"
        aria-labelledby={labelledBy}
        aria-describedby="release-list-hint"
        onKeyDown={onKeyDown}
      >
        {summaries.map((summary, index) => (
          <ReleaseRow
            key={summary.id}
            summary={summary}
            active={index === active}
            rowRef={(el) => {
              rows.current[index] = el;
            }}
            onOpen={() => openRelease(summary.id)}
            onFocus={() => setActiveIndex(index)}
          />
        ))}
      </ul>
    </>
  );
}

import type { Range } from '@shared/text/snippet';
import { Fragment } from 'react';

/** `text` with the given [start, end) ranges marked, as a snippet or a matched name shows them. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from < at) continue;
    parts.push(<Fragment key={`t${at}`}>{text.slice(at, from)}</Fragment>);
    parts.push(<mark key={`m${from}`}>{text.slice(from, to)}</mark>);
    at = to;
  }
  parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}

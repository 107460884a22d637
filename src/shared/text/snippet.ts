/** A short passage of a text around a match, with the matched words' ranges inside the passage. */

export type Range = [start: number, end: number];

export interface Snippet {
  text: string;
  /** [start, end) UTF-16 offsets into `text`, ascending, not overlapping. */
  highlights: Range[];
}

const ELLIPSIS = '…';

/** Moves `at` back (or forward) to just after (before) whitespace, so the passage starts and ends on word boundaries. */
function wordBoundary(text: string, at: number, direction: -1 | 1, limit: number): number {
  let i = at;
  while (i !== limit && !/\s/.test(text[direction < 0 ? i - 1 : i] ?? ' ')) i += direction;
  return i === limit ? at : i;
}

/**
 * The passage of about `width` characters that holds the first range, starting a little
 * before it, with every range that falls inside it highlighted. Line breaks become spaces.
 */
export function snippetAround(text: string, ranges: readonly Range[], width = 180): Snippet {
  const first = ranges[0];
  if (!first)
    return {
      text:
        text.length > width
          ? `${text.slice(0, wordBoundary(text, width, -1, 0)).trimEnd()}${ELLIPSIS}`
          : text,
      highlights: [],
    };
  const lead = Math.min(60, Math.floor(width / 3));
  let start = Math.max(0, first[0] - lead);
  if (start > 0) start = wordBoundary(text, start, 1, first[0]);
  let end = Math.min(text.length, Math.max(start + width, first[1]));
  if (end < text.length) end = wordBoundary(text, end, -1, first[1]);
  const prefix = start > 0 ? ELLIPSIS : '';
  const body = text.slice(start, end).replace(/[\r\n]/g, ' ');
  const highlights: Range[] = [];
  for (const [from, to] of ranges) {
    if (from >= start && to <= end)
      highlights.push([from - start + prefix.length, to - start + prefix.length]);
  }
  return { text: `${prefix}${body}${end < text.length ? ELLIPSIS : ''}`, highlights };
}

/**
 * The first calendar date a text names, in the ways press archives write them:
 * "25 July 2024", "1 сентября 2023 г.", "July 25, 2024", "01.09.2023", "2024-06-05".
 */
import { monthOf } from '@shared/review/months';

/** A date found in a text: where it is written and what it says. */
export interface FoundDate {
  index: number;
  length: number;
  iso: string;
}

// Every part is bounded and the word must start a word, so each position of the text is
// looked at a bounded number of times: linear in the length of the text, whatever it holds.
const WORD = '(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]{1,24})(?![\\p{L}\\p{M}])';
const GAP = '\\s{1,8}';
export const DATE_PATTERNS: { regex: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { regex: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/gu, read: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  {
    regex: new RegExp(`(?<![\\p{N}])(\\d{1,2})${GAP}${WORD}${GAP}(\\d{4})(?![\\p{N}])`, 'gu'),
    read: (m) => withMonth(+m[3]!, m[2]!, +m[1]!),
  },
  {
    regex: new RegExp(`${WORD}${GAP}(\\d{1,2}),?${GAP}(\\d{4})(?![\\p{N}])`, 'gu'),
    read: (m) => withMonth(+m[3]!, m[1]!, +m[2]!),
  },
];

function withMonth(year: number, word: string, day: number): [number, number, number] | null {
  const month = monthOf(word);
  return month === null ? null : [year, month, day];
}

function isoIfReal([year, month, day]: [number, number, number]): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
}

export function findFirstDate(text: string): string | null {
  return findFirstDateSpan(text)?.iso ?? null;
}

export function findFirstDateSpan(text: string): FoundDate | null {
  let first: FoundDate | null = null;
  for (const { regex, read } of DATE_PATTERNS) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (first && match.index >= first.index) break;
      const parts = read(match);
      const iso = parts && isoIfReal(parts);
      if (iso) {
        first = { index: match.index, length: match[0].length, iso };
        break;
      }
    }
  }
  return first;
}

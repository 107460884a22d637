/**
 * Numbers, dates and times in a text, read so that the same quantity written the way each
 * language writes it compares equal: 2,500 = 2 500 (also with a no-break or narrow no-break
 * space) = 2500; 2.5 (en) = 2,5 (ru); 01.09.2023 = 1 September 2023 = 1 сентября 2023 года =
 * 2023 թվականի սեպտեմբերի 1-ին. Numbers written as words are not read.
 */
import type { Lang } from '../languages';
import { monthOf } from './months';
import { LETTERS } from './normalise';

interface Span {
  /** The mention as written. */
  text: string;
  start: number;
  end: number;
}

export type NumberMention =
  | (Span & {
      kind: 'number';
      /** Canonical values it may stand for: "2,500" in Russian is 2500 or 2.5. */
      values: string[];
    })
  | (Span & { kind: 'time'; value: string })
  | (Span & {
      kind: 'date';
      /** YYYY-MM-DD, --MM-DD without a year, YYYY-MM without a day. */
      value: string;
      day: number | null;
      month: number;
      year: number | null;
    });

export interface NumberComparison {
  /** In the source, not in the translation. */
  missing: NumberMention[];
  /** In the translation, not in the source. */
  extra: NumberMention[];
}

/** Languages that write a decimal point; the others write a decimal comma. */
const DECIMAL_POINT: ReadonlySet<Lang> = new Set(['en']);

const NUMERIC_DATES: { pattern: RegExp; order: 'dmy' | 'ymd' }[] = [
  { pattern: /(?<![\d.,])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])/g, order: 'dmy' },
  { pattern: /(?<![\d.,])(\d{4})-(\d{2})-(\d{2})(?!\d)/g, order: 'ymd' },
];
const TIME = /(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;
const NUMBER_RUN = /\d+(?:[.,\u0020\u00a0\u2009\u202f]\d+)*/g;
const WORD_RUN = new RegExp(`[${LETTERS}]+`, 'g');
const LETTER = new RegExp(`[${LETTERS}]`);
const ALL_DIGITS = /^\d+$/;
/** How far from a number the words of a date written out reach: two words on either side. */
const DATE_REACH = 48;
/** What may stand between the parts of a date written in words: "1 September, 2023", "25-ին". */
const DATE_GLUE = /^[\s,\-–]*$/;

interface NumberToken extends Span {
  type: 'number';
  values: string[];
  /** Digits only, as a day or a year is written. */
  plain: number | null;
}
interface WordToken extends Span {
  type: 'word';
}
type Token = NumberToken | WordToken;

export function extractNumbers(text: string, lang: Lang): NumberMention[] {
  if (!/\d/.test(text)) return [];
  const mentions: NumberMention[] = [];
  let rest = text;
  const blank = (start: number, end: number) => {
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  };
  for (const { pattern, order } of NUMERIC_DATES) {
    for (const match of text.matchAll(pattern)) {
      const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const [year, month, day] = order === 'dmy' ? [c, b, a] : [a, b, c];
      if (!isValidDate(year, month, day)) continue;
      const span = spanOf(match);
      mentions.push({ kind: 'date', ...span, ...dateValue(day, month, year) });
      blank(span.start, span.end);
    }
  }
  for (const match of rest.matchAll(TIME)) {
    const span = spanOf(match);
    mentions.push({ kind: 'time', ...span, value: `${match[1]!.padStart(2, '0')}:${match[2]}` });
    blank(span.start, span.end);
  }
  const tokens = tokenize(rest, lang);
  mentions.push(...datesInWords(tokens, text));
  for (const token of tokens) {
    if (token.type !== 'number') continue;
    const { text: written, start, end, values } = token;
    mentions.push({ kind: 'number', text: written, start, end, values });
  }
  return mentions.sort((x, y) => x.start - y.start);
}

function spanOf(match: RegExpMatchArray): Span {
  const start = match.index ?? 0;
  return { text: match[0], start, end: start + match[0].length };
}

function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1000 && year <= 2999;
}

function dateValue(day: number | null, month: number, year: number | null) {
  const mm = String(month).padStart(2, '0');
  const dd = day === null ? '' : `-${String(day).padStart(2, '0')}`;
  return { value: `${year ?? '-'}-${mm}${dd}`, day, month, year };
}

/**
 * Numbers, and the words near them (two on either side, within DATE_REACH characters) where a
 * date's month name or filler word can stand. Only those words are read: long paragraphs have
 * many words and few numbers.
 */
function tokenize(text: string, lang: Lang): Token[] {
  const tokens: Token[] = [];
  const numbers = [...text.matchAll(NUMBER_RUN)].map(spanOf);
  let taken = 0;
  numbers.forEach((number, k) => {
    const before = wordsIn(text, Math.max(taken, number.start - DATE_REACH), number.start);
    tokens.push(...before.slice(-2), ...readNumbers(number, lang));
    const next = numbers[k + 1]?.start ?? text.length;
    const after = wordsIn(text, number.end, Math.min(next, number.end + DATE_REACH)).slice(0, 2);
    tokens.push(...after);
    taken = after.at(-1)?.end ?? number.end;
  });
  return tokens;
}

/** The whole words within text[from, to): a word cut by either bound is left out. */
function wordsIn(text: string, from: number, to: number): WordToken[] {
  const words: WordToken[] = [];
  WORD_RUN.lastIndex = from;
  for (
    let match = WORD_RUN.exec(text);
    match !== null && match.index < to;
    match = WORD_RUN.exec(text)
  ) {
    const start = match.index;
    const end = start + match[0].length;
    const cut = (start === from && LETTER.test(text.charAt(from - 1))) || end > to;
    if (!cut) words.push({ type: 'word', text: match[0], start, end });
  }
  return words;
}

/** One written number, or several when the separators cannot be a grouping ("2023 500"). */
function readNumbers(span: Span, lang: Lang): NumberToken[] {
  if (ALL_DIGITS.test(span.text)) return [numberToken(span, [canonical(span.text, '')])];
  const chunks = [...span.text.matchAll(/[^\s]+/g)].map((m) => ({
    text: m[0],
    start: span.start + (m.index ?? 0),
    end: span.start + (m.index ?? 0) + m[0].length,
  }));
  const spaceGrouped =
    chunks.length > 1 &&
    /^[1-9]\d{0,2}$/.test(chunks[0]!.text) &&
    chunks.slice(1, -1).every((c) => /^\d{3}$/.test(c.text)) &&
    /^\d{3}(?:[.,]\d+)?$/.test(chunks.at(-1)!.text);
  if (spaceGrouped) {
    const digits = chunks.map((c) => c.text).join('');
    const [whole, fraction] = digits.split(/[.,]/);
    return [numberToken(span, [canonical(whole!, fraction ?? '')])];
  }
  return chunks.flatMap((chunk) => readChunk(chunk, lang));
}

function readChunk(chunk: Span, lang: Lang): NumberToken[] {
  const { text } = chunk;
  if (ALL_DIGITS.test(text)) return [numberToken(chunk, [canonical(text, '')])];
  const decimalMark = DECIMAL_POINT.has(lang) ? '.' : ',';
  const single = /^(\d+)([.,])(\d+)$/.exec(text);
  if (single) {
    const [whole, mark, tail] = [single[1]!, single[2]!, single[3]!];
    const decimal = canonical(whole, tail);
    if (!/^[1-9]\d{0,2}$/.test(whole) || tail.length !== 3) return [numberToken(chunk, [decimal])];
    const grouped = canonical(whole + tail, '');
    // "2,500" is two thousand five hundred in English and two and a half in Russian.
    return [numberToken(chunk, mark === decimalMark ? [grouped, decimal] : [grouped])];
  }
  // Several separators: with both marks, the last one is the decimal one (1,234.5 · 1.234,5).
  const marks = [...new Set(text.replace(/\d/g, ''))];
  const decimal = marks.length === 2 ? text.replace(/\d/g, '').at(-1)! : null;
  const group = marks.find((m) => m !== decimal)!;
  const escapedGroup = group === '.' ? '\\.' : group;
  const fractionPart = decimal === null ? '' : `\\${decimal}(\\d+)`;
  const grouping = new RegExp(`^([1-9]\\d{0,2}(?:${escapedGroup}\\d{3})+)${fractionPart}$`).exec(
    text,
  );
  if (grouping)
    return [numberToken(chunk, [canonical(grouping[1]!.split(group).join(''), grouping[2] ?? '')])];
  // Not a well-formed number ("1.2.3"): its parts are read one by one.
  return [...text.matchAll(/\d+/g)].map((m) =>
    numberToken(
      {
        text: m[0],
        start: chunk.start + (m.index ?? 0),
        end: chunk.start + (m.index ?? 0) + m[0].length,
      },
      [canonical(m[0], '')],
    ),
  );
}

function numberToken(span: Span, values: string[]): NumberToken {
  return {
    type: 'number',
    ...span,
    values,
    plain: ALL_DIGITS.test(span.text) ? Number(span.text) : null,
  };
}

function canonical(whole: string, fraction: string): string {
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/(?<!0)0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

const isDay = (t: Token | undefined): t is NumberToken =>
  t?.type === 'number' && t.plain !== null && t.text.length <= 2 && t.plain >= 1 && t.plain <= 31;
const isYear = (t: Token | undefined): t is NumberToken =>
  t?.type === 'number' &&
  t.plain !== null &&
  t.text.length === 4 &&
  t.plain >= 1000 &&
  t.plain <= 2999;

/**
 * Dates written with a month name, in the orders the seven languages use: day month year
 * (en, ru, be, tg "25 июли соли 2024"), month day year (en), year day month (kk "2024 жылғы
 * 25 шілдеде", ky) and year month day (hy "2024 թվականի հուլիսի 25-ին"). One word may stand
 * between year and the rest. The tokens a date uses are taken out of `tokens`.
 */
function datesInWords(tokens: Token[], text: string): NumberMention[] {
  const glued = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && DATE_GLUE.test(text.slice(a.end, b.start));
  const used = new Set<Token>();
  const dates: NumberMention[] = [];
  tokens.forEach((token, m) => {
    const before = tokens[m - 1];
    const after = tokens[m + 1];
    // A month name counts only next to a number: most words need no look-up.
    if (token.type !== 'word' || (before?.type !== 'number' && after?.type !== 'number')) return;
    const month = monthOf(token.text);
    if (month === null) return;
    let day: NumberToken | null = null;
    if (isDay(before) && glued(before, token) && !used.has(before)) day = before;
    else if (isDay(after) && glued(token, after)) day = after;
    const first = day === before ? m - 1 : m;
    const last = day === after ? m + 1 : m;
    let year: NumberToken | null = null;
    for (const at of day ? [last + 1, last + 2, first - 1, first - 2] : [last + 1]) {
      const candidate = tokens[at];
      if (!isYear(candidate) || used.has(candidate)) continue;
      const between = at > last ? tokens.slice(last, at + 1) : tokens.slice(at, first + 1);
      const fillersAreWords = between.slice(1, -1).every((t) => t.type === 'word');
      if (fillersAreWords && between.every((t, i) => i === 0 || glued(between[i - 1], t))) {
        year = candidate;
        break;
      }
    }
    if (!day && !year) return;
    const parts = [token, day, year].filter((t): t is Token => t !== null);
    for (const part of parts) used.add(part);
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    dates.push({
      kind: 'date',
      text: text.slice(start, end),
      start,
      end,
      ...dateValue(day?.plain ?? null, month, year?.plain ?? null),
    });
  });
  for (let i = tokens.length - 1; i >= 0; i -= 1) if (used.has(tokens[i]!)) tokens.splice(i, 1);
  return dates;
}

/**
 * Pairs the source's mentions with the translation's. A date the other side writes in a way
 * not read as a date (its day and year appear as plain numbers) still counts as present.
 */
export function compareNumbers(
  source: readonly NumberMention[],
  target: readonly NumberMention[],
): NumberComparison {
  const missing = [...source];
  const extra = [...target];
  const take = (matches: (s: NumberMention, t: NumberMention) => boolean) => {
    for (let i = 0; i < missing.length;) {
      const j = extra.findIndex((t) => matches(missing[i]!, t));
      if (j >= 0) {
        missing.splice(i, 1);
        extra.splice(j, 1);
      } else i += 1;
    }
  };
  take((s, t) => keyOf(s) === keyOf(t));
  take(
    (s, t) =>
      s.kind === 'number' && t.kind === 'number' && s.values.some((v) => t.values.includes(v)),
  );
  takeDatesAsNumbers(missing, extra);
  takeDatesAsNumbers(extra, missing);
  return { missing, extra };
}

function keyOf(mention: NumberMention): string {
  return mention.kind === 'number'
    ? `n:${mention.values.join('|')}`
    : `${mention.kind}:${mention.value}`;
}

function takeDatesAsNumbers(dates: NumberMention[], numbers: NumberMention[]): void {
  for (let i = 0; i < dates.length;) {
    const date = dates[i]!;
    const parts =
      date.kind === 'date' ? [date.day, date.year].filter((p): p is number => p !== null) : [];
    const found: number[] = [];
    for (const part of parts) {
      const j = numbers.findIndex(
        (n, k) => !found.includes(k) && n.kind === 'number' && n.values.includes(String(part)),
      );
      if (j >= 0) found.push(j);
    }
    if (parts.length === 2 && found.length === 2) {
      for (const j of found.sort((a, b) => b - a)) numbers.splice(j, 1);
      dates.splice(i, 1);
    } else i += 1;
  }
}

/**
 * A plain-text archive of releases, as press offices keep them, cut by its structure rather
 * than by blank lines alone: an item starts at a short headline line (or at running text after
 * a wide gap or a separator line), may have a date line ("Брест, 1 сентября 2023 г.") next to
 * its headline, and may end with a signature block of short lines ("Joint Press Centre /
 * (Republic of Belarus, Brest)"). Text without a headline is titled by its first sentence.
 * The cut is only a proposal: the import dialog shows it for the user to correct before
 * anything is created.
 */
import { isHeadlineText, titleFromText } from '@shared/import/archive-title';
import { findFirstDate, findFirstDateSpan } from './find-date';

export interface ArchiveItem {
  title: string;
  /** Whether the title is a line of the archive (false: taken from the first paragraph). */
  titleOwnLine: boolean;
  /** From the date line, else the first date in the title, else in the text; ISO or null. */
  date: string | null;
  /** The place of a date line ("Брест"), empty without one. */
  datelinePlace: string;
  paragraphs: string[];
  /** The signature's lines, empty when the item ends without one. */
  signature: string[];
}

interface Block {
  lines: string[];
  /** Two or more blank lines, or a separator line, before it. */
  afterGap: boolean;
}

const SEPARATOR_LINE = /^(?:-{3,}|\*{3,}|={3,}|_{3,})$/;
/** Sentence punctuation at a line's end (։ is Armenian's full stop): no signature line has it. */
const SENTENCE_END = /[.!?…:;,։]["”»’)]*$/;
const MAX_SIGNATURE_LINE = 120;
const MAX_SIGNATURE_LINES = 4;
/** A date line is a date, a place of at most this many words and at most this many characters. */
const MAX_PLACE_WORDS = 3;
const MAX_DATE_LINE = 80;
/** Words that belong to a written date rather than to the place: "1 сентября 2023 г.", "года". */
const DATE_WORDS = new Set(['г', 'г.', 'года', 'год', 'ж', 'ж.', 'жыл', 'жылы', 'թ', 'թ.', 'year']);

/** Blocks of consecutive non-empty lines; read line by line, so linear in the text. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let blank = 0;
  let gap = false;
  const close = () => {
    if (current.length) blocks.push({ lines: current, afterGap: gap || blocks.length === 0 });
    current = [];
    gap = false;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (SEPARATOR_LINE.test(line)) {
      close();
      gap = true;
      blank = 0;
    } else if (line === '') {
      if (current.length) close();
      blank += 1;
      if (blank >= 2) gap = true;
    } else {
      current.push(line);
      blank = 0;
    }
  }
  close();
  return blocks;
}

function isShortBlock(block: Block): boolean {
  return (
    block.lines.length <= MAX_SIGNATURE_LINES &&
    block.lines.every((line) => line.length <= MAX_SIGNATURE_LINE && !SENTENCE_END.test(line))
  );
}

const DASHES = ',—–-';

function withoutDashes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && DASHES.includes(word[start]!)) start += 1;
  while (end > start && DASHES.includes(word[end - 1]!)) end -= 1;
  return word.slice(start, end);
}

/** A line that is a date, with at most a place: "Moscow, 25 July 2024", "01.09.2023". */
function readDateLine(block: Block): { iso: string; place: string } | null {
  if (block.lines.length !== 1) return null;
  const line = block.lines[0]!;
  if (line.length > MAX_DATE_LINE) return null;
  const found = findFirstDateSpan(line);
  if (!found) return null;
  const rest = `${line.slice(0, found.index)} ${line.slice(found.index + found.length)}`
    .split(/\s+/u)
    .map(withoutDashes)
    .filter((word) => word && !DATE_WORDS.has(word.toLowerCase()));
  // "Yerevan, 3 June 2024 — The exercise opened." is the text's first sentence, not a date line.
  if (rest.length > MAX_PLACE_WORDS || rest.some((word) => SENTENCE_END.test(word))) return null;
  return { iso: found.iso, place: rest.join(' ') };
}

/** A date line written right under or over a headline, without a blank line, is a block of its own. */
function separateDateLines(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    const { lines } = block;
    if (lines.length < 2) return [block];
    const single = (line: string, afterGap: boolean): Block => ({ lines: [line], afterGap });
    if (readDateLine(single(lines.at(-1)!, false))) {
      return [{ lines: lines.slice(0, -1), afterGap: block.afterGap }, single(lines.at(-1)!, false)];
    }
    if (readDateLine(single(lines[0]!, false))) {
      return [single(lines[0]!, block.afterGap), { lines: lines.slice(1), afterGap: false }];
    }
    return [block];
  });
}

function isHeadline(block: Block): boolean {
  return block.lines.length <= 2 && isHeadlineText(block.lines.join(' ')) && readDateLine(block) === null;
}

interface Draft {
  item: ArchiveItem;
  /** A date line's date: it outranks a date merely named in the title or the text. */
  lineDate: string | null;
  closed: boolean;
}

function newDraft(): Draft {
  return {
    item: { title: '', titleOwnLine: false, date: null, datelinePlace: '', paragraphs: [], signature: [] },
    lineDate: null,
    closed: false,
  };
}

function finish({ item, lineDate }: Draft): ArchiveItem | null {
  if (!item.title && item.paragraphs.length === 0) return null;
  if (!item.title) item.title = titleFromText(item.paragraphs[0]!);
  item.date = lineDate ?? findFirstDate([item.title, ...item.paragraphs].join('\n'));
  return item;
}

/**
 * Does the item end after `block`, so that a short block is its signature? At the end, before a
 * wide gap or a headline; a single short line before a date line is rather a headline.
 */
function signatureEnds(block: Block, next: Block | undefined): boolean {
  if (!next || next.afterGap || isHeadline(next)) return true;
  return block.lines.length > 1 && readDateLine(next) !== null;
}

export function splitArchive(text: string): ArchiveItem[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks = separateDateLines(blocksOf(normalised));
  const items: ArchiveItem[] = [];
  let draft = newDraft();
  const startNew = () => {
    const done = finish(draft);
    if (done) items.push(done);
    draft = newDraft();
  };
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const { item } = draft;
    const hasText = item.paragraphs.length > 0;
    const dateLine = readDateLine(block);
    if (dateLine) {
      // Beside a headline, or before one; after text it opens the next item.
      if (draft.closed || hasText || draft.lineDate) startNew();
      draft.lineDate = dateLine.iso;
      draft.item.datelinePlace = dateLine.place;
      return;
    }
    if (hasText && !draft.closed && isShortBlock(block) && signatureEnds(block, next)) {
      item.signature = block.lines;
      draft.closed = true;
      return;
    }
    if (isHeadline(block) && next) {
      if (draft.closed || hasText) startNew();
      else if (item.title) {
        // A second short line under a headline: a subtitle, kept as text.
        item.paragraphs.push(block.lines.join(' '));
        return;
      }
      draft.item.title = block.lines.join(' ');
      draft.item.titleOwnLine = true;
      return;
    }
    // Running text after a wide gap, or after a signature, opens an item without a headline.
    if (draft.closed || (block.afterGap && hasText)) startNew();
    // A paragraph wrapped over several lines is one paragraph.
    draft.item.paragraphs.push(block.lines.join(' '));
  });
  startNew();
  return items;
}

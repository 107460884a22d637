/**
 * A plain-text archive of releases, as press offices keep them: items separated by two or
 * more blank lines (or a line of dashes, stars or equals signs), paragraphs within an item by
 * one. An item's first line is its title; a closing block of short lines without sentence
 * punctuation is the issuer's signature ("Joint Press Centre / (Republic of Belarus, Brest)").
 */
import { findFirstDate } from './find-date';

export interface ArchiveItem {
  /** The item's first line, as written. */
  title: string;
  /** The first date the item names (title first), ISO; null when it names none. */
  date: string | null;
  paragraphs: string[];
  /** The signature's lines, empty when the item ends without one. */
  signature: string[];
}

const SEPARATOR_LINE = /^(?:-{3,}|\*{3,}|={3,}|_{3,})$/;
const PARAGRAPH_SEPARATOR = /\n[ \t]*\n/;
const SENTENCE_END = /[.!?…:;,]["”»’)]*$/;
const MAX_SIGNATURE_LINE = 120;
const MAX_SIGNATURE_LINES = 4;

function lines(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function isSignature(block: string[]): boolean {
  return (
    block.length > 0 &&
    block.length <= MAX_SIGNATURE_LINES &&
    block.every((line) => line.length <= MAX_SIGNATURE_LINE && !SENTENCE_END.test(line))
  );
}

function readItem(text: string): ArchiveItem | null {
  const [titleLine, ...rest] = text.split('\n');
  const title = titleLine?.trim() ?? '';
  if (!title) return null;
  const block = lines(text);
  // A lone block of short lines (a signature cut off by blank lines) stays whole for attachStraySignatures.
  if (!/\n[ \t]*\n/.test(text) && block.length > 1 && isSignature(block) && findFirstDate(text) === null) {
    return { title: block.join('\n'), date: null, paragraphs: [], signature: [] };
  }
  const blocks = rest
    .join('\n')
    .split(PARAGRAPH_SEPARATOR)
    .map(lines)
    .filter((block) => block.length > 0);
  const last = blocks.at(-1);
  const signature = blocks.length > 1 && last && isSignature(last) ? last : [];
  const body = signature.length ? blocks.slice(0, -1) : blocks;
  // A paragraph wrapped over several lines is one paragraph.
  const paragraphs = body.map((block) => block.join(' '));
  return { title, date: findFirstDate([title, ...paragraphs].join('\n')), paragraphs, signature };
}

/** Items end at two blank lines or a separator line; read line by line, so linear in the text. */
function intoItems(items: string[][], line: string, index: number, all: string[]): string[][] {
  const trimmed = line.trim();
  const startsItem =
    SEPARATOR_LINE.test(trimmed) || (trimmed === '' && all[index - 1]?.trim() === '' && all[index - 2]?.trim() !== '');
  if (startsItem) items.push([]);
  else items.at(-1)!.push(line);
  return items;
}

/** An item of short lines only, without a date: the signature of the item before it. */
function isStraySignature(item: ArchiveItem): boolean {
  return item.paragraphs.length === 0 && item.signature.length === 0 && item.date === null && isSignature(item.title.split('\n'));
}

function attachStraySignatures(items: ArchiveItem[]): ArchiveItem[] {
  const joined: ArchiveItem[] = [];
  for (const item of items) {
    const previous = joined.at(-1);
    if (previous && previous.signature.length === 0 && isStraySignature(item)) {
      previous.signature = item.title.split('\n');
    } else joined.push(item);
  }
  return joined;
}

export function splitArchive(text: string): ArchiveItem[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim();
  const items = normalised
    .split('\n')
    .reduce(intoItems, [[]] as string[][])
    .map((item) => item.join('\n'))
    .map((item) => item.replace(/^\s*\n/, '').trim())
    .map(readItem)
    .filter((item): item is ArchiveItem => item !== null);
  return attachStraySignatures(items);
}

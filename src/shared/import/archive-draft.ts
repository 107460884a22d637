/**
 * The cut of a text archive as the user corrects it in the import dialog's preview: merge an item with
 * the next, split one at a paragraph, retitle, set a date. Pure functions over the preview, so
 * the dialog only renders and the rules are tested on their own.
 */
import type { ArchiveCreateInput, ArchivePreviewItem } from '@shared/import-api';
import { archiveCreateInputSchema } from '@shared/import-api';
import { isHeadlineText, titleFromText } from '@shared/import/archive-title';

export interface DraftItem extends ArchivePreviewItem {
  /** Stable across edits, for React keys and focus. */
  key: string;
  /** The cutter found no date here (kept after the user chose one, so the mark stays visible). */
  undated: boolean;
}

export interface ArchiveDraft {
  name: string;
  items: DraftItem[];
}

let nextKey = 0;
const newKey = () => `archive-item-${(nextKey += 1)}`;

export function draftOf(name: string, items: readonly ArchivePreviewItem[]): ArchiveDraft {
  return { name, items: items.map((item) => ({ ...item, key: newKey(), undated: item.date === null })) };
}

/** The text of an item as it reads: its headline line (when it has one) and its paragraphs. */
function textOf(item: DraftItem): string[] {
  return item.titleOwnLine ? [item.title, ...item.paragraphs] : item.paragraphs;
}

/**
 * The item at `index` and the one after it become one: the first keeps its title, date and
 * dateline; the second's headline becomes a paragraph; a signature closes the merged item.
 */
export function mergeWithNext(items: readonly DraftItem[], index: number): DraftItem[] {
  const first = items[index];
  const second = items[index + 1];
  if (!first || !second) return [...items];
  const merged: DraftItem = {
    ...first,
    date: first.date ?? second.date,
    undated: first.date === null && second.date === null ? true : first.undated,
    datelinePlace: first.datelinePlace || second.datelinePlace,
    paragraphs: [...first.paragraphs, ...textOf(second)],
    issuer: second.issuer || first.issuer,
  };
  return [...items.slice(0, index), merged, ...items.slice(index + 2)];
}

/**
 * A new item starts at paragraph `at` of the item at `index` (at ≥ 1). It is titled by that
 * paragraph when it reads as a headline (and the line leaves the text), else by its first
 * sentence. It takes the signature, which closes the text, and has no date until one is set.
 */
export function splitAt(items: readonly DraftItem[], index: number, at: number): DraftItem[] {
  const item = items[index];
  if (!item || at < 1 || at >= item.paragraphs.length) return [...items];
  const head = item.paragraphs[at]!;
  const ownLine = isHeadlineText(head);
  const tail = item.paragraphs.slice(ownLine ? at + 1 : at);
  if (tail.length === 0) return [...items];
  const before: DraftItem = { ...item, paragraphs: item.paragraphs.slice(0, at), issuer: '' };
  const after: DraftItem = {
    ...item,
    key: newKey(),
    title: ownLine ? head.trim() : titleFromText(head),
    titleOwnLine: ownLine,
    date: null,
    undated: true,
    datelinePlace: '',
    paragraphs: tail,
  };
  return [...items.slice(0, index), before, after, ...items.slice(index + 1)];
}

export function retitle(items: readonly DraftItem[], index: number, title: string): DraftItem[] {
  return items.map((item, i) => (i === index ? { ...item, title } : item));
}

export function setDate(items: readonly DraftItem[], index: number, date: string | null): DraftItem[] {
  return items.map((item, i) => (i === index ? { ...item, date } : item));
}

/** Why Create cannot go ahead yet, or null when every item is ready. */
export type DraftProblem = { kind: 'undated'; count: number } | { kind: 'untitled'; count: number };

export function draftProblem(drafts: readonly ArchiveDraft[]): DraftProblem | null {
  const items = drafts.flatMap((draft) => draft.items);
  const undated = items.filter((item) => item.date === null).length;
  if (undated > 0) return { kind: 'undated', count: undated };
  const untitled = items.filter((item) => item.title.trim() === '').length;
  if (untitled > 0) return { kind: 'untitled', count: untitled };
  return null;
}

/** What import.createArchive receives for one archive, checked by the contract's own schema. */
export function createInputOf(draft: ArchiveDraft): ReturnType<typeof archiveCreateInputSchema.safeParse> {
  const input: ArchiveCreateInput = {
    name: draft.name,
    items: draft.items.map((item) => ({
      title: item.title.trim(),
      date: item.date ?? '',
      datelinePlace: item.datelinePlace,
      paragraphs: item.paragraphs,
      issuer: item.issuer,
      lang: item.lang,
      kind: item.kind,
    })),
  };
  return archiveCreateInputSchema.safeParse(input);
}

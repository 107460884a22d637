/**
 * The places of a conflict as the conflict dialog lists them: which part of the release each
 * is (a field, a version's title or lead, paragraphs of a version's text, counted as they
 * stand in the stored copy), with both sides as plain text to compare word by word.
 */
import type { TiptapNode } from '@shared/domain';
import type { Lang } from '@shared/languages';
import {
  conflictsOf,
  type MergeConflict,
  type MergedField,
  type MergedText,
  type ReleaseMerge,
} from '@shared/merge/release-merge';
import { docPlainText } from '@shared/text/doc-text';

export type ConflictPlace =
  | { kind: 'field'; field: MergedField }
  | { kind: 'text'; lang: Lang; text: MergedText }
  /** 1-based paragraphs of the stored copy; `to` < `from` where only mine has paragraphs there. */
  | { kind: 'body'; lang: Lang; from: number; to: number };

export interface ConflictEntry {
  id: string;
  place: ConflictPlace;
  conflict: MergeConflict;
}

function bodyPositions(merge: ReleaseMerge): Map<string, { from: number; to: number }> {
  const positions = new Map<string, { from: number; to: number }>();
  for (const variant of merge.variants) {
    let before = 0;
    let index = 0;
    for (const chunk of variant.body) {
      if (!chunk.conflict) {
        before += chunk.blocks.length;
        continue;
      }
      positions.set(`body:${variant.lang}:${index++}`, {
        from: before + 1,
        to: before + chunk.theirs.length,
      });
      before += chunk.theirs.length;
    }
  }
  return positions;
}

export function conflictEntries(merge: ReleaseMerge): ConflictEntry[] {
  const positions = bodyPositions(merge);
  return conflictsOf(merge).map((conflict): ConflictEntry => {
    const place: ConflictPlace =
      conflict.kind === 'field'
        ? { kind: 'field', field: conflict.field }
        : conflict.kind === 'text'
          ? { kind: 'text', lang: conflict.lang, text: conflict.text }
          : { kind: 'body', lang: conflict.lang, ...positions.get(conflict.id)! };
    return { id: conflict.id, place, conflict };
  });
}

/** Body blocks as text, one paragraph per line pair. */
export function blocksText(blocks: readonly TiptapNode[]): string {
  return docPlainText({ type: 'doc', content: [...blocks] });
}

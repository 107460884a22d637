/** What the translation checks report. Every finding says where, and carries what to show. */
import type { Lang } from '../languages';
import type { WrongLanguageReason } from './language-detect';
import type { LinkMention } from './links';
import type { NumberMention } from './numbers';
import type { Script } from './language-detect';
import type { OwnField } from '../version-metadata';

/** A place in the checked version; paragraphs are counted as in paragraphs.ts. */
export type Location =
  | { part: 'title' }
  | { part: 'lead' }
  | {
      part: 'body';
      paragraph: number;
      /** The source paragraph it renders, when it was paired with one. */
      sourceParagraph: number | null;
    };

export type Finding =
  | {
      check: 'paragraph-count';
      sourceCount: number;
      targetCount: number;
      /** Source paragraphs nothing in the translation renders. */
      missing: number[];
      /** Translation paragraphs that render nothing in the source. */
      extra: number[];
    }
  | { check: 'empty'; at: Location }
  | { check: 'untranslated'; at: Location }
  | {
      check: 'wrong-language';
      at: Location;
      expected: Lang;
      reason: WrongLanguageReason;
      letters: string;
      looksLike: Lang | null;
    }
  | { check: 'numbers'; at: Location; missing: NumberMention[]; extra: NumberMention[] }
  | {
      check: 'vocabulary';
      at: Location;
      entryId: string;
      /** The name as the source writes it. */
      sourceText: string;
      /** The vocabulary's names for it in the translation's language; none of them was found. */
      expected: string[];
    }
  | { check: 'links'; at: Location; missing: LinkMention[]; extra: LinkMention[] }
  /** The translation has no signature, dateline place or contacts of its own: the source's stand in. */
  | { check: 'source-fallback'; field: OwnField }
  /** The dateline place has letters of another script than the version's language writes in. */
  | { check: 'dateline-script'; place: string; expected: Script; found: Script[] };

export type CheckName = Finding['check'];

export const CHECK_NAMES: readonly CheckName[] = [
  'paragraph-count',
  'empty',
  'untranslated',
  'wrong-language',
  'numbers',
  'vocabulary',
  'links',
  'source-fallback',
  'dateline-script',
];

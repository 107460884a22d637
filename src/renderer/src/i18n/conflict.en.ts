import type { Message } from './message';

/** Messages of two windows editing one release (editor/ConflictDialog.tsx) and of a reload reopening it. */
export const conflictEn = {
  'save.compare': 'Compare and choose…',
  'conflict.title': 'Choose what to keep',
  'conflict.intro':
    'Another window or tab saved this release while you were editing it, and both changed the places below. Everything else is merged from both copies. For each place, keep your text or take the other one; the words that differ are marked.',
  'conflict.everywhere': 'Everywhere at once',
  'conflict.allMine': 'Keep mine everywhere',
  'conflict.allTheirs': 'Take theirs everywhere',
  'conflict.keepMine': 'Mine (this window)',
  'conflict.takeTheirs': 'Theirs (the other window)',
  'conflict.place.text': '{field} · {language}',
  'conflict.place.paragraph': 'Text · {language}, paragraph {number}',
  'conflict.place.paragraphs': 'Text · {language}, paragraphs {from}–{to}',
  'conflict.place.added': 'Text · {language}, new paragraphs after paragraph {after}',
  'conflict.empty': 'nothing',
  'conflict.noEmbargo': 'No embargo',
  'conflict.kept':
    'The text you do not keep stays in the history of each language version, as “Your version before the merge” or “The other window’s version before the merge”.',
  'conflict.later': 'Decide later',
  'conflict.save': 'Save this choice',
  'conflict.failed': 'Nothing was saved, so that neither copy is lost: {reason}',
  'elsewhere.text': 'This release was changed in another window or tab.',
  'elsewhere.reload': 'Show the new version',
  'elsewhere.merge': 'Merge with my changes',
  'notice.openReleaseGone':
    'The release that was open before the reload is no longer in the library.',
  'review.history.reason.conflict-mine': 'Your version before the merge',
  'review.history.reason.conflict-theirs': 'The other window’s version before the merge',
} as const satisfies Record<string, Message>;

export type ConflictMessageKey = keyof typeof conflictEn;

import type { Message } from './message';

/** The review screens' messages: language versions, status, checks, comments, history. */
export const reviewEn = {
  'review.screenTitle': 'Review',
  'review.back': 'Back to the editor',
  'review.loading': 'Loading…',
  'review.panel.label': 'What to show',
  'review.panel.compare': 'Side by side',
  'review.panel.source': 'Text',
  'review.panel.history': 'History',
  'review.tab.outdated': 'outdated',

  'review.status.byWhen': '{by}, {when}',
  'review.status.when': 'since {when}',
  'review.action.submit': 'Send for review',
  'review.action.resubmit': 'Send for review again',
  'review.action.approve': 'Approve',
  'review.action.requestChanges': 'Request changes',
  'review.action.backToDraft': 'Back to draft',
  'review.action.reopen': 'Reopen as draft',

  'review.open.compare': 'Side by side',
  'review.open.source': 'Review',
  'review.open.history': 'History',
  'review.open.addLanguage': 'Add language',

  'review.notice.approvedEdits':
    'Approved. Editing this version returns it to draft, and it needs another review.',
  'review.notice.returnedToDraft':
    'Edited after approval: this version is back in draft and needs another review.',
  'review.notice.outdated': 'The {source} source has changed since this translation: {changes}.',
  'review.notice.showChanges': 'Show the changes',
  'review.notice.untracked':
    'Not yet compared with the {source} source. Mark it up to date in the side-by-side view once it renders the source.',
  'review.notice.sourceIs': 'Translated from {source}.',
  'review.notice.makeSource': 'Make {language} the source…',

  'review.minor.label': 'Typo fixes only: translations stay up to date',
  'review.minor.offHint':
    'Tick this before correcting a typo in the source, so translations are not marked outdated.',
  'review.minor.onHint':
    'Your edits to this text do not mark translations as outdated. This turns off when you leave this version.',

  'review.addLanguage.title': 'Add a language version',
  'review.addLanguage.language': 'Language',
  'review.addLanguage.start': 'Start from',
  'review.addLanguage.mode.prefilled': 'A copy of the {source} text',
  'review.addLanguage.mode.prefilled.hint':
    'The translator writes over it paragraph by paragraph; the checks point out what is still untranslated.',
  'review.addLanguage.mode.empty': 'An empty version',
  'review.addLanguage.mode.empty.hint': 'Title, lead and text start blank.',
  'review.addLanguage.hint':
    'The new version starts as a draft and is compared with the {source} text as it is now: later changes to the source show as outdated paragraphs.',
  'review.addLanguage.add': 'Add version',

  'review.source.title': 'Make {language} the source?',
  'review.source.explain':
    'Translations will be compared with the {language} text instead of {current}. Those that were up to date stay so only if {language} was up to date too; the others must be marked up to date again.',
  'review.source.confirm': 'Make it the source',

  'review.userName.title': 'Your name',
  'review.userName.why':
    'Status changes and comments record who made them, so colleagues can see who did what. You are asked once; the name is kept in the library settings.',
  'review.userName.label': 'Name',
  'review.userName.required': 'Type your name to continue.',
  'review.userName.save': 'Continue',

  'review.outdated.current': 'Up to date with the {source} source (checked on {since}).',
  'review.outdated.behind':
    'The {source} source has changed since this translation was brought up to date on {since}: {changes}.',
  'review.outdated.behindHint':
    'The changes are marked below, word by word. Update the translation, then mark it up to date; an approved translation then goes back to review to be approved again.',
  'review.outdated.noOldText':
    'The earlier source text is not in the history, so the changed paragraphs are marked without word differences.',
  'review.outdated.untracked': 'This translation has not been compared with the {source} source yet.',
  'review.outdated.untrackedHint':
    'Once it renders the source as it is now, mark it up to date: later changes to the source will then be marked here.',
  'review.outdated.markUpToDate': 'Mark as up to date',
  'review.outdated.partTitle': 'the title',
  'review.outdated.partLead': 'the lead',
  'review.outdated.paragraphs.changed': {
    one: '{count} paragraph changed',
    other: '{count} paragraphs changed',
  },
  'review.outdated.paragraphs.added': {
    one: '{count} paragraph added',
    other: '{count} paragraphs added',
  },
  'review.outdated.paragraphs.removed': {
    one: '{count} paragraph removed',
    other: '{count} paragraphs removed',
  },

  'review.table.caption': '{source} source and {target} translation, paragraph by paragraph',
  'review.table.captionSource': 'The {source} source, paragraph by paragraph',
  'review.table.where': 'Part',
  'review.table.empty': 'Empty',
  'review.table.noTranslation': 'No translation of this paragraph',
  'review.table.notInSource': 'Not in the source',
  'review.where.title': 'Title',
  'review.where.lead': 'Lead',
  'review.where.paragraph': 'paragraph {number}',
  'review.where.removed': 'removed paragraph',

  'review.change.changed': 'Changed in the source',
  'review.change.added': 'New in the source',
  'review.change.removed': 'Removed from the source',
  'review.change.removedUnknown': 'A paragraph was removed here; its text is no longer known.',
  'review.change.update': 'Needs updating',

  'review.checks.title': 'Checks',
  'review.checks.none': 'No problems found.',
  'review.checkName.paragraph-count': 'Paragraph count',
  'review.checkName.empty': 'Empty',
  'review.checkName.untranslated': 'Untranslated',
  'review.checkName.wrong-language': 'Wrong language',
  'review.checkName.numbers': 'Numbers and dates',
  'review.checkName.vocabulary': 'Vocabulary',
  'review.checkName.links': 'Links',
  'review.check.paragraphCount': 'The source has {source} paragraphs, this version {target}.',
  'review.check.paragraphsMissing': 'Not translated: source paragraph {list}.',
  'review.check.paragraphsExtra': 'Not in the source: paragraph {list}.',
  'review.check.empty': 'Nothing is written here.',
  'review.check.untranslated': 'Same as the source: not translated yet?',
  'review.check.wrongLanguage.script': 'Not written in the script of {expected}.',
  'review.check.wrongLanguage.foreign-letters': 'Has letters {expected} does not use: {letters}.',
  'review.check.wrongLanguage.no-own-letters': 'Has none of the letters of {expected}: {letters}.',
  'review.check.looksLike': 'It reads as {other}.',
  'review.check.numbers.missing': 'missing here: {list}',
  'review.check.numbers.extra': 'not in the source: {list}',
  'review.check.vocabulary': '“{name}” in the source: expected {expected} here.',
  'review.check.links.missing': 'link missing: {list}',
  'review.check.links.extra': 'link not in the source: {list}',
  // Signature, dateline place and contacts of each language version.
  'review.checkName.source-fallback': 'Taken from the source',
  'review.checkName.dateline-script': 'Dateline script',
  'review.check.sourceFallback': 'This version has no {field} of its own: the source’s is shown.',
  'review.field.issuer': 'signature',
  'review.field.datelinePlace': 'dateline place',
  'review.field.contacts': 'contact names and roles',
  'review.check.datelineScript': 'The dateline place “{place}” is written in {found} letters, not {expected}.',
  'review.script.latin': 'Latin',
  'review.script.cyrillic': 'Cyrillic',
  'review.script.armenian': 'Armenian',

  'review.comments.title': 'Open comments',
  'review.comments.none': 'No open comments.',
  'review.comments.unplaced': 'On text no longer there',
  'review.comment.add': 'Comment',
  'review.comment.addTo': 'Comment on {where}',
  'review.comment.label': 'Your comment on {where}',
  'review.comment.hint': 'Ctrl+Enter adds it.',
  'review.comment.submit': 'Add comment',
  'review.comment.resolve': 'Resolve',
  'review.comment.by': 'Comment by {author}',
  'review.comment.noName': 'Unnamed',
  'review.comment.edited': 'The paragraph has been edited since.',
  'review.comment.resolvedBy': 'Resolved by {by}, {when}',
  'review.comment.resolvedCount': { one: '{count} resolved comment', other: '{count} resolved comments' },

  'review.history.title': 'Revisions of the {language} version',
  'review.history.caption': 'Revisions, newest first. Choose two to compare.',
  'review.history.empty':
    'No revisions yet. Checkpoints (Ctrl+S), status changes and the automatic checkpoints every few minutes of editing appear here.',
  'review.history.from': 'From',
  'review.history.to': 'To',
  'review.history.when': 'When',
  'review.history.what': 'What',
  'review.history.actions': 'Actions',
  'review.history.now': 'Now',
  'review.history.nowText': 'The text as it is',
  'review.history.fromState': 'Compare from {state}',
  'review.history.toState': 'Compare to {state}',
  'review.history.restore': 'Restore…',
  'review.history.restoreState': 'Restore the text of {state}',
  'review.history.reason.checkpoint': 'Checkpoint',
  'review.history.reason.autosave': 'Automatic checkpoint',
  'review.history.reason.status': 'Status: {status}',
  'review.history.reason.restore': 'Restored',
  'review.history.compare': 'Changes from {from} to {to}',
  'review.history.compareNothing': 'Changes',
  'review.history.same': 'Choose two different states to compare.',
  'review.history.dateline': 'Dateline place',

  'review.diff.none': 'No differences.',
  'review.diff.fieldChanged': '{field} changed',
  'review.diff.changed': 'Changed',
  'review.diff.added': 'Added',
  'review.diff.removed': 'Removed',
  'review.diff.unchangedRun': {
    one: '{count} unchanged paragraph',
    other: '{count} unchanged paragraphs',
  },

  'review.restore.title': 'Restore this revision?',
  'review.restore.what': 'The {language} version gets back the text it had on {when}.',
  'review.restore.safe':
    'Nothing is deleted: the current text stays in the history, and the restore is recorded as a new revision. An approved version goes back to draft.',
  'review.restore.confirm': 'Restore',
} satisfies Record<string, Message>;

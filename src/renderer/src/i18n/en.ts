import type { Message } from './message';

/** The reference dictionary: its keys are the keys every other dictionary must have. */
export const en = {
  'app.name': 'Press Office',
  'app.loading': 'Opening the library…',
  'app.loadFailed': 'The library could not be opened.',
  'app.tryAgain': 'Try again',
  'app.dismiss': 'Dismiss',

  'header.library': 'Library',
  'header.defaultLibrary': 'default library',
  'header.uiLanguage': 'Interface language',

  'quarantine.title': {
    one: '{count} file in the library could not be read and was set aside',
    other: '{count} files in the library could not be read and were set aside',
  },
  'quarantine.found': 'Found at',
  'quarantine.reason': 'Problem',
  'quarantine.movedTo': 'Moved to',
  'quarantine.hint': 'Nothing else was changed. The files are kept so that they can be repaired.',

  'list.heading': 'Releases',
  'list.count': { one: '{count} release', other: '{count} releases' },
  'list.new': 'New release',
  'list.more': 'Show more',
  'list.untitled': 'Untitled',
  'list.languages': 'Language versions',
  'list.languageStatus': '{language}: {status}',
  'list.hint': 'Use the arrow keys to move through the list and Enter to open a release.',
  'list.empty.title': 'No releases yet',
  'list.empty.body':
    'Write your first press release. It is saved to the library as you type, and translations can follow.',
  'list.empty.action': 'Create the first release',

  'kind.press-release': 'Press release',
  'kind.news': 'News',
  'kind.statement': 'Statement',
  'kind.interview': 'Interview',
  'kind.media-advisory': 'Media advisory',

  'status.draft': 'Draft',
  'status.in-review': 'In review',
  'status.changes-requested': 'Changes requested',
  'status.approved': 'Approved',

  'editor.back': 'All releases',
  'editor.loading': 'Opening the release…',
  'editor.loadFailed': 'The release could not be opened.',
  'editor.versions': 'Language versions',
  'editor.sourceLanguage': 'source',
  'editor.title': 'Title',
  'editor.titlePlaceholder': 'Headline of the release',
  'editor.lead': 'Lead',
  'editor.leadPlaceholder': 'One or two sentences: who, what, when and where',
  'editor.body': 'Text',
  'editor.bodyPlaceholder': 'Write the text of the release…',
  'editor.words': { one: '{count} word', other: '{count} words' },
  'editor.characters': { one: '{count} character', other: '{count} characters' },

  'toolbar.label': 'Formatting',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.underline': 'Underline',
  'toolbar.heading2': 'Heading',
  'toolbar.heading3': 'Subheading',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.orderedList': 'Numbered list',
  'toolbar.blockquote': 'Quotation',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',

  'save.dirty': 'Unsaved changes',
  'save.saving': 'Saving…',
  'save.saved': 'Saved',
  'save.error': 'Not saved',
  'save.retry': 'Retry',
  'save.autoRetry': 'Your text is kept here; the next attempt follows in a few seconds.',
  'save.manualRetry': 'Your text is kept here. Press Retry once the problem is solved.',
  'save.conflictRetry': 'Retry puts your changes on top of the stored version.',

  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.open': 'Keyboard shortcuts (F1)',
  'shortcuts.close': 'Close',
  'shortcuts.general': 'Everywhere',
  'shortcuts.list': 'Release list',
  'shortcuts.editor': 'Editor',
  'shortcuts.newRelease': 'New release',
  'shortcuts.save': 'Save now',
  'shortcuts.help': 'Show this list',
  'shortcuts.listMove': 'Move through the list',
  'shortcuts.listEnds': 'First or last release',
  'shortcuts.listOpen': 'Open the selected release',
  'shortcuts.tabs': 'Previous or next language tab',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, Message>;

import type { Message } from './message';

/** The approval guard: the confirm dialog, four-eyes review, and the needs-update state. */
export const approvalEn = {
  'status.needs-update': 'Needs update',
  'approval.confirm.title': 'Approve despite open problems?',
  'approval.confirm.intro':
    'This version still has problems that keep it out of an export. If you approve it anyway, the history records what you accepted, with your name and the time.',
  'approval.confirm.failedChecks': {
    one: '{count} failed check',
    other: '{count} failed checks',
  },
  'approval.confirm.openComments': {
    one: '{count} open comment',
    other: '{count} open comments',
  },
  'approval.confirm.comment': '{author}, paragraph {paragraph}: {text}',
  'approval.confirm.approve': 'Approve anyway — recorded in the history',
  'approval.overridden': 'approved despite open problems',
  'approval.fourEyes.last-editor':
    'Four-eyes review: you ({name}) last edited this text, so another person must approve it.',
  'approval.fourEyes.submitter':
    'Four-eyes review: you ({name}) sent this version for review, so another person must approve it.',
  'approval.setting.label': 'Four-eyes review in this library',
  'approval.setting.hint':
    'The approver must be another person than the last editor of the text and the one who sent it for review.',
  'approval.needsUpdate':
    'Approved earlier, but the source has changed since. Update the translation, mark it up to date and have it approved again.',
} satisfies Record<string, Message>;

/** Words of the Export dialog (src/renderer/src/export/), merged into en.ts. */
import type { Message } from './message';

export const exportEn = {
  'export.open': 'Export…',
  'export.shortcut': 'Export the open release, or in the list the approved ones',
  'export.openApprovedHint': 'Export every release that has an approved language version',
  'export.titleRelease': 'Export release',
  'export.titleBatch': 'Export approved releases',
  'export.planning': 'Checking the language versions…',
  'export.planningBatch': 'Checking releases: {done} of {total}…',
  'export.noApproved':
    'No release has an approved language version yet. Approve the versions in review, then export them.',

  'export.languages': 'Language versions',
  'export.goesIn': 'Goes in',
  'export.leftOut': 'Left out',
  'export.includedCount': {
    one: '{count} of {total} language versions goes into the package.',
    other: '{count} of {total} language versions go into the package.',
  },
  'export.override': 'Include anyway — recorded in the manifest',
  'export.failedChecks': 'Failed checks',
  'export.warnings': 'Worth a look (does not leave it out)',
  'export.problem.missing': 'The release has no version in this language.',
  'export.problem.emptyTitle': 'The title is empty; an empty version cannot be exported.',
  'export.problem.emptyBody': 'The text is empty; an empty version cannot be exported.',
  'export.problem.not-approved': 'Not approved: {status}.',
  'export.problem.untracked': 'Never compared with the source, so not known to be current.',
  'export.problem.outdated': 'Outdated: the source has changed since {date}.',
  'export.embargo':
    'Embargoed until {when} ({zone}, {offset}). Every page, PDF and NewsML item of the package carries this notice.',

  'export.batchIntro':
    'Each release goes in with its approved, current versions that pass their checks. To include a left-out version anyway, export its release on its own from the editor.',
  'export.batchReleases': 'Releases',
  'export.batchNothing': 'Nothing goes in; the release is skipped.',
  'export.batchGoesIn': 'Goes in: {languages}',
  'export.batchLeftOut': 'Left out: {languages}',
  'export.batchFailed': 'Could not be checked: {reason}',

  'export.formats': 'What to export',
  'export.format.html': 'Web pages (HTML)',
  'export.format.pdf': 'PDF for print',
  'export.format.newsml': 'NewsML-G2 for news agencies',
  'export.format.zip': 'Pack everything into one ZIP file',
  'export.formatsNeeded': 'Choose at least one of web pages, PDF or NewsML.',
  'export.destination': 'Save to folder',
  'export.destinationHint': 'A full path on this computer, for example /home/anna/Exports.',
  'export.chooseFolder': 'Choose folder…',
  'export.start': 'Export',
  'export.startBatch': { one: 'Export {count} release', other: 'Export {count} releases' },

  'export.running': 'Exporting…',
  'export.runningRelease': 'Release {release} of {releases}: {title}',
  'export.progress': 'Export progress',
  'export.step.start': 'Reading the release and running the checks',
  'export.step.assets': 'Fonts and pictures',
  'export.step.html': 'Web page, {language}',
  'export.step.htmlIndex': 'Index page',
  'export.step.pdf': 'PDF, {language}',
  'export.step.newsml': 'NewsML item, {language}',
  'export.step.newsmlPackage': 'NewsML package',
  'export.step.done': 'Package written',
  'export.cancel': 'Cancel export',
  'export.cancelling': 'Cancelling…',

  'export.done': 'Export finished',
  'export.cancelled': 'Export cancelled',
  'export.cancelledHint':
    'The packages finished before the cancel are complete; the one in progress was removed.',
  'export.summary': {
    one: '{count} package written to {path}',
    other: '{count} packages written to {path}',
  },
  'export.included': 'Included: {languages}',
  'export.overridden': 'Included anyway: {languages}',
  'export.leftOutLanguages': 'Left out: {languages}',
  'export.blocked': 'Nothing exported: every language version was left out.',
  'export.showInFolder': 'Show in folder',
  'export.notShown': 'This window cannot open folders. The result is in {path}',
  'export.close': 'Close',
} satisfies Record<string, Message>;

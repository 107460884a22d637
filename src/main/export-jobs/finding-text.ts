/**
 * A failed translation check as one English line: what the export gate records in the
 * manifest (`check-failed` problems) and the CLI prints. The app shows its own wording.
 */
import type { Finding, Location } from '@shared/review/findings';
import type { OwnField } from '@shared/version-metadata';

const FIELD_NAMES: Readonly<Record<OwnField, string>> = {
  issuer: 'signature',
  datelinePlace: 'dateline place',
  contacts: 'contact names and roles',
};

function where(at: Location): string {
  return at.part === 'body' ? `paragraph ${at.paragraph + 1}` : at.part;
}

function differences(missing: readonly string[], extra: readonly string[]): string {
  return [
    ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
    ...(extra.length ? [`not in the source ${extra.join(', ')}`] : []),
  ].join('; ');
}

export function findingText(finding: Finding): string {
  switch (finding.check) {
    case 'paragraph-count':
      return `${finding.targetCount} paragraphs where the source has ${finding.sourceCount}`;
    case 'empty':
      return `${where(finding.at)} is empty`;
    case 'untranslated':
      return `${where(finding.at)} is the same as in the source`;
    case 'wrong-language':
      return (
        `${where(finding.at)} does not read as ${finding.expected}` +
        (finding.looksLike ? ` (looks like ${finding.looksLike})` : '')
      );
    case 'numbers':
      return `${where(finding.at)}: ${differences(
        finding.missing.map((n) => n.text),
        finding.extra.map((n) => n.text),
      )}`;
    case 'vocabulary':
      return `${where(finding.at)}: "${finding.sourceText}" should be ${finding.expected.join(' or ')}`;
    case 'links':
      return `${where(finding.at)}: links ${differences(
        finding.missing.map((l) => l.href),
        finding.extra.map((l) => l.href),
      )}`;
    case 'source-fallback':
      return `no ${FIELD_NAMES[finding.field]} of its own: the source's is shown`;
    case 'dateline-script':
      return `dateline place "${finding.place}" is written in ${finding.found.join(', ')} script, not ${finding.expected}`;
  }
}

/** The checks' findings in words, in the interface language. */
import { LANG_NATIVE_NAMES } from '@shared/languages';
import type { Finding, Location } from '@shared/review/findings';
import type { OwnField } from '@shared/version-metadata';
import type { MessageKey, Translate } from '../i18n';

const FALLBACK_FIELDS: Readonly<Record<OwnField, MessageKey>> = {
  issuer: 'review.field.issuer',
  datelinePlace: 'review.field.datelinePlace',
  contacts: 'review.field.contacts',
};

export function describeLocation(at: Location, t: Translate): string {
  if (at.part === 'title') return t('review.where.title');
  if (at.part === 'lead') return t('review.where.lead');
  return t('review.where.paragraph', { number: at.paragraph + 1 });
}

/** Paragraph indices as the interface counts them, from 1. */
function numbers(indices: readonly number[]): string {
  return indices.map((i) => i + 1).join(', ');
}

function list(items: readonly { text?: string; href?: string }[]): string {
  return items.map((item) => item.text ?? item.href ?? '').join(', ');
}

/** "Missing: …; extra: …", leaving out an empty half. */
function both(t: Translate, keys: [MessageKey, MessageKey], missing: string, extra: string): string {
  return [missing && t(keys[0], { list: missing }), extra && t(keys[1], { list: extra })]
    .filter(Boolean)
    .join('; ');
}

export function describeFinding(finding: Finding, t: Translate): string {
  switch (finding.check) {
    case 'paragraph-count':
      return [
        t('review.check.paragraphCount', {
          source: finding.sourceCount,
          target: finding.targetCount,
        }),
        finding.missing.length > 0 &&
          t('review.check.paragraphsMissing', { list: numbers(finding.missing) }),
        finding.extra.length > 0 &&
          t('review.check.paragraphsExtra', { list: numbers(finding.extra) }),
      ]
        .filter(Boolean)
        .join(' ');
    case 'empty':
      return t('review.check.empty');
    case 'untranslated':
      return t('review.check.untranslated');
    case 'wrong-language': {
      const expected = LANG_NATIVE_NAMES[finding.expected];
      const text = t(`review.check.wrongLanguage.${finding.reason}`, {
        expected,
        letters: [...finding.letters].join(' '),
      });
      return finding.looksLike
        ? `${text} ${t('review.check.looksLike', { other: LANG_NATIVE_NAMES[finding.looksLike] })}`
        : text;
    }
    case 'numbers':
      return both(
        t,
        ['review.check.numbers.missing', 'review.check.numbers.extra'],
        list(finding.missing),
        list(finding.extra),
      );
    case 'vocabulary':
      return t('review.check.vocabulary', {
        name: finding.sourceText,
        expected: finding.expected.join(' / '),
      });
    case 'links':
      return both(
        t,
        ['review.check.links.missing', 'review.check.links.extra'],
        list(finding.missing),
        list(finding.extra),
      );
    case 'source-fallback':
      return t('review.check.sourceFallback', { field: t(FALLBACK_FIELDS[finding.field]) });
    case 'dateline-script':
      return t('review.check.datelineScript', {
        place: finding.place,
        expected: t(`review.script.${finding.expected}`),
        found: finding.found.map((script) => t(`review.script.${script}`)).join(', '),
      });
  }
}

/**
 * Is a translation behind its source? The translation's sourceBase holds fingerprints of the
 * source as it was when the translation was last brought up to date; comparing them with the
 * current source tells which paragraphs changed, were added or were removed. Fingerprints
 * cannot give back the old text: for word-level diffs the caller passes the source version
 * stored in the revision named by sourceBase.sourceRevisionId, and it is used only if its
 * fingerprints are the recorded ones.
 */
import type { Release, SourceBase, Variant } from '../domain';
import type { Lang } from '../languages';
import { fingerprint } from './fingerprint';
import { paragraphChanges, type ParagraphChange } from './paragraph-changes';
import { paragraphsOf } from './paragraphs';
import { baseMatches } from './source-base';
import { wordDiff, type WordSegment } from './word-diff';

export interface TextChange {
  /** From the source as it was to the source as it is; null when the old text is not known. */
  diff: WordSegment[] | null;
}

export type OutdatedState =
  /** Never brought up to date against this source language: nothing to compare with. */
  'untracked' | 'current' | 'outdated';

export interface OutdatedReport {
  state: OutdatedState;
  /** When the translation was last brought up to date. */
  recordedAt: string | null;
  /** Whether the source text of that moment was found, so changes come with word diffs. */
  baseTextKnown: boolean;
  /** Null when unchanged, or when the base did not record it. */
  title: TextChange | null;
  lead: TextChange | null;
  /** Changed, added and removed source paragraphs (before = as recorded, after = now). */
  paragraphs: Exclude<ParagraphChange, { kind: 'equal' }>[];
}

export function outdatedReport(
  source: Variant,
  translation: Variant,
  baseSource: Variant | null,
): OutdatedReport {
  return reportAgainst(readSource(source), translation.sourceBase, baseSource);
}

/**
 * outdatedReport for every translation of a release, given the base source text found for
 * each (null where none was). The source is read once, and translations recorded against
 * the same base share one comparison.
 */
export function outdatedReports(
  release: Release,
  baseSources: Partial<Record<Lang, Variant | null>>,
): Partial<Record<Lang, OutdatedReport>> {
  const source = release.variants[release.sourceLang];
  if (!source) throw new Error(`release ${release.id} has no ${release.sourceLang} version`);
  const now = readSource(source);
  const shared = new Map<string, OutdatedReport>();
  const reports: Partial<Record<Lang, OutdatedReport>> = {};
  for (const translation of Object.values(release.variants)) {
    if (!translation || translation.lang === release.sourceLang) continue;
    const base = translation.sourceBase;
    const baseSource = baseSources[translation.lang] ?? null;
    const key = base
      ? [
          base.sourceLang,
          base.title,
          base.lead,
          baseSource ? base.sourceRevisionId : '',
          ...base.paragraphs,
        ].join(' ')
      : '';
    const report = shared.get(key) ?? reportAgainst(now, base, baseSource);
    shared.set(key, report);
    reports[translation.lang] = { ...report, recordedAt: base?.recordedAt ?? null };
  }
  return reports;
}

interface SourceNow {
  variant: Variant;
  texts: string[];
  fingerprints: string[];
}

function readSource(source: Variant): SourceNow {
  const texts = paragraphsOf(source.body).map((p) => p.text);
  return { variant: source, texts, fingerprints: texts.map(fingerprint) };
}

function reportAgainst(
  now: SourceNow,
  base: SourceBase | null,
  baseSource: Variant | null,
): OutdatedReport {
  const source = now.variant;
  if (!base || base.sourceLang !== source.lang) {
    return {
      state: 'untracked',
      recordedAt: null,
      baseTextKnown: false,
      title: null,
      lead: null,
      paragraphs: [],
    };
  }
  const known = baseSource !== null && baseMatches(base, baseSource) ? baseSource : null;
  const textChange = (
    recorded: string | undefined,
    current: string,
    then: string | undefined,
  ): TextChange | null =>
    recorded === undefined || recorded === fingerprint(current)
      ? null
      : { diff: then === undefined ? null : wordDiff(then, current) };
  const title = textChange(base.title, source.title, known?.title);
  const lead = textChange(base.lead, source.lead, known?.lead);
  const paragraphs = paragraphChanges(
    {
      fingerprints: base.paragraphs,
      texts: known ? paragraphsOf(known.body).map((p) => p.text) : null,
    },
    { fingerprints: now.fingerprints, texts: now.texts },
  ).filter((change): change is OutdatedReport['paragraphs'][number] => change.kind !== 'equal');
  const outdated = title !== null || lead !== null || paragraphs.length > 0;
  return {
    state: outdated ? 'outdated' : 'current',
    recordedAt: base.recordedAt,
    baseTextKnown: known !== null,
    title,
    lead,
    paragraphs,
  };
}

/**
 * Recording and comparing Variant.sourceBase: what the source looked like when a translation
 * was last brought up to date.
 */
import type { SourceBase, Variant } from '../domain';
import { fingerprint, paragraphFingerprints } from './fingerprint';

/** The fingerprints of `source` as it is now. */
export function recordSourceBase(
  source: Variant,
  recordedAt: string,
  sourceRevisionId?: string,
): SourceBase {
  const base: SourceBase = {
    sourceLang: source.lang,
    paragraphs: paragraphFingerprints(source.body),
    title: fingerprint(source.title),
    lead: fingerprint(source.lead),
    recordedAt,
  };
  return sourceRevisionId === undefined ? base : { ...base, sourceRevisionId };
}

/** True when `source` still has the text the base was recorded of (title and lead if recorded). */
export function baseMatches(base: SourceBase, source: Variant): boolean {
  if (base.sourceLang !== source.lang) return false;
  if (base.title !== undefined && base.title !== fingerprint(source.title)) return false;
  if (base.lead !== undefined && base.lead !== fingerprint(source.lead)) return false;
  const current = paragraphFingerprints(source.body);
  return (
    current.length === base.paragraphs.length && current.every((fp, i) => fp === base.paragraphs[i])
  );
}

/**
 * A release as the search index reads it: one document per language version, each a bag of
 * terms with weights. A term is a folded word, stemmed where the version's language has a
 * stemmer; a word in the title counts three times, in the lead twice. Each tag of the release
 * is a term of every version (#csto), so a tag is found from any language.
 */
import type { Release, ReleaseKind, VariantStatus } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { versionText, type VersionText } from '@shared/text/doc-text';
import { stem } from '@shared/text/stem';
import { terms } from '@shared/text/tokenize';

export const FIELD_WEIGHTS = { title: 3, lead: 2, body: 1 } as const;
export const TAG_WEIGHT = 3;
/** Weights are stored in a byte. */
export const MAX_WEIGHT = 255;

export function tagTerm(tag: string): string {
  return `#${tag}`;
}

export interface AnalyzedDoc {
  lang: Lang;
  status: VariantStatus;
  /** Number of words: BM25's document length. */
  length: number;
  text: VersionText;
  terms: Map<string, number>;
}

export interface AnalyzedRelease {
  id: string;
  rev: number;
  kind: ReleaseKind;
  date: string;
  tags: string[];
  docs: AnalyzedDoc[];
}

function addTerms(into: Map<string, number>, text: string, lang: Lang, weight: number): number {
  const words = terms(text);
  for (const word of words) {
    const term = stem(word, lang);
    into.set(term, Math.min(MAX_WEIGHT, (into.get(term) ?? 0) + weight));
  }
  return words.length;
}

export function analyzeRelease(release: Release): AnalyzedRelease {
  const docs: AnalyzedDoc[] = [];
  for (const lang of LANGS) {
    const variant = release.variants[lang];
    if (!variant) continue;
    const text = versionText(variant);
    const termWeights = new Map<string, number>();
    let length = addTerms(termWeights, text.title, lang, FIELD_WEIGHTS.title);
    length += addTerms(termWeights, text.lead, lang, FIELD_WEIGHTS.lead);
    for (const paragraph of text.body)
      length += addTerms(termWeights, paragraph, lang, FIELD_WEIGHTS.body);
    for (const tag of release.tags) termWeights.set(tagTerm(tag), TAG_WEIGHT);
    docs.push({ lang, status: variant.status, length, text, terms: termWeights });
  }
  return {
    id: release.id,
    rev: release.rev,
    kind: release.kind,
    date: release.date,
    tags: [...release.tags],
    docs,
  };
}

/**
 * Translation checks: pure functions over a release, shown in the review view and used by
 * export. A translation is compared with the source segment by segment (title, lead, each
 * paragraph paired as in pair-paragraphs.ts). Each problem is reported once, at its root: an
 * untranslated segment is not also checked for language, and text in the wrong language is
 * not also reported for every vocabulary name it lacks.
 */
import type { Release, Variant, VocabularyEntry } from '../domain';
import type { Lang } from '../languages';
import type { Pairing } from './align';
import type { Finding, Location } from './findings';
import { cognatePrefixes } from './cognates';
import { judgeLanguage } from './language-detect';
import { compareLinks, linksIn, type LinkMention } from './links';
import { checkVersionMetadata } from './metadata-checks';
import { countLetters, normaliseText } from './normalise';
import { compareNumbers, extractNumbers, type NumberMention } from './numbers';
import { pairByPosition, pairParagraphs, type PairingFeatures } from './pair-paragraphs';
import { paragraphsOf } from './paragraphs';
import { TermMatcher, type TermMention } from './terms';

/** A title, a lead or a paragraph, read once for all checks. */
export interface Segment {
  at: Location;
  text: string;
  normalised: string;
  numbers: NumberMention[];
  links: LinkMention[];
}
export interface SourceSegment extends Segment {
  named: TermMention[];
}
export interface TargetSegment extends Segment {
  present: Set<string>;
}

interface Analysed<S extends Segment> {
  lang: Lang;
  title: S;
  lead: S;
  body: S[];
}

/** Fewer letters than this and a segment identical to the source is a name or a figure. */
const MIN_LETTERS_UNTRANSLATED = 3;

function segment(at: Location, text: string, links: readonly string[], lang: Lang): Segment {
  return {
    at,
    text,
    normalised: normaliseText(text),
    numbers: extractNumbers(text, lang),
    links: linksIn({ text, links }),
  };
}

function analyse<S extends Segment>(variant: Variant, extend: (s: Segment) => S): Analysed<S> {
  const { lang } = variant;
  return {
    lang,
    title: extend(segment({ part: 'title' }, variant.title, [], lang)),
    lead: extend(segment({ part: 'lead' }, variant.lead, [], lang)),
    body: paragraphsOf(variant.body).map((p) =>
      extend(
        segment({ part: 'body', paragraph: p.index, sourceParagraph: null }, p.text, p.links, lang),
      ),
    ),
  };
}

export function analyseSource(
  variant: Variant,
  vocabulary: readonly VocabularyEntry[],
): Analysed<SourceSegment> {
  const matcher = new TermMatcher(vocabulary, variant.lang);
  return analyse(variant, (s) => ({ ...s, named: matcher.named(s.text) }));
}

export function analyseTarget(variant: Variant, matcher: TermMatcher): Analysed<TargetSegment> {
  return analyse(variant, (s) => ({ ...s, present: matcher.present(s.text) }));
}

export function checkParagraphCount(
  sourceCount: number,
  targetCount: number,
  pairs: readonly Pairing[],
): Finding | null {
  if (sourceCount === targetCount) return null;
  return {
    check: 'paragraph-count',
    sourceCount,
    targetCount,
    missing: pairs.filter((p) => p.b === null).map((p) => p.a!),
    extra: pairs.filter((p) => p.a === null).map((p) => p.b!),
  };
}

/** A title must never be empty; a lead only where the source has one. */
export function checkEmpty(target: Segment, source: Segment | null): Finding | null {
  if (target.normalised !== '') return null;
  if (target.at.part === 'lead' && (source === null || source.normalised === '')) return null;
  return { check: 'empty', at: target.at };
}

/** A version with no text at all: blocking, like an empty title (the export gate agrees). */
export function checkEmptyBody(body: readonly Segment[]): Finding | null {
  if (body.some((s) => s.normalised !== '')) return null;
  return { check: 'empty', at: { part: 'body', paragraph: 0, sourceParagraph: null } };
}

export function checkUntranslated(source: Segment, target: Segment): Finding | null {
  const same =
    target.normalised === source.normalised &&
    countLetters(target.text) >= MIN_LETTERS_UNTRANSLATED;
  return same ? { check: 'untranslated', at: target.at } : null;
}

export function checkLanguage(target: Segment, lang: Lang): Finding | null {
  const verdict = judgeLanguage(target.text, lang);
  if (verdict.fits) return null;
  const { reason, letters, looksLike } = verdict;
  return { check: 'wrong-language', at: target.at, expected: lang, reason, letters, looksLike };
}

export function checkNumbers(source: Segment, target: Segment): Finding | null {
  const { missing, extra } = compareNumbers(source.numbers, target.numbers);
  return missing.length || extra.length
    ? { check: 'numbers', at: target.at, missing, extra }
    : null;
}

/** Names in the source whose entry has names in the target language, none of which is there. */
export function checkVocabulary(
  source: SourceSegment,
  target: TargetSegment,
  targetNames: TermMatcher,
): Finding[] {
  return source.named.flatMap((mention): Finding[] => {
    const expected = targetNames.namesOf(mention.entryId);
    if (expected.length === 0 || target.present.has(mention.entryId)) return [];
    return [
      {
        check: 'vocabulary',
        at: target.at,
        entryId: mention.entryId,
        sourceText: mention.text,
        expected,
      },
    ];
  });
}

export function checkLinks(source: Segment, target: Segment): Finding | null {
  const { missing, extra } = compareLinks(source.links, target.links);
  return missing.length || extra.length ? { check: 'links', at: target.at, missing, extra } : null;
}

function checkPair(
  source: SourceSegment,
  target: TargetSegment,
  lang: Lang,
  names: TermMatcher,
): Finding[] {
  const empty = checkEmpty(target, source);
  if (empty) return [empty];
  if (target.normalised === '') return [];
  const untranslated = checkUntranslated(source, target);
  if (untranslated) return [untranslated];
  const language = checkLanguage(target, lang);
  const findings = [language, checkNumbers(source, target)];
  if (!language) findings.push(...checkVocabulary(source, target, names));
  findings.push(checkLinks(source, target));
  return findings.filter((f): f is Finding => f !== null);
}

function features(segment: Segment, entries: string[]): PairingFeatures {
  return {
    size: segment.normalised.match(/[\p{L}\p{N}]/gu)?.length ?? 0,
    numbers: segment.numbers.map((n) => (n.kind === 'number' ? n.values[0]! : n.value)),
    entries,
    cognates: cognatePrefixes(segment.text),
  };
}

/** Every finding for one translation against its analysed source. */
export function checkTranslation(
  source: Analysed<SourceSegment>,
  target: Variant,
  vocabulary: readonly VocabularyEntry[],
): Finding[] {
  const names = new TermMatcher(vocabulary, target.lang);
  const analysed = analyseTarget(target, names);
  // Features for pairing are read only when the counts differ.
  const pairs =
    source.body.length === analysed.body.length
      ? pairByPosition(source.body.length)
      : pairParagraphs(
          source.body.map((s) =>
            features(
              s,
              s.named.map((m) => m.entryId),
            ),
          ),
          analysed.body.map((t) => features(t, [...t.present])),
        );
  const findings: Finding[] = [];
  const count = checkParagraphCount(source.body.length, analysed.body.length, pairs);
  if (count) findings.push(count);
  findings.push(...checkPair(source.title, analysed.title, target.lang, names));
  findings.push(...checkPair(source.lead, analysed.lead, target.lang, names));
  for (const { a, b } of pairs) {
    if (b === null) continue;
    const paragraph = analysed.body[b]!;
    if (a === null) {
      const language = checkLanguage(paragraph, target.lang);
      if (language) findings.push(language);
      continue;
    }
    const at: Location = { part: 'body', paragraph: b, sourceParagraph: a };
    findings.push(...checkPair(source.body[a]!, { ...paragraph, at }, target.lang, names));
  }
  const emptyBody = checkEmptyBody(analysed.body);
  if (emptyBody && !findings.some((f) => f.check === 'empty' && f.at.part === 'body'))
    findings.push(emptyBody);
  return findings;
}

/** The checks a source version gets: a title, and text in its own language. */
export function checkSourceVersion(source: Variant): Finding[] {
  const analysed = analyse(source, (s) => s);
  const findings = [checkEmpty(analysed.title, null), checkEmptyBody(analysed.body)];
  for (const s of [analysed.title, analysed.lead, ...analysed.body])
    findings.push(checkLanguage(s, source.lang));
  return findings.filter((f): f is Finding => f !== null);
}

function versionOf(release: Release, lang: Lang): Variant {
  const variant = release.variants[lang];
  if (!variant) throw new Error(`release ${release.id} has no ${lang} version`);
  return variant;
}

export function runChecks(
  release: Release,
  lang: Lang,
  vocabulary: readonly VocabularyEntry[],
): Finding[] {
  const target = versionOf(release, lang);
  const source = versionOf(release, release.sourceLang);
  const text =
    lang === release.sourceLang
      ? checkSourceVersion(source)
      : checkTranslation(analyseSource(source, vocabulary), target, vocabulary);
  return [...text, ...checkVersionMetadata(release, lang)];
}

/** runChecks for every version of the release, reading the source once. */
export function runAllChecks(
  release: Release,
  vocabulary: readonly VocabularyEntry[],
): Partial<Record<Lang, Finding[]>> {
  const source = versionOf(release, release.sourceLang);
  const analysed = analyseSource(source, vocabulary);
  const result: Partial<Record<Lang, Finding[]>> = {};
  for (const variant of Object.values(release.variants)) {
    if (!variant) continue;
    const text =
      variant.lang === release.sourceLang
        ? checkSourceVersion(source)
        : checkTranslation(analysed, variant, vocabulary);
    result[variant.lang] = [...text, ...checkVersionMetadata(release, variant.lang)];
  }
  return result;
}

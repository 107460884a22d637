/**
 * The translation units of one language version of a release: its title, its lead and each
 * body paragraph, with the source text, the target text as it is now, and the notes a
 * translator needs (open comments, the vocabulary's names for the terms the source uses).
 *
 * Unit ids are stable: `title`, `lead`, and `p-<fingerprint>` for a body paragraph (with
 * `-2`, `-3` … for a repeated paragraph), so an unchanged paragraph keeps its id whatever
 * is inserted before it, and an edited one gets a new id, which is how import tells that
 * the source changed since the export.
 */
import type { Release, Variant, VocabularyEntry } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { fingerprint } from '@shared/review/fingerprint';
import { TermMatcher } from '@shared/review/terms';
import { bodyUnits, type BodyUnit } from './body-units';
import { textInline, type Inline } from './inline';

export interface UnitNote {
  category: 'comment' | 'term';
  from?: string;
  text: string;
}

export type UnitPlace = { field: 'title' } | { field: 'lead' } | { field: 'body'; index: number };

export interface TranslationUnit {
  id: string;
  /** `title`, `lead` or `body.<index>`: where the unit was when exported. */
  name: string;
  place: UnitPlace;
  source: Inline[];
  sourceText: string;
  /** The target as it is now; empty when there is none or it cannot be paired with the source. */
  target: Inline[];
  targetText: string;
  notes: UnitNote[];
}

export function placeName(place: UnitPlace): string {
  return place.field === 'body' ? `body.${place.index}` : place.field;
}

/** Body unit ids of a source body, in order. */
export function bodyUnitIds(units: readonly BodyUnit[]): string[] {
  const seen = new Map<string, number>();
  return units.map((unit) => {
    const fp = fingerprint(unit.text);
    const n = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, n);
    return n === 1 ? `p-${fp}` : `p-${fp}-${n}`;
  });
}

/**
 * The target's body units paired with the source's by position, or null when the counts
 * differ: then no target paragraph can be said to render a given source paragraph.
 */
export function pairedTargetUnits(
  sourceUnits: readonly BodyUnit[],
  target: Variant | undefined,
): (BodyUnit | undefined)[] | null {
  if (!target) return sourceUnits.map(() => undefined);
  const units = bodyUnits(target.body);
  if (units.length === 0) return sourceUnits.map(() => undefined);
  return units.length === sourceUnits.length ? units : null;
}

export function translationUnits(
  release: Release,
  targetLang: Lang,
  vocabulary: readonly VocabularyEntry[],
): TranslationUnit[] {
  const source = release.variants[release.sourceLang];
  if (!source) throw new Error(`release ${release.id} has no source version`);
  const target = release.variants[targetLang];
  const terms = termNotes(vocabulary, release.sourceLang, targetLang);
  const units: TranslationUnit[] = [];
  const push = (
    id: string,
    place: UnitPlace,
    sourceInline: Inline[],
    sourceText: string,
    targetInline: Inline[],
    targetText: string,
    comments: UnitNote[],
  ): void => {
    units.push({
      id,
      name: placeName(place),
      place,
      source: sourceInline,
      sourceText,
      target: targetInline,
      targetText,
      notes: [...comments, ...terms(sourceText)],
    });
  };
  if (source.title !== '')
    push('title', { field: 'title' }, textInline(source.title), source.title, textInline(target?.title ?? ''), target?.title ?? '', []);
  if (source.lead !== '')
    push('lead', { field: 'lead' }, textInline(source.lead), source.lead, textInline(target?.lead ?? ''), target?.lead ?? '', []);
  const sourceUnits = bodyUnits(source.body);
  const ids = bodyUnitIds(sourceUnits);
  const paired = pairedTargetUnits(sourceUnits, target);
  sourceUnits.forEach((unit, i) => {
    const t = paired?.[i];
    push(ids[i]!, { field: 'body', index: unit.index }, unit.inline, unit.text, t?.inline ?? [], t?.text ?? '', commentNotes(release, targetLang, unit.index));
  });
  return units;
}

/** Open comments anchored to the paragraph, in the source or in this translation. */
function commentNotes(release: Release, targetLang: Lang, index: number): UnitNote[] {
  return release.comments
    .filter(
      (c) =>
        c.resolvedAt === null &&
        c.paragraph === index &&
        (c.lang === release.sourceLang || c.lang === targetLang),
    )
    .map((c) => ({ category: 'comment', from: c.author || undefined, text: c.text }));
}

/** "Source name → target name" for each vocabulary entry the source text names. */
function termNotes(
  vocabulary: readonly VocabularyEntry[],
  sourceLang: Lang,
  targetLang: Lang,
): (text: string) => UnitNote[] {
  const matcher = new TermMatcher(vocabulary, sourceLang);
  const labels = new Map(vocabulary.map((entry) => [entry.id, entry.labels[targetLang]]));
  return (text) =>
    matcher.named(text).flatMap((mention): UnitNote[] => {
      const label = labels.get(mention.entryId);
      return label ? [{ category: 'term', text: `${mention.text} → ${label}` }] : [];
    });
}

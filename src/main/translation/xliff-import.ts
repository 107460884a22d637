/**
 * Bringing a translated XLIFF file back into the library. Units are matched by id (a body
 * paragraph whose id is gone, because its source was edited since the export, is found by
 * its position and flagged). What the file would write over a target that was edited after
 * the export is not imported unless the caller names it in `overwrite`: the report says which
 * units those are, with both texts, so the user can choose. The version's previous text is
 * kept as a checkpoint revision before anything is written.
 *
 * The translation's sourceBase records, for a unit whose source changed since the export,
 * the fingerprint of the source the translator saw: the outdated report then shows exactly
 * those paragraphs as behind their source.
 */
import type { Release, SourceBase, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { fingerprint } from '@shared/review/fingerprint';
import { recordSourceBase } from '@shared/review/source-base';
import { AppError } from '../errors';
import type { ReviewContext } from '../review/context';
import { versionOf, withVersion } from '../review/context';
import { addLanguageVersion } from '../review/language-versions';
import { record } from '../review/revisions';
import { saveEdited } from '../review/save';
import { currentSourceRevision } from '../review/source-revision';
import { bodyUnits, replaceUnits } from './body-units';
import { nodesOf, plainText, type Inline } from './inline';
import { pairedTargetUnits, translationUnits, type TranslationUnit, type UnitPlace } from './units';
import { readXliff, type ImportedFile, type ImportedUnit } from './xliff-read';

export type UnitOutcome =
  /** Written into the version. */
  | 'imported'
  /** Written, but the source paragraph changed since the export: it reads as outdated. */
  | 'imported-source-changed'
  /** The file holds what the version already has. */
  | 'unchanged'
  /** Not written: the version's text was edited after the export (name it in `overwrite`). */
  | 'target-newer'
  /** The file has no translation for it. */
  | 'untranslated'
  /** The release has no such unit any more. */
  | 'unknown';

export interface UnitReport {
  id: string;
  /** `title`, `lead` or `body.<index>` in the release as it is now; null for an unknown unit. */
  place: string | null;
  outcome: UnitOutcome;
  /** For target-newer: the text in the library and the text in the file. */
  current?: string;
  imported?: string;
}

export interface FileReport {
  releaseId: string;
  lang: Lang;
  units: UnitReport[];
  /** The release's revision after the import, or null when nothing was written. */
  savedRev: number | null;
}

export interface XliffImportOptions {
  /** Unit ids (or 'all') whose newer text in the library the file may replace. */
  overwrite?: readonly string[] | 'all';
  /** Report what would happen without writing anything. */
  dryRun?: boolean;
}

export async function importXliff(
  ctx: ReviewContext,
  xml: string,
  options: XliffImportOptions = {},
): Promise<FileReport[]> {
  const doc = readXliff(xml);
  const reports: FileReport[] = [];
  for (const file of doc.files) {
    const release = await ctx.library.getRelease(file.releaseId);
    if (release.sourceLang !== doc.sourceLang)
      throw new AppError('invalid-input', `XLIFF: release ${release.id} is written in ${release.sourceLang}, the file translates from ${doc.sourceLang}`);
    if (doc.targetLang === release.sourceLang)
      throw new AppError('invalid-input', `XLIFF: ${doc.targetLang} is the source language of release ${release.id}`);
    reports.push(await importFile(ctx, release, doc.targetLang, file, options));
  }
  return reports;
}

interface Match {
  unit: TranslationUnit;
  imported: ImportedUnit;
  tree: Inline[];
  sourceChanged: boolean;
}

function placeKey(place: UnitPlace): string {
  return place.field === 'body' ? `body.${place.index}` : place.field;
}

async function importFile(
  ctx: ReviewContext,
  release: Release,
  lang: Lang,
  file: ImportedFile,
  options: XliffImportOptions,
): Promise<FileReport> {
  const current = translationUnits(release, lang, []);
  const byId = new Map(current.map((u) => [u.id, u]));
  const byPlace = new Map(current.map((u) => [placeKey(u.place), u]));
  const source = versionOf(release, release.sourceLang);
  const sourceUnits = bodyUnits(source.body);
  const target = release.variants[lang];
  // A target whose paragraphs cannot be paired with the source's: every body paragraph in it
  // counts as text the file would replace.
  const unpaired = pairedTargetUnits(sourceUnits, target) === null;
  const overwrite = (id: string): boolean => options.overwrite === 'all' || (options.overwrite?.includes(id) ?? false);

  const units: UnitReport[] = [];
  const matches: Match[] = [];
  // Ids first; a unit whose id is gone then takes the position it was exported from, if no
  // unit of the file claimed that paragraph by id.
  const claimed = new Set(file.units.filter((u) => byId.has(u.id)).map((u) => u.id));
  const matched = new Map<ImportedUnit, TranslationUnit>();
  for (const imported of file.units) {
    const exact = byId.get(imported.id);
    if (exact) matched.set(imported, exact);
    else {
      const moved = imported.name === null ? undefined : byPlace.get(imported.name);
      if (moved && !claimed.has(moved.id)) {
        claimed.add(moved.id);
        matched.set(imported, moved);
      }
    }
  }
  for (const imported of file.units) {
    const unit = matched.get(imported);
    if (!unit) {
      units.push({ id: imported.id, place: null, outcome: 'unknown' });
      continue;
    }
    const place = placeKey(unit.place);
    const tree = imported.target ?? [];
    const text = plainText(tree);
    if (text.trim() === '') {
      units.push({ id: imported.id, place, outcome: 'untranslated' });
      continue;
    }
    const sourceChanged = fingerprint(imported.sourceText) !== fingerprint(unit.sourceText);
    const now = unit.place.field === 'body' && unpaired ? bodyTextOf(target) : unit.targetText;
    if (fingerprint(text) === fingerprint(unit.targetText) && !(unit.place.field === 'body' && unpaired)) {
      units.push({ id: imported.id, place, outcome: 'unchanged' });
      continue;
    }
    const editedSinceExport = now.trim() !== '' && (unpaired && unit.place.field === 'body' ? true : imported.targetAtExport !== fingerprint(now));
    if (editedSinceExport && !overwrite(imported.id)) {
      units.push({ id: imported.id, place, outcome: 'target-newer', current: now, imported: text });
      continue;
    }
    units.push({ id: imported.id, place, outcome: sourceChanged ? 'imported-source-changed' : 'imported' });
    matches.push({ unit, imported, tree, sourceChanged });
  }
  if (options.dryRun || matches.length === 0) return { releaseId: release.id, lang, units, savedRev: null };
  const savedRev = await write(ctx, release, lang, matches);
  return { releaseId: release.id, lang, units, savedRev };
}

function bodyTextOf(variant: Variant | undefined): string {
  return variant ? bodyUnits(variant.body).map((u) => u.text).join('\n') : '';
}

async function write(ctx: ReviewContext, stored: Release, lang: Lang, matches: readonly Match[]): Promise<number> {
  let release = stored;
  if (!release.variants[lang]) release = await addLanguageVersion(ctx, { id: release.id, rev: release.rev }, lang, 'empty');
  else await record(ctx, release, lang, 'checkpoint');
  const source = versionOf(release, release.sourceLang);
  const target = versionOf(release, lang);
  const sourceUnits = bodyUnits(source.body);
  const paired = pairedTargetUnits(sourceUnits, target);

  let { title, lead, body } = target;
  const bodyContent = new Map<number, ReturnType<typeof nodesOf>>();
  for (const match of matches) {
    const place = match.unit.place;
    if (place.field === 'title') title = plainText(match.tree).replace(/\s+/g, ' ').trim();
    else if (place.field === 'lead') lead = plainText(match.tree).replace(/\s+/g, ' ').trim();
    else bodyContent.set(place.index, nodesOf(match.tree));
  }
  if (bodyContent.size > 0) {
    // Paragraphs the file does not replace keep the version's text where it pairs with the
    // source, else the source's (flagged as untranslated by the checks).
    for (const unit of sourceUnits) {
      if (bodyContent.has(unit.index)) continue;
      const kept = paired?.[unit.index];
      bodyContent.set(unit.index, nodesOf(kept ? kept.inline : unit.inline));
    }
    body = replaceUnits(source.body, sourceUnits, bodyContent);
  }
  const saved = await saveEdited(ctx, withVersion(release, { ...target, title, lead, body }));
  const revision = await currentSourceRevision(ctx, saved);
  const sourceBase = baseAfterImport(source, target.sourceBase, matches, ctx.now().toISOString(), revision.id);
  const final = await ctx.library.saveRelease(withVersion(saved, { ...versionOf(saved, lang), sourceBase }));
  return final.rev;
}

/**
 * The source as it is now, except where a unit was translated from an older source text:
 * there the fingerprint of the text the translator saw. Units the import did not touch keep
 * what the previous base said of them, when it can be lined up with the source.
 */
function baseAfterImport(
  source: Variant,
  previous: SourceBase | null,
  matches: readonly Match[],
  at: string,
  revisionId: string,
): SourceBase {
  const base = recordSourceBase(source, at, revisionId);
  const old = previous && previous.sourceLang === source.lang ? previous : null;
  const touched = new Set(matches.map((m) => placeKey(m.unit.place)));
  const paragraphs = base.paragraphs.map((fp, i) =>
    !touched.has(`body.${i}`) && old && old.paragraphs.length === base.paragraphs.length ? old.paragraphs[i]! : fp,
  );
  let { title, lead } = base;
  if (!touched.has('title') && old?.title !== undefined) title = old.title;
  if (!touched.has('lead') && old?.lead !== undefined) lead = old.lead;
  for (const match of matches) {
    if (!match.sourceChanged) continue;
    const was = fingerprint(match.imported.sourceText);
    const place = match.unit.place;
    if (place.field === 'title') title = was;
    else if (place.field === 'lead') lead = was;
    else paragraphs[place.index] = was;
  }
  return { ...base, paragraphs, title, lead };
}

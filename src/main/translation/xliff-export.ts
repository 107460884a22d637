/** Exporting one language version of one or several releases as an XLIFF file for a translator. */
import type { Lang } from '@shared/languages';
import { AppError } from '../errors';
import type { ReviewContext } from '../review/context';
import { translationUnits } from './units';
import { writeXliff, type XliffVersion } from './xliff-write';

export interface XliffExportInput {
  releaseIds: readonly string[];
  targetLang: Lang;
  version: XliffVersion;
}

export async function exportXliff(ctx: ReviewContext, input: XliffExportInput): Promise<string> {
  if (input.releaseIds.length === 0) throw new AppError('invalid-input', 'releaseIds: name at least one release');
  const releases = [];
  for (const id of input.releaseIds) releases.push(await ctx.library.getRelease(id));
  const sourceLang = releases[0]!.sourceLang;
  for (const release of releases) {
    // One XLIFF document has one source and one target language.
    if (release.sourceLang !== sourceLang)
      throw new AppError('invalid-input', `releaseIds: ${release.id} is written in ${release.sourceLang}, ${releases[0]!.id} in ${sourceLang}; export them separately`);
    if (release.sourceLang === input.targetLang)
      throw new AppError('invalid-input', `targetLang: ${input.targetLang} is the source language of ${release.id}`);
  }
  const vocabulary = ctx.library.listVocabulary();
  return writeXliff({
    version: input.version,
    sourceLang,
    targetLang: input.targetLang,
    exportedAt: ctx.now().toISOString(),
    files: releases.map((release) => ({
      releaseId: release.id,
      releaseRev: release.rev,
      units: translationUnits(release, input.targetLang, vocabulary),
    })),
  });
}

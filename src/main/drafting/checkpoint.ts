import { randomBytes } from 'node:crypto';
import type { Revision } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { AppError } from '../errors';
import type { LibraryApi } from '../library/library-api';

/**
 * Ctrl/Cmd+S: records the stored text of one language version as a revision the user chose
 * to keep. The renderer saves pending edits first, so the checkpoint holds what is on screen.
 */
export async function createCheckpoint(
  library: LibraryApi,
  releaseId: string,
  lang: Lang,
  now: Date = new Date(),
): Promise<Revision> {
  const release = await library.getRelease(releaseId);
  const variant = release.variants[lang];
  if (!variant) throw new AppError('not-found', `release ${releaseId} has no ${lang} version`);
  const revision: Revision = {
    id: `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`,
    releaseId,
    lang,
    reason: 'checkpoint',
    createdAt: now.toISOString(),
    author: library.getSettings().userName,
    releaseRev: release.rev,
    variant,
  };
  await library.appendRevision(revision);
  return revision;
}

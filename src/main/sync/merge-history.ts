/**
 * Nothing is ever lost in a team merge: both edits a merge of one language version took in go
 * into the library's revision history, on every library — the merge's revision carries them
 * (`sides`), and a revision's id is derived from the merge's, so a library that meets the same
 * merge twice (a sync that stopped half way) records it once.
 */
import { createHash } from 'node:crypto';
import type { Release, Revision } from '@shared/domain';
import type { LibraryApi } from '../library/library-api';
import type { VariantBody } from './document-mapping';

/** A version's document as imported: its replica revision and body. */
export interface ImportedVariant {
  rev: string;
  body: VariantBody;
}

export async function recordMergeSides(
  library: LibraryApi,
  release: Release,
  merges: readonly ImportedVariant[],
): Promise<void> {
  const withSides = merges.filter((merge) => merge.body.sides?.length);
  if (withSides.length === 0) return;
  const known = new Set((await library.listRevisions(release.id)).map((revision) => revision.id));
  for (const { rev, body } of withSides) {
    for (const [index, side] of body.sides!.entries()) {
      const id = `sync-${createHash('md5').update(`${rev}\n${index}`).digest('hex').slice(0, 24)}`;
      if (known.has(id)) continue;
      const revision: Revision = {
        id,
        releaseId: release.id,
        lang: side.variant.lang,
        reason: 'sync-side',
        createdAt: side.variant.updatedAt,
        author: side.editor.name,
        releaseRev: release.rev,
        variant: side.variant,
      };
      await library.appendRevision(revision);
    }
  }
}

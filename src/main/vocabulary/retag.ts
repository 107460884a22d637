/** Changing the tags of releases, as saves, for merging and deleting vocabulary entries. */
import { AppError } from '../errors';
import type { LibraryApi } from '../library/library-api';

/** A save that meets a newer revision reads the release again, this many times at most. */
const ATTEMPTS = 3;

function isCode(error: unknown, code: string): boolean {
  return error instanceof AppError && error.code === code;
}

/**
 * Sets each release's tags to what `change` makes of its current ones, as a save (rev + 1,
 * so the list, the search index and any open editor see it). A release deleted meanwhile is
 * skipped. Returns the number of releases changed.
 */
export async function retagReleases(
  library: LibraryApi,
  ids: readonly string[],
  change: (tags: readonly string[]) => string[],
): Promise<number> {
  let changed = 0;
  for (const id of ids) {
    for (let attempt = 1; ; attempt += 1) {
      let release;
      try {
        release = await library.getRelease(id);
      } catch (error) {
        if (isCode(error, 'not-found')) break;
        throw error;
      }
      const tags = change(release.tags);
      if (tags.length === release.tags.length && tags.every((tag, i) => tag === release.tags[i]))
        break;
      try {
        await library.saveRelease({ ...release, tags });
        changed += 1;
        break;
      } catch (error) {
        if (!isCode(error, 'conflict') || attempt === ATTEMPTS) throw error;
      }
    }
  }
  return changed;
}

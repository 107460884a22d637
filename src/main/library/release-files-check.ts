/**
 * The background check after open: every release file is compared with its index row by size
 * and mtime, and the ones that differ (edited by hand, restored from a backup, damaged) are
 * re-read; files the index does not know are indexed, rows whose files are gone are dropped.
 * It runs after open so that a large library lists at once.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFile, removeIfOlder } from './library-folder';
import type { ReleaseStore } from './release-store';

/** Releases checked between two yields to the event loop, so requests are served meanwhile. */
const CHECKS_PER_TURN = 500;

export async function checkReleaseFiles(
  libraryDir: string,
  releases: ReleaseStore,
  isClosed: () => boolean,
): Promise<void> {
  // Temp files written since open belong to saves in flight; only older ones are leftovers.
  const openedAt = Date.now();
  const folder = join(libraryDir, 'releases');
  const seen = new Set<string>();
  let checked = 0;
  for (const name of await readdir(folder)) {
    if (isClosed()) return;
    if (isTempFile(name)) await removeIfOlder(join(folder, name), openedAt);
    if (!name.endsWith('.json')) continue;
    const id = name.slice(0, -'.json'.length);
    seen.add(id);
    const row = releases.index.row(id);
    const current = await stat(join(folder, name)).catch(() => null);
    if (!current) continue;
    if (!row || row.file.size !== current.size || row.file.mtimeMs !== current.mtimeMs) {
      await releases.reindex(id);
    }
    if (++checked % CHECKS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  for (const id of releases.index.ids()) {
    if (!seen.has(id)) await releases.reindex(id);
  }
}

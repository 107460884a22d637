/**
 * Opening the release index: the logs in index/ when they are readable, otherwise an index
 * rebuilt from every file in releases/ (after a migration, when index/ is missing, or when it is
 * damaged, in which case its files are quarantined first).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quarantine } from './quarantine';
import { readReleaseFile } from './release-file';
import { ReleaseIndex, type IndexEntry } from './release-index';
import { summarize } from './summary';
import { CorruptFileError } from './validated-json-file';

export interface OpenedIndex {
  index: ReleaseIndex;
  /** Releases whose file replacement was begun but not recorded: re-read them. */
  unfinished: string[];
}

export async function openReleaseIndex(
  libraryDir: string,
  quarantine: Quarantine,
  { rebuild }: { rebuild: boolean },
): Promise<OpenedIndex> {
  const indexDir = join(libraryDir, 'index');
  const loaded = rebuild ? ({ state: 'missing' } as const) : await ReleaseIndex.load(indexDir);
  if (loaded.state === 'ok') return { index: loaded.index, unfinished: loaded.unfinished };
  if (loaded.state === 'corrupt') {
    for (const name of await readdir(indexDir)) {
      await quarantine.add(join(indexDir, name), `${loaded.reason}; the index was rebuilt from releases/`);
    }
  }
  return { index: await ReleaseIndex.create(indexDir, await scanReleases(libraryDir, quarantine)), unfinished: [] };
}

/** Reads every release file; unreadable ones go to quarantine. */
async function scanReleases(libraryDir: string, quarantine: Quarantine): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  const folder = join(libraryDir, 'releases');
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.json')) continue;
    const path = join(folder, name);
    try {
      const file = await readReleaseFile(path, quarantine);
      if (!file) continue;
      if (`${file.release.id}.json` !== name) {
        throw new CorruptFileError(path, `holds release ${file.release.id}, not ${name.slice(0, -5)}`);
      }
      const { size, mtimeMs } = await stat(path);
      entries.push({ summary: summarize(file.release), file: { size, mtimeMs } });
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await quarantine.add(path, error.reason);
    }
  }
  return entries;
}

import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION, type Release } from '@shared/domain';
import { Library } from '../src/main/library/library';
import { ReleaseIndex } from '../src/main/library/release-index';
import { summarize } from '../src/main/library/summary';
import { SYNTHETIC_AT, syntheticRelease } from './synthetic';

/** Writes the files directly (no fsync): setting up is not what is measured. */
export async function buildLibrary(
  dir: string,
  size: number,
  make: (index: number) => Release = (index) => syntheticRelease(index, SYNTHETIC_AT),
): Promise<void> {
  const open = await Library.open(dir);
  await open.close();
  const entries = [];
  for (let start = 0; start < size; start += 500) {
    const batch = Array.from({ length: Math.min(500, size - start) }, (_, i) => make(start + i));
    await Promise.all(
      batch.map((release) =>
        writeFile(join(dir, 'releases', `${release.id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, release })),
      ),
    );
    for (const release of batch) {
      const { size: bytes, mtimeMs } = await stat(join(dir, 'releases', `${release.id}.json`));
      entries.push({ summary: summarize(release), file: { size: bytes, mtimeMs } });
    }
  }
  await (await ReleaseIndex.create(join(dir, 'index'), entries)).close();
}


import { releaseFileSchema, type ReleaseFile } from '@shared/domain';
import { writeFileDurably } from './durable-write';
import type { Quarantine } from './quarantine';
import { repairReleaseFileJson } from './release-repair';
import { ValidatedJsonFile } from './validated-json-file';

/**
 * Reads releases/<id>.json, validated. A file that only needed a repair (see release-repair.ts)
 * is repaired in place, its original copied to quarantine/ with a report line saying what
 * changed. Throws CorruptFileError for a file that cannot be used; null when it does not exist.
 */
export async function readReleaseFile(
  path: string,
  quarantine: Quarantine,
): Promise<ReleaseFile | null> {
  const adapter = new ValidatedJsonFile(path, releaseFileSchema, repairReleaseFileJson);
  const file = await adapter.read();
  if (file && adapter.repairs.length > 0) {
    await quarantine.addCopy(path, `${adapter.repairs.join('; ')}; repaired in place`);
    await writeFileDurably(path, JSON.stringify(file));
  }
  return file;
}

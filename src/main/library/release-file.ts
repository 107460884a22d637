/**
 * The one reader and writer of releases/<id>.json ({schemaVersion, release}), through lowdb
 * with the validating, durable adapter. Migrations read old shapes raw (readJsonFile).
 */
import { Low, type Adapter } from 'lowdb';
import { releaseFileSchema, type Release, type ReleaseFile } from '@shared/domain';
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
  // null stands for "no such file"; Low never writes null data, so the widened adapter is safe.
  const db = new Low<ReleaseFile | null>(adapter as Adapter<ReleaseFile | null>, null);
  await db.read();
  if (db.data && adapter.repairs.length > 0) {
    await quarantine.addCopy(path, `${adapter.repairs.join('; ')}; repaired in place`);
    await db.write();
  }
  return db.data;
}

/** Replaces releases/<id>.json durably (a crash leaves the old file or the new one). */
export async function writeReleaseFile(path: string, schemaVersion: number, release: Release): Promise<void> {
  await new Low<ReleaseFile>(new ValidatedJsonFile(path, releaseFileSchema), { schemaVersion, release }).write();
}

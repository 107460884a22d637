import { cp, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibraryInfo } from '@shared/contract';
import { AppError } from '../errors';
import { writeFileDurably } from './durable-write';
import { readRevisionLines } from './revision-log';
import { CorruptFileError, readJsonFile } from './validated-json-file';

/**
 * One step of the on-disk format. Steps transform raw JSON (before validation against the
 * current schemas) so they can describe any old shape. Each file carries its own
 * schemaVersion, so a migration interrupted half-way resumes file by file on the next open.
 */
export interface Migration {
  from: number;
  to: number;
  library?: (file: Record<string, unknown>) => Record<string, unknown>;
  release?: (file: Record<string, unknown>) => Record<string, unknown>;
  revision?: (line: Record<string, unknown>) => Record<string, unknown>;
}

/** The app's migrations, oldest first. Version 1 is the first released format. */
export const MIGRATIONS: Migration[] = [];

/**
 * Brings a library at schema `version` (null: a new library) up to `target`: refuses a newer
 * one untouched, backs an older one up and migrates it. Returns where it came from, if it was
 * migrated.
 */
export async function migrateIfOlder(
  dir: string,
  version: number | null,
  { target, migrations, now }: { target: number; migrations: Migration[]; now: () => Date },
): Promise<LibraryInfo['migratedFrom']> {
  if (version === null || version === target) return null;
  if (version > target) throw new AppError('newer-schema', `schema ${version}, this app reads up to ${target}`);
  const steps = migrationPath(migrations, version, target);
  const backup = await backupBeforeMigration(dir, version, now());
  await migrateFiles(dir, steps, target);
  return { version, backup };
}

/** The steps that take a file from `version` to `target`, or an error if there is a gap. */
export function migrationPath(migrations: Migration[], version: number, target: number): Migration[] {
  const steps: Migration[] = [];
  let at = version;
  while (at < target) {
    const step = migrations.find((m) => m.from === at);
    if (!step || step.to <= at) throw new Error(`no migration from schema version ${at}`);
    steps.push(step);
    at = step.to;
  }
  return steps;
}

export function applySteps(
  value: Record<string, unknown>,
  steps: Migration[],
  kind: 'library' | 'release' | 'revision',
): Record<string, unknown> {
  let current = value;
  for (const step of steps) {
    const transform = step[kind];
    current = { ...(transform ? transform(current) : current), schemaVersion: step.to };
  }
  return current;
}

/**
 * Copies everything a migration may touch into backups/<stamp>-v<from>/ before any file is
 * changed; returns the backup's path relative to the library.
 */
export async function backupBeforeMigration(
  libraryDir: string,
  fromVersion: number,
  now: Date,
): Promise<string> {
  const name = `${now.toISOString().replace(/[:.]/g, '-')}-v${fromVersion}`;
  const target = join(libraryDir, 'backups', name);
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(libraryDir)) {
    // Derived data (the indexes) is rebuilt after a migration, not backed up.
    if (['backups', 'quarantine', 'index', 'search'].includes(entry)) continue;
    await cp(join(libraryDir, entry), join(target, entry), { recursive: true });
  }
  return join('backups', name);
}

type JsonObject = Record<string, unknown>;

function isJsonObject(json: unknown): json is JsonObject {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/** The file's JSON, or null when it cannot be read: it is left for the open to quarantine. */
async function readForMigration<T>(path: string, read: (path: string) => Promise<T>): Promise<T | null> {
  try {
    return await read(path);
  } catch (error) {
    if (error instanceof CorruptFileError) return null;
    throw error;
  }
}

function stepsFor(json: JsonObject, steps: Migration[], target: number): Migration[] {
  const version = typeof json.schemaVersion === 'number' ? json.schemaVersion : target;
  return steps.filter((s) => s.from >= version);
}

/**
 * Rewrites every file that is older than `target`, reading each through the same reader the
 * library uses for its format, so what the library tolerates (a torn last revision line) a
 * migration tolerates too. library.json goes last, as the commit point.
 */
export async function migrateFiles(dir: string, steps: Migration[], target: number): Promise<void> {
  const releasesDir = join(dir, 'releases');
  for (const name of await readdir(releasesDir)) {
    if (!name.endsWith('.json')) continue;
    const path = join(releasesDir, name);
    const json = await readForMigration(path, readJsonFile);
    if (!isJsonObject(json)) continue;
    const fileSteps = stepsFor(json, steps, target);
    if (fileSteps.length === 0) continue;
    await writeFileDurably(path, JSON.stringify(applySteps(json, fileSteps, 'release')));
  }
  const revisionsDir = join(dir, 'revisions');
  for (const name of await readdir(revisionsDir)) {
    const path = join(revisionsDir, name);
    const lines = (await readForMigration(path, readRevisionLines))?.map((line) => line.json);
    if (!lines?.every(isJsonObject)) continue;
    // The torn last line, if any, was never acknowledged; it is not carried over.
    const migrated = lines.map((json) => JSON.stringify(applySteps(json, stepsFor(json, steps, target), 'revision')));
    await writeFileDurably(path, migrated.length ? `${migrated.join('\n')}\n` : '');
  }
  const libraryPath = join(dir, 'library.json');
  const library = await readJsonFile(libraryPath);
  if (!isJsonObject(library)) throw new CorruptFileError(libraryPath, 'not a JSON object');
  await writeFileDurably(libraryPath, JSON.stringify(applySteps(library, steps, 'library')));
}

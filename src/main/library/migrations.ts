import { cp, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

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

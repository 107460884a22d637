import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh, empty library folder; `remove` deletes it. */
export async function makeTempLibrary(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'press-office-e2e-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

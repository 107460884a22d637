import { chmod, cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './paths';

/** What the built main process imports from node_modules (external in electron.vite.config.ts). */
const EXTERNAL_PACKAGES = ['playwright-core'];

/** A copy of the build that any user can run; `remove` deletes it. */
export interface BuildCopy {
  dir: string;
  hostScript: string;
  remove(): Promise<void>;
}

/** Fails, naming the folder, when some folder above `path` is closed to other users. */
async function assertOthersCanReach(path: string, what: string): Promise<void> {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `${what} ${path} is out of reach of other users: ${dir} is not searchable by them`,
      );
    }
    if (dirname(dir) === dir) return;
  }
}

async function openToEveryone(path: string): Promise<void> {
  const info = await stat(path);
  await chmod(path, info.mode | (info.isDirectory() ? 0o755 : 0o644));
  if (!info.isDirectory()) return;
  for (const name of await readdir(path)) await openToEveryone(join(path, name));
}

/**
 * Copies out/, package.json (which makes its .js files ES modules) and the packages the build
 * leaves external into a fresh temporary
 * folder readable by every user, for a host run as another user. The checkout may sit where
 * that user cannot enter (a clone under /root, or inside a 0700 temporary folder): Node then
 * reports the host script as missing (MODULE_NOT_FOUND) although it is there.
 */
export async function copyBuildForAnyUser(): Promise<BuildCopy> {
  await assertOthersCanReach(process.execPath, 'Node');
  const dir = await mkdtemp(join(tmpdir(), 'press-office-build-'));
  try {
    await cp(join(REPO_ROOT, 'out'), join(dir, 'out'), { recursive: true });
    await cp(join(REPO_ROOT, 'package.json'), join(dir, 'package.json'));
    for (const name of EXTERNAL_PACKAGES) {
      await cp(join(REPO_ROOT, 'node_modules', name), join(dir, 'node_modules', name), {
        recursive: true,
      });
    }
    await openToEveryone(dir);
    await assertOthersCanReach(join(dir, 'out'), 'the build copy');
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    hostScript: join(dir, 'out/main/host.js'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const HOST_SCRIPT = join(REPO_ROOT, 'out/main/host.js');
export const RENDERER_INDEX = join(REPO_ROOT, 'out/renderer/index.html');
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts/e2e');

/** Fails with the fix in the message when the app has not been built. */
export function assertBuilt(): void {
  for (const file of [HOST_SCRIPT, RENDERER_INDEX]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`npx electron-vite build\` before the e2e tests`);
    }
  }
}

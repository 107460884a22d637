/**
 * A build plugin for the main process: marks the CLI bundle (out/main/cli.js, the package's
 * "bin") executable, so `npx press-office` can run it straight from the build.
 */
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function executableCli(fileName = 'cli.js'): Plugin {
  return {
    name: 'press-office-executable-cli',
    apply: 'build',
    async writeBundle(options, bundle) {
      if (options.dir && fileName in bundle) await chmod(join(options.dir, fileName), 0o755);
    },
  };
}

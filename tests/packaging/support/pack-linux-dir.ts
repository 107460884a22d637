/**
 * Runs electron-builder's Linux `dir` target (what `npm run dist:dir` does on Linux) with one of
 * the project's configuration files, against a given Electron distribution and into a given
 * folder instead of dist/.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Arch, build, Platform } from 'electron-builder';

export interface PackOptions {
  projectDir: string;
  /** electron-builder.yml or a file extending it, relative to projectDir. */
  configFile: string;
  electronDist: string;
  outputDir: string;
}

/** The unpacked app: the folder electron-builder fills, as an installer would install it. */
export interface PackedApp {
  appDir: string;
  resourcesDir: string;
  asar: string;
}

/** The installed electron package's version, read without loading the package (that downloads). */
async function electronVersion(): Promise<string> {
  const manifest = createRequire(import.meta.url).resolve('electron/package.json');
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

export async function packLinuxDir(options: PackOptions): Promise<PackedApp> {
  await build({
    projectDir: options.projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      // A file name here makes electron-builder load that file, then merge the rest over it.
      extends: options.configFile,
      electronDist: options.electronDist,
      electronVersion: await electronVersion(),
      directories: { output: options.outputDir },
    },
  });
  const appDir = join(options.outputDir, 'linux-unpacked');
  const resourcesDir = join(appDir, 'resources');
  return { appDir, resourcesDir, asar: join(resourcesDir, 'app.asar') };
}

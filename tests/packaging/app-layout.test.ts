/**
 * Packs the built app (out/, from `electron-vite build`) as `npm run dist:dir` does, with the
 * project's electron-builder configuration, and checks the result: app.asar holds exactly the
 * app's build output and package.json (no sources, tests or node_modules), fonts included,
 * without the command line and loopback host, which run under Node from the project folder and
 * cannot run from app.asar; and the release and end-to-end builds set their fuses. Electron's
 * zip cannot be downloaded here, so electronDist points at a placeholder made by the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultImportWorkerPath } from '../../src/main/import/convert-in-worker';
import { packLinuxDir, type PackedApp } from './support/pack-linux-dir';
import { writePlaceholderElectron } from './support/placeholder-electron';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The main-process entries the packaged app runs; cli.js and host.js are the other two. */
const APP_ENTRIES = ['out/main/index.js', 'out/main/import-worker.mjs'];
const NODE_ONLY_ENTRIES = ['out/main/cli.js', 'out/main/host.js'];
/** linux.executableName in electron-builder.yml. */
const EXECUTABLE = 'press-office';

/** Files under `dir`, relative to it with '/' separators, sorted; none when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Files in an asar archive, relative to its root with '/' separators, sorted. */
function filesInAsar(archive: string): string[] {
  return listPackage(archive, { isPack: false })
    .map((path) => path.split(sep).join('/').replace(/^\//, ''))
    .filter((path) => !('files' in statFile(archive, path)))
    .sort();
}

/** The relative modules a built ES module imports, statically or dynamically. */
function relativeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:\bfrom|\bimport\(?)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) =>
    resolve(dirname(file), match[1]!),
  );
}

/** The file and every file it imports, transitively. */
function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (existsSync(file)) relativeImports(file).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

const FUSE_ON = '1'.charCodeAt(0);
const FUSE_OFF = '0'.charCodeAt(0);

/** The fuses of a packed executable, by name. */
async function fusesOf(executable: string): Promise<Record<string, 'on' | 'off' | 'unset'>> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>;
  const fuses: Record<string, 'on' | 'off' | 'unset'> = {};
  for (const [name, index] of Object.entries(FuseV1Options)) {
    if (typeof index !== 'number') continue;
    fuses[name] = wire[index] === FUSE_ON ? 'on' : wire[index] === FUSE_OFF ? 'off' : 'unset';
  }
  return fuses;
}

const RELEASE_FUSES = {
  RunAsNode: 'off',
  EnableCookieEncryption: 'on',
  EnableNodeOptionsEnvironmentVariable: 'off',
  EnableNodeCliInspectArguments: 'off',
  EnableEmbeddedAsarIntegrityValidation: 'on',
  OnlyLoadAppFromAsar: 'on',
  GrantFileProtocolExtraPrivileges: 'off',
};

describe('the packaged app', () => {
  let workDir: string;
  let release: PackedApp;
  let endToEnd: PackedApp;

  beforeAll(async () => {
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
      throw new Error(
        'out/main/index.js is missing: run `npx electron-vite build` first (npm test does)',
      );
    }
    workDir = await mkdtemp(join(tmpdir(), 'press-office-pack-'));
    const electronDist = join(workDir, 'electron-dist');
    await writePlaceholderElectron(electronDist);
    release = await packLinuxDir({
      projectDir: root,
      configFile: 'electron-builder.yml',
      electronDist,
      outputDir: join(workDir, 'release'),
    });
    endToEnd = await packLinuxDir({
      projectDir: root,
      configFile: 'electron-builder.e2e.yml',
      electronDist,
      outputDir: join(workDir, 'e2e'),
    });
  });

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('has the built main, preload and renderer, fonts included, in app.asar', () => {
    const files = filesInAsar(release.asar);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/index.js',
        'out/main/import-worker.mjs',
        'out/preload/index.cjs',
        'out/renderer/index.html',
      ]),
    );
    expect(files.filter((file) => /^out\/renderer\/assets\/.+\.woff2$/.test(file))).not.toEqual([]);
    // The export engine embeds these in every HTML package and PDF, for every script.
    const exportFonts = files.filter((file) => /^out\/main\/fonts\/.+\.woff2$/.test(file));
    expect(exportFonts.some((file) => file.includes('armenian'))).toBe(true);
    expect(exportFonts.some((file) => file.includes('cyrillic-ext'))).toBe(true);
  });

  it("has exactly the app's build output and package.json in app.asar", async () => {
    const appChunks = new Set(
      APP_ENTRIES.flatMap((entry) => moduleClosure(join(root, entry)))
        .map((file) => relative(root, file).split(sep).join('/'))
        .filter((file) => file.startsWith('out/main/chunks/')),
    );
    const built = (await filesUnder(join(root, 'out')))
      .map((file) => `out/${file}`)
      .filter((file) => !NODE_ONLY_ENTRIES.includes(file))
      .filter((file) => !file.startsWith('out/main/chunks/') || appChunks.has(file));
    expect(filesInAsar(release.asar)).toEqual(['package.json', ...built].sort());
  });

  it('leaves out the command line, the loopback host and what only they load', () => {
    const files = filesInAsar(release.asar);
    expect(files.filter((file) => NODE_ONLY_ENTRIES.includes(file))).toEqual([]);
    // app.asar has no node_modules, so nothing in it may load the one run-time dependency.
    const loadingPlaywright = files.filter(
      (file) =>
        /\.m?js$/.test(file) &&
        /\bfrom\s*["']playwright-core["']|require\(["']playwright-core["']\)/.test(
          extractFile(release.asar, file).toString('utf8'),
        ),
    );
    expect(loadingPlaywright).toEqual([]);
  });

  it('has no sources, tests, benchmarks or node_modules in app.asar', () => {
    const strays = filesInAsar(release.asar).filter(
      (file) =>
        /^(?:src|tests|bench|scripts|resources)\//.test(file) ||
        /(?:^|\/)node_modules\//.test(file) ||
        /\.(?:ts|tsx)$/.test(file),
    );
    expect(strays).toEqual([]);
  });

  it("points package.json's main at the built entry", () => {
    const manifest = JSON.parse(extractFile(release.asar, 'package.json').toString('utf8')) as {
      main: string;
      desktopName: string;
    };
    expect(filesInAsar(release.asar)).toContain(manifest.main);
    expect(manifest.desktopName).toBe(`${EXECUTABLE}.desktop`);
  });

  it('unpacks the import worker and all it imports beside app.asar, where main looks for it', async () => {
    // The built module that looks the worker up, as main sees it when running from app.asar.
    const built = (await filesUnder(join(root, 'out', 'main'))).filter(
      (file) =>
        file.endsWith('js') &&
        file !== 'import-worker.mjs' &&
        readFileSync(join(root, 'out', 'main', file), 'utf8').includes('"import-worker.mjs"'),
    );
    expect(built).toHaveLength(1);
    const insideAsar = pathToFileURL(join(release.asar, 'out', 'main', built[0]!)).href;
    const worker = defaultImportWorkerPath(insideAsar);
    expect(worker).toBe(join(release.resourcesDir, 'app.asar.unpacked', 'out', 'main', 'import-worker.mjs'));
    const closure = moduleClosure(worker);
    expect(closure.length).toBeGreaterThan(1);
    expect(closure.filter((file) => !existsSync(file))).toEqual([]);
    expect(closure.filter((file) => !file.startsWith(join(release.resourcesDir, 'app.asar.unpacked')))).toEqual([]);
  });

  it('sets the release fuses', async () => {
    expect(await fusesOf(join(release.appDir, EXECUTABLE))).toMatchObject(RELEASE_FUSES);
  });

  it('keeps the inspector on in the end-to-end build, for Playwright, and nothing else', async () => {
    expect(await fusesOf(join(endToEnd.appDir, EXECUTABLE))).toMatchObject({
      ...RELEASE_FUSES,
      EnableNodeCliInspectArguments: 'on',
    });
  });
});

// Run before `electron-vite preview` (npm start). The electron package fetches its binary
// lazily, the first time it is required; where that download cannot happen, electron-vite
// stops with a bare "Electron uninstall". This says what is missing and what to do instead.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** The Electron executable the project would start, or why there is none. */
export function findElectronBinary(projectDir) {
  const require = createRequire(join(projectDir, 'package.json'));
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, reason: 'the Electron binary has not been downloaded yet' };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, relative);
  if (!existsSync(binary)) {
    return { found: false, reason: `the Electron binary is missing (${binary})` };
  }
  return { found: true, binary };
}

export const ADVICE = `npm start needs the Electron binary, which the electron package downloads from
GitHub the first time it is used. Do one of these:
  - run once with network access:   node node_modules/electron/install.js
  - or point at a mirror you can reach, then run the same command:
      ELECTRON_MIRROR=https://your-mirror.example/electron/ node node_modules/electron/install.js
  - or use the app in a browser without Electron:   npm run host -- --library <folder> --demo`;

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const result = findElectronBinary(process.cwd());
  if (!result.found) {
    process.stderr.write(`Cannot start Press Office: ${result.reason}.\n\n${ADVICE}\n`);
    process.exit(1);
  }
}

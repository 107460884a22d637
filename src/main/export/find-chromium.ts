/**
 * Finds a Chromium-family browser for the CLI's PDF engine: PRESS_OFFICE_CHROMIUM first,
 * then the usual install locations of Chromium, Chrome and Edge on Linux, macOS and Windows.
 */
import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';

export const CHROMIUM_ENV = 'PRESS_OFFICE_CHROMIUM';

export const HOW_TO_GET_CHROMIUM =
  `install Chromium or Google Chrome (Debian/Ubuntu: apt-get install chromium; Fedora: dnf install chromium; ` +
  `macOS and Windows: https://www.google.com/chrome/) or set ${CHROMIUM_ENV} to the browser's executable`;

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
}

export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  const chosen = env[CHROMIUM_ENV];
  if (chosen) {
    if (await isExecutable(chosen)) return chosen;
    throw new ChromiumNotFoundError(`${CHROMIUM_ENV}=${chosen} is not an executable file`);
  }
  for (const candidate of chromiumCandidates(platform, env)) {
    if (await isExecutable(candidate)) return candidate;
  }
  throw new ChromiumNotFoundError(`no Chromium found to print PDFs: ${HOW_TO_GET_CHROMIUM}`);
}

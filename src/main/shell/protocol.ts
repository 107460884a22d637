/**
 * The app's own origin, app://press-office/, serving the built renderer (out/renderer).
 * A privileged standard scheme gives the page a real origin (for 'self' in the CSP and for
 * the IPC sender check) without file://, which would expose the whole disk to the page.
 */
import { realpath } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { CustomScheme, Net, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'press-office';
export const APP_ORIGIN_URL = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_ENTRY_URL = `${APP_ORIGIN_URL}index.html`;

const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Must run before the app's `ready` event (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** The subset of node:path the resolution needs; tests pass path.win32 to check Windows rules. */
export interface PathApi {
  resolve: typeof resolve;
  relative: typeof relative;
  isAbsolute: typeof isAbsolute;
  sep: string;
}

const nodePath: PathApi = { resolve, relative, isAbsolute, sep };

/**
 * The file under `rootDir` that `requestUrl` names, or null when the URL is not ours or would
 * leave `rootDir` (../, encoded slashes or backslashes, drive letters, NUL bytes).
 */
export function resolveAppPath(
  rootDir: string,
  requestUrl: string,
  path: PathApi = nodePath,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;

  const relativeRequest = pathname.replace(/^[/\\]+/, '') || 'index.html';
  const root = path.resolve(rootDir);
  const target = path.resolve(root, relativeRequest);
  return isInside(root, target, path) ? target : null;
}

function isInside(root: string, target: string, path: PathApi = nodePath): boolean {
  const fromRoot = path.relative(root, target);
  return !(
    fromRoot === '' ||
    fromRoot === '..' ||
    fromRoot.startsWith(`..${path.sep}`) ||
    path.isAbsolute(fromRoot)
  );
}

// The callback form: Electron teaches it to look inside app.asar, where the renderer lives.
const realPathOf = promisify(realpath);

/**
 * Whether `file`, with every symlink resolved, is still under `rootDir` resolved the same way:
 * a link in the renderer folder that points elsewhere is never served. A file that cannot be
 * resolved (missing, unreadable) is not served either.
 */
export async function staysInside(rootDir: string, file: string): Promise<boolean> {
  try {
    const [root, target] = await Promise.all([realPathOf(rootDir), realPathOf(file)]);
    return isInside(root, target);
  } catch {
    return false;
  }
}

/** Fetches a file:// URL; in Electron this is net.fetch, which also sets the content type. */
export type FileFetcher = (fileUrl: string) => Promise<Response>;

/** Serves the files of `rootDir` on the app origin, each with the CSP; anything else is a 404. */
export function createAppProtocolHandler(
  rootDir: string,
  fetchFile: FileFetcher,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'Method not allowed');
    }
    const file = resolveAppPath(rootDir, request.url);
    if (file === null || !(await staysInside(rootDir, file))) {
      return plainResponse(404, 'Not found');
    }

    // No fs.stat beforehand: net.fetch reads files inside app.asar, node:fs/promises may not.
    let response: Response;
    try {
      response = await fetchFile(pathToFileURL(file).href);
    } catch {
      return plainResponse(404, 'Not found');
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    const body = request.method === 'HEAD' ? null : response.body;
    return new Response(body, { status: response.status, headers });
  };
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    },
  });
}

/**
 * Where the window loads the renderer from: electron-vite's dev server while developing,
 * the app origin otherwise. A packaged app ignores the variable so that nobody can point it
 * at another page through the environment.
 */
export function rendererUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string {
  const devServer = env['ELECTRON_RENDERER_URL'];
  return !isPackaged && devServer ? devServer : APP_ENTRY_URL;
}

/** Serves `rendererDir` on the app origin; call once the app is ready. */
export function serveAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  net: Pick<Net, 'fetch'>,
  rendererDir: string,
): void {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererDir, (fileUrl) => net.fetch(fileUrl)),
  );
}

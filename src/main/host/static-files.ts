import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join, sep } from 'node:path';
import { contentTypeOf } from './content-types';
import { STATIC_SECURITY_HEADERS } from './security-headers';

const INDEX = 'index.html';

/**
 * Maps a URL path to a file strictly inside `root`, or null. Dot segments, encoded separators,
 * NUL bytes and colons (Windows drives and alternate streams) are refused outright rather than
 * normalised, so no spelling of a path can climb out. Any segment starting with a dot is
 * refused too: the build writes no dotfiles, so one in the folder (.env, .git) is not the app's.
 */
function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const segments = decoded.split(/[\\/]/).filter((segment) => segment !== '');
  if (segments.some(isUnsafeSegment)) return null;
  const file = join(root, ...(segments.length === 0 ? [INDEX] : segments));
  return file.startsWith(root + sep) ? file : null;
}

function isUnsafeSegment(segment: string): boolean {
  return segment.startsWith('.') || segment.includes('\0') || segment.includes(':');
}

/** GET and HEAD of the built renderer. `root` must be an absolute, resolved directory path. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  pathname: string,
): Promise<void> {
  const file = resolveStaticPath(root, pathname);
  if (file === null) return sendText(res, 400, 'Bad request');
  const found = await regularFileInside(root, file);
  if (found === null) return sendText(res, 404, 'Not found');
  res.writeHead(200, {
    ...STATIC_SECURITY_HEADERS,
    'Content-Type': contentTypeOf(found.path),
    'Content-Length': found.size,
    // The page names the current asset bundle: a stale copy would load a stale app.
    'Cache-Control': basename(found.path) === INDEX ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Follows symlinks, then checks again that the real file is still under the real root. */
async function regularFileInside(
  root: string,
  file: string,
): Promise<{ path: string; size: number } | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    const info = await stat(realFile);
    return info.isFile() ? { path: realFile, size: info.size } : null;
  } catch {
    return null;
  }
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...STATIC_SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * The server a library syncs with, checked before anything is sent: only http(s), credentials
 * taken out of the URL (they would otherwise appear in every error message and log line), and
 * a warning for plain http to another machine, where the password and the releases would
 * cross the network readable by anyone on the way.
 */
export interface SyncTarget {
  /** The database URL, without credentials. */
  url: string;
  username?: string;
  password?: string;
}

export class SyncTargetError extends Error {
  override name = 'SyncTargetError';
}

export interface CheckedTarget {
  target: SyncTarget;
  warnings: string[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkTarget(
  url: string,
  credentials: { username?: string; password?: string } = {},
): CheckedTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SyncTargetError(
      'the server address is not a URL (expected e.g. https://couch.example.org/press)',
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SyncTargetError(
      `the server address must start with https:// or http://, not ${parsed.protocol}`,
    );
  }
  if (withoutTrailingSlashes(parsed.pathname) === '') {
    throw new SyncTargetError(
      'the server address must name a database (e.g. https://couch.example.org/press)',
    );
  }
  const username =
    credentials.username ?? (parsed.username ? decodeURIComponent(parsed.username) : undefined);
  const password =
    credentials.password ?? (parsed.password ? decodeURIComponent(parsed.password) : undefined);
  parsed.username = '';
  parsed.password = '';
  const warnings: string[] = [];
  if (
    parsed.protocol === 'http:' &&
    !LOOPBACK.has(parsed.hostname) &&
    !parsed.hostname.startsWith('127.')
  ) {
    warnings.push(
      `${parsed.host} is reached over plain http://: the password and every release cross the network unencrypted; use https:// unless this network is trusted`,
    );
  }
  return {
    target: {
      url: withoutTrailingSlashes(parsed.toString()),
      ...(username !== undefined ? { username } : {}),
      ...(password !== undefined ? { password } : {}),
    },
    warnings,
  };
}

/** Cuts trailing slashes by scanning back: a `/\/+$/` regex backtracks quadratically on a long run of slashes. */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end -= 1;
  return text.slice(0, end);
}

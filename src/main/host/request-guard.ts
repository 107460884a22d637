import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A page on another site can make a browser talk to 127.0.0.1 by rebinding its own DNS name to
 * it; such requests still carry that foreign name in Host, so only loopback names pass.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const lowered = host.toLowerCase();
  return lowered === `127.0.0.1:${port}` || lowered === `localhost:${port}`;
}

/** Browsers send Origin on cross-site and on every POST; a missing one means a non-browser client. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const lowered = origin.toLowerCase();
  return lowered === `http://127.0.0.1:${port}` || lowered === `http://localhost:${port}`;
}

/** Compares digests so that neither the token's content nor its length leaks through timing. */
export function hasBearerToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

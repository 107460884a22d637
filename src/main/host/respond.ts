import type { ServerResponse } from 'node:http';
import type { Envelope, ErrorCode } from '@shared/errors';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  'forbidden-sender': 403,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  io: 500,
  'library-unavailable': 500,
  'newer-schema': 500,
  internal: 500,
  'approval-needs-override': 409,
  'four-eyes': 403,
};

function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code];
}

export interface EnvelopeOptions {
  /** Overrides the status derived from the error code (405 for a wrong HTTP method). */
  status?: number;
  headers?: Record<string, string>;
}

export function sendEnvelope(
  res: ServerResponse,
  envelope: Envelope<unknown>,
  options: EnvelopeOptions = {},
): void {
  const body = JSON.stringify(envelope);
  res.writeHead(options.status ?? statusOf(envelope), {
    ...options.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

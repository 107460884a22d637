import type { IncomingMessage } from 'node:http';
import { AppError } from '../errors';

/**
 * Collects the request body, refusing it as soon as it is known to exceed `limit` bytes. The rest
 * is drained unread so that the 413 answer can still be delivered.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge();
      else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    const tooLarge = () => {
      req.off('data', onData).off('end', onEnd).resume();
      reject(new AppError('too-large', `body: over ${limit} bytes`));
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge();
    req.on('data', onData).on('end', onEnd).on('error', reject);
    // A client that hangs up mid-body would otherwise leave this promise pending forever.
    req.on('close', () => {
      if (!req.complete) reject(new Error('the client closed the request before its end'));
    });
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An empty body stands for `{}`, so that methods without input need none. */
export function parseJsonBody(body: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new AppError('invalid-input', 'body: not valid UTF-8');
  }
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid-input', 'body: not valid JSON');
  }
}

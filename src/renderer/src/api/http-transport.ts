import type { Envelope } from '@shared/errors';
import type { Transport } from './transport';

/** Browsers cap keep-alive request bodies at 64 KiB in total. */
const KEEPALIVE_MAX_BYTES = 60_000;
const encoder = new TextEncoder();

export function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    const body = JSON.stringify(input);
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body,
        // Lets a save started while the page unloads still reach the host.
        keepalive:
          method === 'releases.save' && encoder.encode(body).byteLength <= KEEPALIVE_MAX_BYTES,
      });
    } catch (error) {
      return unreachable(error instanceof Error ? error.message : String(error));
    }
    try {
      return (await response.json()) as unknown;
    } catch {
      return unreachable(`HTTP ${response.status}`);
    }
  };
}

function unreachable(detail: string): Envelope<never> {
  return { ok: false, error: { code: 'internal', message: 'The host did not answer', detail } };
}

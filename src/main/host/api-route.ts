import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, toApiError } from '../errors';
import type { Dispatch } from '../api/dispatch';
import { parseJsonBody, readBody } from './read-body';
import { hasBearerToken } from './request-guard';
import { sendEnvelope } from './respond';

export interface ApiRoute {
  dispatch: Dispatch;
  token: string;
  maxBodyBytes: number;
}

/** `POST /api/<method>` with a JSON body: the HTTP twin of the IPC channel. */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  route: ApiRoute,
): Promise<void> {
  if (req.method !== 'POST') {
    const error = new AppError('unknown-method', 'HTTP method: the API takes POST only');
    return sendEnvelope(
      res,
      { ok: false, error: error.toApiError() },
      { status: 405, headers: { Allow: 'POST' } },
    );
  }
  // The token is checked before the body is read: strangers must not cost us 60 MB each.
  if (!hasBearerToken(req.headers.authorization, route.token)) {
    return sendEnvelope(res, { ok: false, error: new AppError('unauthorized').toApiError() });
  }
  let input: unknown;
  try {
    input = parseJsonBody(await readBody(req, route.maxBodyBytes));
  } catch (error) {
    const apiError = toApiError(error);
    // Closing stops a client that is still uploading an oversized body from costing us more.
    const headers: Record<string, string> =
      apiError.code === 'too-large' ? { Connection: 'close' } : {};
    return sendEnvelope(res, { ok: false, error: apiError }, { headers });
  }
  sendEnvelope(res, await route.dispatch(method, input));
}

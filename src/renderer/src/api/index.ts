import { createApiClient, type ApiClient } from './client';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import { takeSessionToken } from './session-token';

export { ApiCallError, apiErrorOf } from './api-call-error';
export type { ApiClient } from './client';

/** Inside Electron the preload's bridge carries calls; in a browser, the loopback host does. */
function pickClient(): ApiClient {
  const bridge = window.pressOffice;
  return createApiClient(bridge ? ipcTransport(bridge) : httpTransport(takeSessionToken()));
}

export const api: ApiClient = pickClient();

import type { PressOfficeApi } from '@shared/preload-api';
import type { Transport } from './transport';

export function ipcTransport(bridge: PressOfficeApi): Transport {
  return (method, input) => bridge.invoke(method, input);
}

/**
 * The one IPC channel between preload and main. The preload calls
 * `ipcRenderer.invoke(API_CHANNEL, method, input)` and receives an `Envelope`; it never throws
 * for an API failure.
 */
export const API_CHANNEL = 'api';

/**
 * The sandboxed preload: the renderer's only way to main. It hands over two functions and
 * never Electron objects, so page script cannot reach ipcRenderer or an IPC event. It imports
 * only types from shared (docs/ARCHITECTURE.md): the channel names are literals checked against
 * shared's types, so main and preload cannot disagree.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { API_CHANNEL } from '@shared/ipc-channel';
import type { CommandChannel, PressOfficeApi } from '@shared/preload-api';

const API: typeof API_CHANNEL = 'api';
const COMMAND_CHANNEL: CommandChannel = 'command';

const api: PressOfficeApi = {
  invoke(method, input) {
    if (typeof method !== 'string') {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-method', message: 'The method name is not a string.' },
      });
    }
    return ipcRenderer.invoke(API, method, input);
  },

  onCommand(cb) {
    if (typeof cb !== 'function') throw new TypeError('onCommand expects a function');
    const listener = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string') cb(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('pressOffice', api);

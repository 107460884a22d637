/**
 * The only IPC entry point of main. The logic takes Electron's objects as plain parameters so
 * that it runs, and is tested, without the Electron binary.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_CHANNEL } from '@shared/ipc-channel';
import type { Envelope } from '@shared/errors';
import { AppError } from './errors';
import type { Dispatch } from './api/dispatch';

export type UrlPredicate = (url: string) => boolean;

export interface ExpectedSender {
  /** The app window's `webContents.id`; undefined while any app window may call. */
  webContentsId?: number;
  isAllowedUrl: UrlPredicate;
}

/**
 * True when the call comes from the top frame of the app's own page: an iframe (even a
 * same-origin one), a frame already gone, or a page navigated elsewhere must not reach the API.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, expected: ExpectedSender): boolean {
  const frame = event.senderFrame;
  if (frame === null) return false;
  const { webContentsId } = expected;
  if (webContentsId !== undefined && event.sender.id !== webContentsId) return false;
  try {
    return frame === event.sender.mainFrame && expected.isAllowedUrl(frame.url);
  } catch {
    // A disposed frame throws on access: it cannot be trusted.
    return false;
  }
}

/** Accepts URLs with the same scheme, host and port as one of `bases` (e.g. `app://press-office/`). */
export function sameOriginAs(bases: readonly string[]): UrlPredicate {
  const origins = bases.map(originOf);
  return (url) => {
    try {
      return origins.includes(originOf(url));
    } catch {
      return false;
    }
  };
}

/** `URL.origin` is "null" for custom schemes such as app://, so compare the parts ourselves. */
function originOf(url: string): string {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}

/**
 * Handles API_CHANNEL; returns a function that removes the handler. `webContentsId` is asked
 * on every call because the window can be recreated (macOS re-activation).
 */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isAllowedUrl: UrlPredicate,
  webContentsId: () => number | undefined = () => undefined,
): () => void {
  ipcMain.handle(
    API_CHANNEL,
    async (
      event: IpcMainInvokeEvent,
      method: unknown,
      input: unknown,
    ): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event, { webContentsId: webContentsId(), isAllowedUrl })) {
        return { ok: false, error: new AppError('forbidden-sender').toApiError() };
      }
      return dispatch(method, input);
    },
  );
  return () => ipcMain.removeHandler(API_CHANNEL);
}

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '@shared/ipc-channel';
import type { Envelope } from '@shared/errors';
import type { Dispatch } from '../../src/main/api/dispatch';
import { isTrustedSender, registerApi, sameOriginAs } from '../../src/main/ipc';

const APP_URL = 'app://press-office/index.html';
const isAppUrl = sameOriginAs(['app://press-office/', 'http://localhost:5173/']);

interface FakeFrame {
  url: string;
}

/** The parts of an invoke event the sender check reads. */
function fakeEvent(options: {
  url?: string;
  frame?: 'main' | 'sub' | 'none' | 'disposed';
  webContentsId?: number;
}) {
  const mainFrame: FakeFrame = { url: options.url ?? APP_URL };
  const disposed = {
    get url(): string {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    },
  };
  const senderFrame = {
    main: mainFrame,
    sub: { url: options.url ?? APP_URL },
    none: null,
    disposed,
  }[options.frame ?? 'main'];
  const sender = {
    id: options.webContentsId ?? 1,
    mainFrame: options.frame === 'disposed' ? disposed : mainFrame,
  };
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

function captureHandler() {
  let handler: ((event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) | undefined;
  const ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'> = {
    handle(channel, listener) {
      expect(channel).toBe(API_CHANNEL);
      handler = listener;
    },
    removeHandler() {
      handler = undefined;
    },
  };
  const invoke = (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!handler) throw new Error('no handler registered');
    return handler(event, method, input) as Promise<Envelope<unknown>>;
  };
  return { ipcMain, invoke };
}

function setUp(webContentsId?: number) {
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'dispatched' }));
  const { ipcMain, invoke } = captureHandler();
  const unregister = registerApi(ipcMain, dispatch, isAppUrl, () => webContentsId);
  return { dispatch, invoke, unregister };
}

describe('the IPC sender check', () => {
  it('dispatches a call from the main frame of the app page', async () => {
    const { dispatch, invoke } = setUp(1);
    await expect(invoke(fakeEvent({}), 'library.info', {})).resolves.toEqual({
      ok: true,
      value: 'dispatched',
    });
    expect(dispatch).toHaveBeenCalledWith('library.info', {});
  });

  it('accepts the dev server origin', () => {
    expect(
      isTrustedSender(fakeEvent({ url: 'http://localhost:5173/' }), { isAllowedUrl: isAppUrl }),
    ).toBe(true);
  });

  const refused: Array<[string, Parameters<typeof fakeEvent>[0]]> = [
    ['a subframe, even on the app origin', { frame: 'sub' }],
    ['a null senderFrame', { frame: 'none' }],
    ['a disposed frame', { frame: 'disposed' }],
    ['a foreign origin', { url: 'https://evil.example/' }],
    ['a look-alike host', { url: 'app://press-office.evil.example/' }],
    ['another port of the dev host', { url: 'http://localhost:5174/' }],
    ['a file: page', { url: 'file:///tmp/index.html' }],
    ['a URL that does not parse', { url: 'not a url' }],
    ['another window', { webContentsId: 2 }],
  ];

  it.each(refused)(
    'refuses %s with forbidden-sender without dispatching',
    async (_name, options) => {
      const { dispatch, invoke } = setUp(1);
      const answer = await invoke(fakeEvent(options), 'releases.delete', { id: 'abc' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it('removes its handler when unregistered', () => {
    const { invoke, unregister } = setUp();
    unregister();
    expect(() => invoke(fakeEvent({}), 'library.info', {})).toThrow('no handler registered');
  });
});

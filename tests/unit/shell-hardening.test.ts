import { EventEmitter } from 'node:events';
import type {
  App,
  HandlerDetails,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { sameOriginAs } from '../../src/main/ipc';
import {
  claimSingleInstance,
  createExternalLinkOffer,
  hardenWebContents,
  installHardening,
  isPermissionGranted,
  openExternalSafely,
  parseExternalUrl,
} from '../../src/main/shell/hardening';
import { APP_ORIGIN_URL } from '../../src/main/shell/protocol';

const isAppUrl = sameOriginAs([APP_ORIGIN_URL]);

/** Emits navigation events the way Electron does: one event object carrying the url. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  /** Returns whether the listener prevented the default action. */
  fire(event: string, url?: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) }, {});
    return prevented;
  }

  windowOpen(url: string): WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) throw new Error('no window open handler installed');
    return this.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
    } as HandlerDetails);
  }
}

function hardened() {
  const contents = new FakeWebContents();
  const offerExternal = vi.fn();
  hardenWebContents(contents as unknown as WebContents, { isAppUrl, offerExternal });
  return { contents, offerExternal };
}

describe('navigation', () => {
  it('allows navigation within the app origin', () => {
    const { contents, offerExternal } = hardened();
    expect(contents.fire('will-navigate', 'app://press-office/index.html#/releases')).toBe(false);
    expect(contents.fire('will-redirect', 'app://press-office/other.html')).toBe(false);
    expect(offerExternal).not.toHaveBeenCalled();
  });

  it.each([
    'https://example.org/',
    'http://press-office/',
    'app://evil/index.html',
    'other://press-office/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('prevents navigation to %s', (url) => {
    const { contents } = hardened();
    expect(contents.fire('will-navigate', url)).toBe(true);
    expect(contents.fire('will-redirect', url)).toBe(true);
  });

  it('offers a clicked external link to the system browser instead of navigating', () => {
    const { contents, offerExternal } = hardened();
    contents.fire('will-navigate', 'https://example.org/news');
    expect(offerExternal).toHaveBeenCalledWith('https://example.org/news');
  });

  it('does not offer the target of a server redirect', () => {
    const { contents, offerExternal } = hardened();
    contents.fire('will-redirect', 'https://example.org/');
    expect(offerExternal).not.toHaveBeenCalled();
  });

  it('denies window.open and only offers the URL', () => {
    const { contents, offerExternal } = hardened();
    expect(contents.windowOpen('https://example.org/')).toEqual({ action: 'deny' });
    expect(contents.windowOpen('app://press-office/index.html')).toEqual({ action: 'deny' });
    expect(offerExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = hardened();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});

describe('parseExternalUrl', () => {
  it.each(['https://example.org/a?b=c#d', 'mailto:press@example.org'])('accepts %s', (url) => {
    expect(parseExternalUrl(url)?.href).toBe(url);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.org/',
    'ftp://example.org/',
    'app://press-office/index.html',
    'smb://server/share',
    'https://bank.example@evil.example/',
    'https://user:pass@example.org/',
    'not a url',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(parseExternalUrl(url)).toBeNull();
  });
});

describe('openExternalSafely', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://example.org/',
    'data:,x',
    '::not a url',
  ])('refuses %s without asking or opening', async (url) => {
    const confirm = vi.fn(async () => true);
    const open = vi.fn(async () => undefined);
    expect(await openExternalSafely(url, confirm, open)).toBe('refused');
    expect(confirm).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('opens an https link only after the user confirmed it', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalSafely('https://example.org/', async () => false, open)).toBe(
      'cancelled',
    );
    expect(open).not.toHaveBeenCalled();

    const confirm = vi.fn(async () => true);
    expect(await openExternalSafely('https://example.org/', confirm, open)).toBe('opened');
    expect(confirm).toHaveBeenCalledWith('https://example.org/');
    expect(open).toHaveBeenCalledWith('https://example.org/');
  });

  it('shows and opens the punycode form of an internationalised host', async () => {
    const confirm = vi.fn(async () => true);
    const open = vi.fn(async () => undefined);
    await openExternalSafely('https://аррӏе.com/', confirm, open);
    expect(confirm).toHaveBeenCalledWith('https://xn--80ak6aa92e.com/');
    expect(open).toHaveBeenCalledWith('https://xn--80ak6aa92e.com/');
  });

  it('opens mailto: after confirmation', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalSafely('mailto:press@example.org', async () => true, open)).toBe(
      'opened',
    );
    expect(open).toHaveBeenCalledWith('mailto:press@example.org');
  });
});

describe('createExternalLinkOffer', () => {
  it('asks one question at a time', async () => {
    let answer: (ok: boolean) => void = () => undefined;
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const open = vi.fn(async () => undefined);
    const offer = createExternalLinkOffer(confirm, open, () => undefined);

    offer('https://example.org/1');
    offer('https://example.org/2');
    expect(confirm).toHaveBeenCalledTimes(1);
    answer(true);
    await vi.waitFor(() => expect(open).toHaveBeenCalledWith('https://example.org/1'));

    offer('https://example.org/3');
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it('logs refused links instead of asking', async () => {
    const log = vi.fn();
    const confirm = vi.fn(async () => true);
    createExternalLinkOffer(confirm, async () => undefined, log)('file:///etc/passwd');
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('refused')));
    expect(confirm).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  function installed() {
    const app = new EventEmitter();
    const handlers: {
      request?: Parameters<Session['setPermissionRequestHandler']>[0];
      check?: Parameters<Session['setPermissionCheckHandler']>[0];
      device?: Parameters<Session['setDevicePermissionHandler']>[0];
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: typeof handlers.request) =>
        (handlers.request = handler),
      setPermissionCheckHandler: (handler: typeof handlers.check) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: typeof handlers.device) => (handlers.device = handler),
    };
    installHardening(app as unknown as App, session as unknown as Session, {
      isAppUrl,
      offerExternal: vi.fn(),
    });
    return { app, handlers };
  }

  function request(
    handlers: ReturnType<typeof installed>['handlers'],
    permission: string,
    requestingUrl: string,
  ) {
    const callback = vi.fn();
    const details = { requestingUrl, isMainFrame: true };
    handlers.request?.({} as WebContents, permission as 'media', callback, details);
    return callback.mock.calls[0]?.[0] as boolean | undefined;
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'fullscreen',
    'unknown',
  ])('denies a request for %s, even from the app', (permission) => {
    const { handlers } = installed();
    expect(request(handlers, permission, 'app://press-office/index.html')).toBe(false);
    expect(handlers.check?.(null, permission as 'media', 'app://press-office', {} as never)).toBe(
      false,
    );
  });

  it('lets only the app page write to the clipboard', () => {
    const { handlers } = installed();
    expect(request(handlers, 'clipboard-sanitized-write', 'app://press-office/index.html')).toBe(
      true,
    );
    expect(request(handlers, 'clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://evil/', isAppUrl)).toBe(false);
  });

  it('denies every device', () => {
    const { handlers } = installed();
    expect(
      handlers.device?.({ deviceType: 'usb', origin: 'app://press-office', device: {} } as never),
    ).toBe(false);
  });

  it('hardens every web contents created afterwards', () => {
    const { app } = installed();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.windowOpen('https://example.org/')).toEqual({ action: 'deny' });
  });
});

describe('claimSingleInstance', () => {
  it('focuses the first instance when a second one starts', () => {
    const app = Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => true });
    const focus = vi.fn();
    expect(claimSingleInstance(app as unknown as App, focus)).toBe(true);
    app.emit('second-instance', {}, ['press-office'], '/');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('tells the second instance to quit', () => {
    const app = Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => false });
    expect(claimSingleInstance(app as unknown as App, vi.fn())).toBe(false);
  });
});

/**
 * Security rules every web page of the app lives under, whoever creates it: no navigation
 * away from the app, no new windows, no <webview>, no permissions, external links only to
 * https:/mailto: and only after the user agreed. Electron's objects come in as parameters so
 * the rules run, and are tested, without the Electron binary.
 */
import type { App, Session, WebContents } from 'electron';
import type { UrlPredicate } from '../ipc';

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:']);
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The link as it will be handed to the operating system, or null when it must not be:
 * anything but https: and mailto: (file:, javascript:, data:, http:, custom schemes), URLs
 * that do not parse, and https URLs with credentials, which read as one site and go to another
 * (https://bank.example@evil.example/).
 */
export function parseExternalUrl(url: string): URL | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed;
}

export type ExternalOpenResult = 'opened' | 'cancelled' | 'refused';

/**
 * Opens `url` in the system's browser or mail client once the user confirmed it. The user
 * is shown, and the OS receives, the normalised URL (host in punycode), so a look-alike
 * domain cannot hide behind Unicode.
 */
export async function openExternalSafely(
  url: string,
  confirm: (url: string) => Promise<boolean>,
  open: (url: string) => Promise<void>,
): Promise<ExternalOpenResult> {
  const parsed = parseExternalUrl(url);
  if (parsed === null) return 'refused';
  if (!(await confirm(parsed.href))) return 'cancelled';
  await open(parsed.href);
  return 'opened';
}

/** What the hardened web contents do with a link leading out of the app. */
export type ExternalLinkOffer = (url: string) => void;

/**
 * An ExternalLinkOffer that asks at most one question at a time, so that a page cannot pile
 * up confirmation dialogs; links clicked meanwhile are dropped.
 */
export function createExternalLinkOffer(
  confirm: (url: string) => Promise<boolean>,
  open: (url: string) => Promise<void>,
  log: (message: string) => void = console.warn,
): ExternalLinkOffer {
  let asking = false;
  return (url) => {
    if (asking) return;
    asking = true;
    openExternalSafely(url, confirm, open)
      .then((result) => {
        if (result === 'refused')
          log(`[shell] refused to open a link outside the app: ${url.slice(0, 200)}`);
      })
      .catch((error: unknown) =>
        log(`[shell] could not open a link outside the app: ${String(error)}`),
      )
      .finally(() => {
        asking = false;
      });
  };
}

export interface HardeningOptions {
  /** True for URLs of the app's own origin (app://press-office, or the dev server). */
  isAppUrl: UrlPredicate;
  offerExternal: ExternalLinkOffer;
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(
  contents: HardenableContents,
  { isAppUrl, offerExternal }: HardeningOptions,
): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    // A clicked link without target="_blank" lands here: offer it like window.open does.
    offerExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Permissions the app's own page may use without asking; everything else is denied.
 * Writing plain text to the clipboard ("copy for publication") needs this one.
 */
const APP_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  isAppUrl: UrlPredicate,
): boolean {
  return APP_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** Hardens the session and every web contents created from now on; call before the first window. */
export function installHardening(
  app: Pick<App, 'on'>,
  session: HardenableSession,
  options: HardeningOptions,
): void {
  const { isAppUrl } = options;
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, isAppUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, isAppUrl),
  );
  session.setDevicePermissionHandler(() => false);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}

/**
 * Takes the single-instance lock. A second launch then only focuses the first one (two
 * processes writing the same library would overwrite each other's saves). Returns false in
 * that second process, which must quit.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  focusExisting: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => focusExisting());
  return true;
}

/**
 * THE factory for every BrowserWindow of the app (tests/unit/static-window-factory.test.ts
 * fails the build on a `new BrowserWindow(` anywhere else), so no window can be created
 * without the sandbox, context isolation and the preload.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';

export interface SecureWindowOptions extends Omit<
  BrowserWindowConstructorOptions,
  'webPreferences'
> {
  /**
   * Absolute path of the bundled preload (out/preload/index.cjs), or null for a window that
   * must not reach the API at all (the hidden window that prints exports to PDF).
   */
  preload: string | null;
}

export function secureWebPreferences(preload: string | null): WebPreferences {
  const preferences: WebPreferences = {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
  if (preload !== null) preferences.preload = preload;
  return preferences;
}

export function createSecureWindow({ preload, ...options }: SecureWindowOptions): BrowserWindow {
  return new BrowserWindow({ ...options, webPreferences: secureWebPreferences(preload) });
}

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
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preload: string;
}

export function secureWebPreferences(preload: string): WebPreferences {
  return {
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
    preload,
  };
}

export function createSecureWindow({ preload, ...options }: SecureWindowOptions): BrowserWindow {
  return new BrowserWindow({ ...options, webPreferences: secureWebPreferences(preload) });
}

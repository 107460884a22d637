/**
 * The main window: opens where it was last time, appears only once painted (no white flash),
 * and reports its size and position when it closes so the next launch can restore them.
 */
import type { BrowserWindow, Screen } from 'electron';
import { createSecureWindow } from './window';
import { MIN_WINDOW_SIZE, placeWindow, type WindowState } from './window-bounds';

export interface MainWindowOptions {
  preload: string;
  url: string;
  title: string;
  savedState: WindowState | null;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  onClose: (state: WindowState) => void;
}

export function createMainWindow({
  preload,
  url,
  title,
  savedState,
  screen,
  onClose,
}: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const { maximized, ...bounds } = placeWindow(
    savedState,
    workAreas,
    screen.getPrimaryDisplay().workArea,
  );
  const window = createSecureWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    show: false,
    preload,
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () =>
    onClose({ ...window.getNormalBounds(), maximized: window.isMaximized() }),
  );
  window
    .loadURL(url)
    .catch((error: unknown) => console.error(`[shell] could not load ${url}:`, error));
  return window;
}

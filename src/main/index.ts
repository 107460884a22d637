/**
 * Electron main: the app's lifecycle, wiring the shell (src/main/shell), the library session
 * and the IPC API together. Logic lives in those modules; this file only decides the order.
 */
import { join } from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  screen,
  session,
  shell,
  type BrowserWindow,
} from 'electron';
import type { UiLang } from '@shared/languages';
import { createDispatcher } from './api/dispatch';
import { ExportJobs } from './export-jobs/export-jobs';
import { ImportJobs } from './import/import-jobs';
import { registerApi, sameOriginAs } from './ipc';
import { LibrarySession } from './library/session';
import { AppConfigStore } from './shell/app-config';
import { sendCommand } from './shell/commands';
import { detached } from './shell/detached';
import {
  confirmExternalLink,
  openLibraryFolder,
  showAbout,
  switchLibrary,
  showLibraryFallback,
} from './shell/dialogs';
import { claimSingleInstance, createExternalLinkOffer, installHardening } from './shell/hardening';
import { ElectronPdfEngine } from './shell/electron-pdf-engine';
import { electronExportShell } from './shell/export-shell';
import { createMainWindow } from './shell/main-window';
import {
  buildMenuTemplate,
  installMenu,
  refreshMenuAfterLanguageChanges,
  type MenuAction,
} from './shell/menu';
import { APP_ENTRY_URL, registerAppScheme, rendererUrl, serveAppProtocol } from './shell/protocol';
import { installQuitGuard } from './shell/quit-guard';
import { flushRendererEdits } from './shell/renderer-flush';
import { openStartupLibrary } from './shell/startup-library';

// An isolated profile (tests, a portable copy): must be set before anything reads userData.
const userDataOverride = process.env['PRESS_OFFICE_USER_DATA'];
if (userDataOverride) app.setPath('userData', userDataOverride);

// Privileged schemes must be registered before `ready`.
registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;

if (claimSingleInstance(app, focusMainWindow)) {
  start().catch((error: unknown) => {
    console.error('[main] start-up failed:', error);
    dialog.showErrorBox('Press Office', `The app could not start.\n\n${String(error)}`);
    app.exit(1);
  });
} else {
  app.quit();
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();

  const url = rendererUrl(process.env, app.isPackaged);
  const isDev = url !== APP_ENTRY_URL;
  const isAppUrl = sameOriginAs([url]);
  const { store: config } = await AppConfigStore.load(app.getPath('userData'));
  const defaultDir = config.defaultLibraryPath;

  const library = new LibrarySession({
    defaultDir,
    onOpened: (dir) => detached('remembering the library folder', config.rememberLibrary(dir)),
  });
  const uiLang = (): UiLang => {
    try {
      return library.current().getSettings().uiLanguage;
    } catch {
      return 'en';
    }
  };
  const window = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
  // The app prints with Electron's own engine; its hidden window opens on the first PDF.
  const exportJobs = new ExportJobs({
    engine: new ElectronPdfEngine(),
    app: { name: app.getName(), version: app.getVersion() },
  });
  const importJobs = new ImportJobs();

  installHardening(app, session.defaultSession, {
    isAppUrl,
    offerExternal: createExternalLinkOffer(
      (link) => confirmExternalLink(dialog, window(), uiLang(), link),
      (link) => shell.openExternal(link),
    ),
  });
  if (!isDev) serveAppProtocol(protocol, net, join(import.meta.dirname, '../renderer'));

  const startup = await openStartupLibrary(library, config.current.libraryPath, defaultDir);
  if (startup.kind === 'failed') console.error('[main] no library could be opened:', startup.error);

  const onMenuAction = (action: MenuAction): void => {
    switch (action) {
      case 'new-release':
      case 'import':
      case 'export':
      case 'show-shortcuts':
        sendCommand(window()?.webContents, action);
        return;
      case 'open-library':
        detached(
          'opening a library folder',
          flushRendererEdits(window()?.webContents).then(() => openLibraryFolder(switchOptions())),
        );
        return;
      case 'about':
        detached(
          'the About box',
          showAbout(dialog, window(), uiLang(), app.getName(), app.getVersion()),
        );
        return;
    }
  };
  const switchOptions = () => ({
    dialog,
    window: window(),
    lang: uiLang(),
    session: library,
    defaultDir,
    onLibraryChanged: () => {
      refreshMenu();
      sendCommand(window()?.webContents, 'library-changed');
    },
  });
  const openRecent = (dir: string): void => {
    detached(
      'opening a recent library',
      flushRendererEdits(window()?.webContents).then(() => switchLibrary(switchOptions(), dir)),
    );
  };
  const refreshMenu = (): void =>
    installMenu(
      Menu,
      buildMenuTemplate({
        lang: uiLang(),
        appName: app.getName(),
        platform: process.platform,
        isDev,
        onAction: onMenuAction,
        recentLibraries: config.current.recentLibraries,
        onOpenRecent: openRecent,
      }),
    );

  registerApi(
    ipcMain,
    refreshMenuAfterLanguageChanges(
      createDispatcher(library, {
        exporting: {
          jobs: exportJobs,
          shell: electronExportShell({ dialog, shell, window, lang: uiLang }),
        },
        importing: importJobs,
      }),
      refreshMenu,
    ),
    isAppUrl,
    () => window()?.webContents.id,
  );
  refreshMenu();

  const openMainWindow = (): void => {
    mainWindow = createMainWindow({
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      url,
      title: app.getName(),
      savedState: config.current.windowState,
      screen,
      onClose: (state) => detached('saving the window position', config.saveWindowState(state)),
    });
    // The PDF engine's hidden window counts as a window: left open, it would keep the app
    // running after the user closed the main one. Exports of a closed window stop with it.
    mainWindow.once('closed', () => detached('stopping the exports', exportJobs.close()));
  };
  openMainWindow();
  if (startup.kind === 'fell-back') {
    detached(
      'the library fall-back notice',
      showLibraryFallback(dialog, window(), uiLang(), startup.failedPath, startup.error),
    );
  }

  // Capture the window while it still exists, then wait for the library's and config's writes.
  installQuitGuard(app, async () => {
    const open = window();
    // Edits still inside the page's autosave debounce are saved before the library closes.
    if (open) await flushRendererEdits(open.webContents);
    if (open)
      await config.saveWindowState({ ...open.getNormalBounds(), maximized: open.isMaximized() });
    await exportJobs.close();
    await importJobs.close();
    await Promise.all([library.close(), config.flush()]);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (window() === null) openMainWindow();
  });
}

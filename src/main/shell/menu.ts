/**
 * The native application menu, built by a pure function from the interface language so that
 * it can be tested without Electron and rebuilt when the library's language changes.
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { UiLang } from '@shared/languages';
import type { Dispatch } from '../api/dispatch';
import { SHELL_STRINGS } from './strings';

/** What a menu item asks for; main decides whether it runs in main or goes to the renderer. */
export type MenuAction =
  | 'new-release'
  | 'open-library'
  | 'import'
  | 'export'
  | 'show-shortcuts'
  | 'about';

export interface MenuTemplateOptions {
  lang: UiLang;
  appName: string;
  platform: NodeJS.Platform;
  /** Running from electron-vite's dev server: offers reload and the developer tools. */
  isDev: boolean;
  onAction: (action: MenuAction) => void;
  /** Libraries opened before, most recent first (the open one included). */
  recentLibraries?: readonly string[];
  onOpenRecent?: (dir: string) => void;
}

export function buildMenuTemplate({
  lang,
  appName,
  platform,
  isDev,
  onAction,
  recentLibraries = [],
  onOpenRecent,
}: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = SHELL_STRINGS[lang];
  const isMac = platform === 'darwin';
  const action = (id: MenuAction) => () => onAction(id);
  const about: MenuItemConstructorOptions = { label: t.about(appName), click: action('about') };

  // macOS keeps About and Quit in the menu named after the app; elsewhere they live in File and Help.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newRelease, accelerator: 'CmdOrCtrl+N', click: action('new-release') },
      { label: t.openLibrary, accelerator: 'CmdOrCtrl+O', click: action('open-library') },
      {
        label: t.openRecent,
        enabled: recentLibraries.length > 0 && onOpenRecent !== undefined,
        submenu: recentLibraries.map((dir) => ({ label: dir, click: () => onOpenRecent?.(dir) })),
      },
      { type: 'separator' },
      { label: t.importFiles, click: action('import') },
      { label: t.exportRelease, accelerator: 'CmdOrCtrl+E', click: action('export') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'pasteAndMatchStyle', label: t.pasteAndMatchStyle },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(isDev
        ? [
            { role: 'reload', label: t.reload } as const,
            { role: 'forceReload', label: t.forceReload } as const,
            { role: 'toggleDevTools', label: t.toggleDevTools } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom', label: t.actualSize },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'windowMenu', label: t.window }]
    : [];

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: [
      { label: t.shortcuts, click: action('show-shortcuts') },
      ...(isMac ? [] : [{ type: 'separator' } as const, about]),
    ],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}

export function installMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  template: MenuItemConstructorOptions[],
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(template));
}

/** API calls after which the interface language may differ, so the menu is rebuilt. */
const LANGUAGE_CHANGING_METHODS: ReadonlySet<unknown> = new Set([
  'settings.update',
  'library.open',
]);

export function refreshMenuAfterLanguageChanges(
  dispatch: Dispatch,
  refreshMenu: () => void,
): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (result.ok && LANGUAGE_CHANGING_METHODS.has(method)) refreshMenu();
    return result;
  };
}

import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../src/shared/errors';
import {
  buildMenuTemplate,
  refreshMenuAfterLanguageChanges,
  type MenuAction,
  type MenuTemplateOptions,
} from '../../src/main/shell/menu';

function template(overrides: Partial<MenuTemplateOptions> = {}) {
  const onAction = vi.fn<(action: MenuAction) => void>();
  const menu = buildMenuTemplate({
    lang: 'en',
    appName: 'Press Office',
    platform: 'linux',
    isDev: false,
    onAction,
    ...overrides,
  });
  return { menu, onAction };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!Array.isArray(item?.submenu)) throw new Error(`no submenu in ${item?.label}`);
  return item.submenu;
}

function find(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = menu.find((entry) => entry.label === label);
  if (!item)
    throw new Error(`no item "${label}" in ${menu.map((entry) => entry.label).join(', ')}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  item.click?.({} as MenuItem, undefined, {} as KeyboardEvent);
}

const roles = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.role).filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(template().menu.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('File offers a new release and opening a library, with their shortcuts, and Quit', () => {
    const { menu, onAction } = template();
    const file = submenu(menu[0]);
    const newRelease = find(file, 'New release');
    const openLibrary = find(file, 'Open library folder…');
    expect(newRelease.accelerator).toBe('CmdOrCtrl+N');
    expect(openLibrary.accelerator).toBe('CmdOrCtrl+O');
    expect(roles(file)).toEqual(['quit']);

    click(newRelease);
    click(openLibrary);
    expect(onAction.mock.calls).toEqual([['new-release'], ['open-library']]);
  });

  it('File offers Import… and the recent libraries, disabled while there are none', () => {
    const { menu, onAction } = template();
    const file = submenu(menu[0]);
    click(find(file, 'Import…'));
    expect(onAction.mock.calls).toEqual([['import']]);
    expect(find(file, 'Open recent library').enabled).toBe(false);

    const opened: string[] = [];
    const withRecent = buildMenuTemplate({
      lang: 'en',
      appName: 'Press Office',
      platform: 'linux',
      isDev: false,
      onAction: () => undefined,
      recentLibraries: ['/media/usb/Library', '/home/anna/Library'],
      onOpenRecent: (dir) => opened.push(dir),
    });
    const recent = find(submenu(withRecent[0]), 'Open recent library');
    expect(recent.enabled).toBe(true);
    const entries = submenu(recent);
    expect(entries.map((item) => item.label)).toEqual(['/media/usb/Library', '/home/anna/Library']);
    click(entries[1]!);
    expect(opened).toEqual(['/home/anna/Library']);
  });

  it('File offers Export… with Ctrl/Cmd+E, on macOS too', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { menu, onAction } = template({ platform });
      const file = submenu(menu.find((item) => item.label === '&File'));
      const exportItem = find(file, 'Export…');
      expect(exportItem.accelerator).toBe('CmdOrCtrl+E');
      click(exportItem);
      expect(onAction.mock.calls).toEqual([['export']]);
    }
  });

  it('Edit holds the standard editing roles', () => {
    expect(roles(submenu(template().menu[1]))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'selectAll',
    ]);
  });

  it('View offers reload and developer tools only in development', () => {
    expect(roles(submenu(template().menu[2]))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
    expect(roles(submenu(template({ isDev: true }).menu[2]))).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('Help offers the keyboard shortcuts and About', () => {
    const { menu, onAction } = template();
    const help = submenu(menu[3]);
    click(find(help, 'Keyboard shortcuts'));
    click(find(help, 'About Press Office'));
    expect(onAction.mock.calls).toEqual([['show-shortcuts'], ['about']]);
  });

  it('speaks Russian when the library does', () => {
    const { menu } = template({ lang: 'ru' });
    expect(menu.map((item) => item.label)).toEqual(['&Файл', '&Правка', '&Вид', '&Справка']);
    const file = submenu(menu[0]);
    expect(file.map((item) => item.label)).toEqual([
      'Новый релиз',
      'Открыть папку библиотеки…',
      'Недавние библиотеки',
      undefined,
      'Импорт…',
      'Экспорт…',
      undefined,
      'Выход',
    ]);
    expect(find(submenu(menu[3]), 'О программе Press Office')).toBeDefined();
  });

  it('gives every item a label in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      for (const top of template({ lang, isDev: true }).menu) {
        expect(top.label).toBeTruthy();
        for (const item of submenu(top))
          if (item.type !== 'separator') expect(item.label).toBeTruthy();
      }
    }
  });

  it('follows macOS conventions: an app menu with About and Quit, and a Window menu', () => {
    const { menu, onAction } = template({ platform: 'darwin' });
    expect(menu.map((item) => item.label)).toEqual([
      'Press Office',
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    const appMenu = submenu(menu[0]);
    expect(roles(appMenu)).toContain('quit');
    click(find(appMenu, 'About Press Office'));
    expect(onAction).toHaveBeenCalledWith('about');
    expect(roles(submenu(menu[1]))).toEqual([]);
  });
});

describe('refreshMenuAfterLanguageChanges', () => {
  const ok: Envelope<unknown> = { ok: true, value: {} };
  const failed: Envelope<unknown> = { ok: false, error: { code: 'invalid-input', message: 'no' } };

  it.each([
    ['settings.update', ok, 1],
    ['library.open', ok, 1],
    ['settings.update', failed, 0],
    ['releases.list', ok, 0],
  ] as const)('%s → %o refreshes the menu %i time(s)', async (method, result, times) => {
    const refresh = vi.fn();
    const dispatch = refreshMenuAfterLanguageChanges(async () => result, refresh);
    expect(await dispatch(method, {})).toBe(result);
    expect(refresh).toHaveBeenCalledTimes(times);
  });
});

/** Words of the native menu and dialogs, in the library's interface language. */
import type { UiLang } from '@shared/languages';

export interface ShellStrings {
  file: string;
  newRelease: string;
  openLibrary: string;
  openRecent: string;
  importFiles: string;
  exportRelease: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  pasteAndMatchStyle: string;
  selectAll: string;
  view: string;
  reload: string;
  forceReload: string;
  toggleDevTools: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  help: string;
  shortcuts: string;
  about: (appName: string) => string;
  aboutDetail: (version: string) => string;
  ok: string;
  cancel: string;
  chooseLibrary: string;
  chooseLibraryButton: string;
  chooseExportFolder: string;
  chooseExportFolderButton: string;
  libraryOpenFailed: (path: string) => string;
  libraryFallback: (path: string) => string;
  externalLink: string;
  externalLinkDetail: (url: string) => string;
  externalLinkOpen: string;
}

export const SHELL_STRINGS: Record<UiLang, ShellStrings> = {
  en: {
    file: '&File',
    newRelease: 'New release',
    openLibrary: 'Open library folder…',
    openRecent: 'Open recent library',
    importFiles: 'Import…',
    exportRelease: 'Export…',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste as plain text',
    selectAll: 'Select all',
    view: '&View',
    reload: 'Reload',
    forceReload: 'Force reload',
    toggleDevTools: 'Developer tools',
    actualSize: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    toggleFullScreen: 'Full screen',
    window: '&Window',
    help: '&Help',
    shortcuts: 'Keyboard shortcuts',
    about: (appName) => `About ${appName}`,
    aboutDetail: (version) =>
      `Version ${version}\nReleases, translations and review for a press centre. Works offline.`,
    ok: 'OK',
    cancel: 'Cancel',
    chooseLibrary: 'Choose the library folder',
    chooseLibraryButton: 'Open library',
    chooseExportFolder: 'Choose the folder to export into',
    chooseExportFolderButton: 'Export here',
    libraryOpenFailed: (path) => `Could not open the library in ${path}`,
    libraryFallback: (path) =>
      `The library in ${path} could not be opened, so the default library was opened instead. Use File › Open library folder… to try again.`,
    externalLink: 'Open this link outside Press Office?',
    externalLinkDetail: (url) => `${url}\n\nIt opens in your browser or mail program.`,
    externalLinkOpen: 'Open link',
  },
  ru: {
    file: '&Файл',
    newRelease: 'Новый релиз',
    openLibrary: 'Открыть папку библиотеки…',
    openRecent: 'Недавние библиотеки',
    importFiles: 'Импорт…',
    exportRelease: 'Экспорт…',
    quit: 'Выход',
    edit: '&Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    pasteAndMatchStyle: 'Вставить как простой текст',
    selectAll: 'Выделить всё',
    view: '&Вид',
    reload: 'Перезагрузить',
    forceReload: 'Перезагрузить без кэша',
    toggleDevTools: 'Инструменты разработчика',
    actualSize: 'Фактический размер',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    toggleFullScreen: 'Во весь экран',
    window: '&Окно',
    help: '&Справка',
    shortcuts: 'Сочетания клавиш',
    about: (appName) => `О программе ${appName}`,
    aboutDetail: (version) =>
      `Версия ${version}\nРелизы, переводы и согласование для пресс-центра. Работает без интернета.`,
    ok: 'OK',
    cancel: 'Отмена',
    chooseLibrary: 'Выберите папку библиотеки',
    chooseLibraryButton: 'Открыть библиотеку',
    chooseExportFolder: 'Выберите папку для экспорта',
    chooseExportFolderButton: 'Экспортировать сюда',
    libraryOpenFailed: (path) => `Не удалось открыть библиотеку в папке ${path}`,
    libraryFallback: (path) =>
      `Библиотеку в папке ${path} открыть не удалось, поэтому открыта библиотека по умолчанию. Чтобы попробовать снова, выберите Файл › Открыть папку библиотеки…`,
    externalLink: 'Открыть ссылку вне Press Office?',
    externalLinkDetail: (url) => `${url}\n\nОна откроется в браузере или почтовой программе.`,
    externalLinkOpen: 'Открыть ссылку',
  },
};

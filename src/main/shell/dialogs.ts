/**
 * Native dialogs of the shell. Electron's dialog module comes in as a parameter, so these are
 * plain functions that a test can drive with a fake.
 */
import type { BaseWindow, Dialog, MessageBoxOptions, OpenDialogOptions } from 'electron';
import { describeError, type ApiError } from '@shared/errors';
import type { UiLang } from '@shared/languages';
import { toApiError } from '../errors';
import { openLibrary, type LibraryOpener } from './startup-library';
import { SHELL_STRINGS } from './strings';

type DialogApi = Pick<Dialog, 'showMessageBox' | 'showOpenDialog'>;

/** Dialogs are modal to the window when there is one. */
function messageBox(dialog: DialogApi, window: BaseWindow | null, options: MessageBoxOptions) {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}

function openDialog(dialog: DialogApi, window: BaseWindow | null, options: OpenDialogOptions) {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

/** Asks before a link leaves the app; "Cancel" is the default and what Escape means. */
export async function confirmExternalLink(
  dialog: DialogApi,
  window: BaseWindow | null,
  lang: UiLang,
  url: string,
): Promise<boolean> {
  const t = SHELL_STRINGS[lang];
  const { response } = await messageBox(dialog, window, {
    type: 'question',
    message: t.externalLink,
    detail: t.externalLinkDetail(url),
    buttons: [t.externalLinkOpen, t.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

export async function showAbout(
  dialog: DialogApi,
  window: BaseWindow | null,
  lang: UiLang,
  appName: string,
  version: string,
): Promise<void> {
  const t = SHELL_STRINGS[lang];
  await messageBox(dialog, window, {
    type: 'info',
    message: appName,
    detail: t.aboutDetail(version),
    buttons: [t.ok],
  });
}

export async function showLibraryFallback(
  dialog: DialogApi,
  window: BaseWindow | null,
  lang: UiLang,
  failedPath: string,
  error: ApiError,
): Promise<void> {
  const t = SHELL_STRINGS[lang];
  await messageBox(dialog, window, {
    type: 'warning',
    message: t.libraryFallback(failedPath),
    detail: describeError(error, lang),
    buttons: [t.ok],
  });
}

/** File › Export…: the folder packages are written into; null when the user cancelled. */
export async function chooseExportFolder(
  dialog: DialogApi,
  window: BaseWindow | null,
  lang: UiLang,
  suggested: string,
): Promise<string | null> {
  const t = SHELL_STRINGS[lang];
  const { canceled, filePaths } = await openDialog(dialog, window, {
    title: t.chooseExportFolder,
    buttonLabel: t.chooseExportFolderButton,
    defaultPath: suggested,
    properties: ['openDirectory', 'createDirectory'],
  });
  return canceled ? null : (filePaths[0] ?? null);
}

export interface OpenLibraryFolderOptions {
  dialog: DialogApi;
  window: BaseWindow | null;
  lang: UiLang;
  session: LibraryOpener;
  defaultDir: string;
  /** Called once another library is open (the session remembers it through its onOpened). */
  onLibraryChanged: () => void;
}

/**
 * File › Open library folder…: choose a folder, open (or create) the library in it. The
 * session opens the new library before closing the old one, so a folder that cannot be
 * opened leaves the user where they were; the dialog says why.
 */
export async function openLibraryFolder({
  dialog,
  window,
  lang,
  session,
  defaultDir,
  onLibraryChanged,
}: OpenLibraryFolderOptions): Promise<void> {
  const t = SHELL_STRINGS[lang];
  const { canceled, filePaths } = await openDialog(dialog, window, {
    title: t.chooseLibrary,
    buttonLabel: t.chooseLibraryButton,
    properties: ['openDirectory', 'createDirectory'],
  });
  const dir = filePaths[0];
  if (canceled || dir === undefined) return;
  await switchLibrary({ dialog, window, lang, session, defaultDir, onLibraryChanged }, dir);
}

/** Opens the library at `dir` (File › Open recent, or after the folder dialog); says so if it cannot. */
export async function switchLibrary(
  { dialog, window, lang, session, defaultDir, onLibraryChanged }: OpenLibraryFolderOptions,
  dir: string,
): Promise<void> {
  try {
    await openLibrary(session, dir, defaultDir);
  } catch (error) {
    await messageBox(dialog, window, {
      type: 'error',
      message: SHELL_STRINGS[lang].libraryOpenFailed(dir),
      detail: describeError(toApiError(error), lang),
      buttons: [SHELL_STRINGS[lang].ok],
    });
    return;
  }
  onLibraryChanged();
}

/**
 * The app's side of exports: Electron's folder dialog for the destination and its shell for
 * showing the result. Electron comes in as parameters, so a test can drive it with fakes.
 */
import type { BaseWindow, Dialog, Shell } from 'electron';
import type { UiLang } from '@shared/languages';
import type { ExportShell } from '../export-jobs/export-shell';
import { chooseExportFolder } from './dialogs';

export interface ElectronExportShellOptions {
  dialog: Pick<Dialog, 'showMessageBox' | 'showOpenDialog'>;
  shell: Pick<Shell, 'showItemInFolder' | 'openPath'>;
  window: () => BaseWindow | null;
  lang: () => UiLang;
}

export function electronExportShell({
  dialog,
  shell,
  window,
  lang,
}: ElectronExportShellOptions): ExportShell {
  return {
    chooseDestination: (suggested) => chooseExportFolder(dialog, window(), lang(), suggested),
    async reveal(path, kind) {
      if (kind === 'package') {
        shell.showItemInFolder(path);
        return true;
      }
      // openPath answers an error message, empty on success.
      return (await shell.openPath(path)) === '';
    },
  };
}

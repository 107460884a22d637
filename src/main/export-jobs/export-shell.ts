/**
 * What an export needs from the desktop: a folder chosen by the user, and a finished package
 * shown in the file manager. The app implements it with Electron's dialog and shell
 * (src/main/shell/electron-export-shell.ts); the loopback host, which has no desktop to speak of,
 * with the library's exports/ folder and an answer that nothing was shown.
 */
export interface ExportShell {
  /** A folder chosen by the user, starting at `suggested`; null when they cancelled. */
  chooseDestination(suggested: string): Promise<string | null>;
  /**
   * Shows `path` in the file manager: a package selected in its folder, or a folder opened.
   * False when this process cannot show anything.
   */
  reveal(path: string, kind: 'package' | 'folder'): Promise<boolean>;
}

/** For processes without a desktop: the suggested folder is the answer; nothing is shown. */
export const HEADLESS_EXPORT_SHELL: ExportShell = {
  chooseDestination: async (suggested) => suggested,
  reveal: async () => false,
};

import type { PressOfficeApi } from '@shared/preload-api';

declare global {
  interface Window {
    /** Present only inside the Electron window; the loopback host's page has no bridge. */
    pressOffice?: PressOfficeApi;
    /** Saves pending edits now; main calls it before quitting or switching the library. */
    pressOfficeFlush?: () => Promise<boolean>;
  }
}

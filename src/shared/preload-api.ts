/**
 * What the preload exposes to the renderer as `window.pressOffice`, and nothing more.
 * Types only: the preload bundle and the renderer both import this file.
 */
import type { Envelope } from './errors';

export interface PressOfficeApi {
  /** Calls one method of the API contract; every outcome, failures included, is an envelope. */
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to commands from the native menu (see ShellCommand); returns the unsubscribe. */
  onCommand(cb: (command: string) => void): () => void;
}

/** Commands main sends to the renderer. */
export type ShellCommand =
  /** File › New release. */
  | 'new-release'
  /** File › Import…: the import dialog (its file picker is the system's own in the app). */
  | 'import'
  /** File › Export…: the open release, or the approved ones from the list. */
  | 'export'
  /** Another library folder is now open: reload everything. */
  | 'library-changed'
  /** Help › Keyboard shortcuts. */
  | 'show-shortcuts';

/** The channel commands travel on; a literal type so main and preload cannot disagree. */
export type CommandChannel = 'command';

/** Main → renderer commands: a bare string on one channel, never an object the page could probe. */
import type { WebContents } from 'electron';
import type { CommandChannel, ShellCommand } from '@shared/preload-api';

export const COMMAND_CHANNEL: CommandChannel = 'command';

export function sendCommand(
  contents: Pick<WebContents, 'send' | 'isDestroyed'> | undefined,
  command: ShellCommand,
): void {
  if (contents && !contents.isDestroyed()) contents.send(COMMAND_CHANNEL, command);
}

/**
 * `press-office sync --library DIR --remote URL [--user NAME]`: one sync of a library with a
 * team server. The password comes from PRESS_OFFICE_SYNC_PASSWORD, never from the command
 * line (which other users of the machine can read) and is never printed.
 */
import { syncLibrary, type SyncReport } from '../sync/sync-session';
import { describeSyncError } from '../sync/sync-errors';
import { checkTarget } from '../sync/sync-target';
import { openExistingLibrary } from './open-library';

export const PASSWORD_ENV = 'PRESS_OFFICE_SYNC_PASSWORD';

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function runSync(
  command: { library: string; remote: string; user: string | undefined },
  env: NodeJS.ProcessEnv,
  { out, err }: Output,
): Promise<boolean> {
  const password = env[PASSWORD_ENV];
  const { target, warnings } = checkTarget(command.remote, {
    ...(command.user !== undefined ? { username: command.user } : {}),
    ...(password !== undefined ? { password } : {}),
  });
  for (const warning of warnings) err(`press-office: warning: ${warning}`);
  const library = await openExistingLibrary(command.library);
  try {
    const report = await syncLibrary(library, target);
    for (const line of reportLines(report)) out(line);
    return report.quarantined.length === 0;
  } catch (error) {
    err(`press-office: ${describeSyncError(error, target.url).message}`);
    return false;
  } finally {
    await library.close();
  }
}

export function reportLines(report: SyncReport): string[] {
  const lines = [
    `${report.exported.length} release(s) changed here since the last sync; pushed ${report.pushed} document(s), pulled ${report.pulled}`,
    `updated ${report.imported.length} release(s) from the server${report.imported.length ? `: ${report.imported.join(', ')}` : ''}`,
  ];
  if (report.merged.length)
    lines.push(`merged ${report.merged.length} concurrently edited document(s)`);
  if (report.deferred.length) {
    lines.push(`saved while syncing, left for the next sync: ${report.deferred.join(', ')}`);
  }
  for (const { doc, reason } of report.quarantined) {
    lines.push(`quarantined ${doc} from the server (${reason}); the library keeps its own copy`);
  }
  return lines;
}

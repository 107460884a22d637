/**
 * A failed sync in words a user can act on. The engine reports HTTP statuses and Node's
 * network error codes; the message never repeats the URL's credentials (there are none in
 * it, see sync-target.ts) nor the password.
 */
export type SyncFailure =
  'wrong-password' | 'forbidden' | 'no-database' | 'unreachable' | 'disk-full' | 'other';

export interface DescribedFailure {
  kind: SyncFailure;
  message: string;
}

interface EngineError {
  status?: number;
  code?: string;
  message?: string;
  reason?: string;
  error?: string | boolean;
}

export function describeSyncError(error: unknown, serverUrl: string): DescribedFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as EngineError;
  const host = safeHost(serverUrl);
  const text = `${e.message ?? ''} ${e.reason ?? ''}`;
  if (e.status === 401) {
    return {
      kind: 'wrong-password',
      message: `${host} refused the user name or password: check them and try again`,
    };
  }
  if (e.status === 403) {
    return {
      kind: 'forbidden',
      message: `${host} does not let this user read and write the database: ask the server's administrator`,
    };
  }
  if (e.status === 404) {
    return {
      kind: 'no-database',
      message: `${host} has no such database: check the address, or ask the administrator to create it`,
    };
  }
  if (e.code === 'ENOSPC' || /ENOSPC/.test(text)) {
    return {
      kind: 'disk-full',
      message: 'the disk is full: free some space, then sync again (nothing was lost)',
    };
  }
  if (
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|socket hang up|fetch failed/.test(
      `${e.code ?? ''} ${text}`,
    )
  ) {
    return {
      kind: 'unreachable',
      message: `${host} cannot be reached: check the network and the address; your edits are kept and go out with the next sync`,
    };
  }
  return {
    kind: 'other',
    message: `the sync with ${host} failed: ${e.reason ?? e.message ?? String(error)}`,
  };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

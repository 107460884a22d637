const STORAGE_KEY = 'pressOffice.acknowledgedQuarantine';
/** Enough for years of incidents; the oldest acknowledgements are forgotten first. */
const MAX_ENTRIES = 500;

/** A quarantined file's identity: its new name carries the time it was moved, so it is unique. */
export function quarantineKey(libraryPath: string, file: string): string {
  return `${libraryPath}\n${file}`;
}

/**
 * Quarantined files the user has already been told about. Main keeps the quarantine report
 * for good, so without this the banner would return on every start. Best effort: storage
 * may be unavailable or, for the loopback host's changing port, a fresh origin.
 */
export function loadAcknowledged(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((key) => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

export function saveAcknowledged(keys: string[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(keys.slice(-MAX_ENTRIES)));
  } catch {
    // Not remembered: the banner shows again next time, which is harmless.
  }
}

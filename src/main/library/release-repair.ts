/**
 * Repairs of stored releases that would otherwise be unusable although nothing of their text is
 * wrong. Each repair is applied before validation and described in one sentence for the report.
 */
import { isKnownTimeZone } from '@shared/zoned-time';

/** The zone a stored embargo with an unknown zone falls back to: it stays in force. */
export const FALLBACK_TIME_ZONE = 'UTC';

export interface RepairedJson {
  json: unknown;
  /** Empty when nothing needed repair. */
  repairs: string[];
}

/**
 * An embargo zone the runtime does not know (written by an older version that did not check,
 * or by hand) is replaced by UTC rather than dropping the embargo, which would lift it.
 */
export function repairReleaseFileJson(json: unknown): RepairedJson {
  const embargo = embargoOf(json);
  if (!embargo || typeof embargo.timeZone !== 'string' || isKnownTimeZone(embargo.timeZone)) {
    return { json, repairs: [] };
  }
  const file = json as { release: { embargo: Record<string, unknown> } };
  const repaired = {
    ...file,
    release: { ...file.release, embargo: { ...embargo, timeZone: FALLBACK_TIME_ZONE } },
  };
  return {
    json: repaired,
    repairs: [
      `release.embargo.timeZone: ${JSON.stringify(embargo.timeZone)} is not a known time zone; ` +
        `the embargo now uses ${FALLBACK_TIME_ZONE} — check its time and zone`,
    ],
  };
}

function embargoOf(json: unknown): Record<string, unknown> | null {
  if (typeof json !== 'object' || json === null) return null;
  const release = (json as { release?: unknown }).release;
  if (typeof release !== 'object' || release === null) return null;
  const embargo = (release as { embargo?: unknown }).embargo;
  return typeof embargo === 'object' && embargo !== null
    ? (embargo as Record<string, unknown>)
    : null;
}

/**
 * Wall-clock times in an IANA time zone, as embargoes are written ("2024-07-25T10:00" in
 * "Europe/Minsk"), turned into instants with the runtime's tz data, daylight saving included.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    // Throws RangeError for a zone the runtime does not know.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    partsFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes to add to UTC to get the zone's wall clock at `instant` (+180 for Minsk). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  const whole = instant.getTime() - (instant.getTime() % 1000);
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `wallTime` (YYYY-MM-DDTHH:mm).
 * A time skipped by a daylight-saving jump is read with the offset before the jump (02:30 in
 * a spring-forward gap becomes 03:30); a time shown twice resolves to the first.
 */
export function wallTimeToInstant(wallTime: string, timeZone: string): Date {
  const match = WALL_TIME.exec(wallTime);
  if (!match) throw new RangeError(`not a wall-clock time (YYYY-MM-DDTHH:mm): ${wallTime}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Try the offsets in force a day either side; the earliest candidate that reads back as
  // the wanted wall time wins (the first of two in an overlap).
  const offsets = new Set([
    utcOffsetMinutes(new Date(asUtc - 86_400_000), timeZone),
    utcOffsetMinutes(new Date(asUtc), timeZone),
    utcOffsetMinutes(new Date(asUtc + 86_400_000), timeZone),
  ]);
  const candidates = [...offsets].map((offset) => asUtc - offset * 60_000).sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (candidate + utcOffsetMinutes(new Date(candidate), timeZone) * 60_000 === asUtc) {
      return new Date(candidate);
    }
  }
  // In a gap: the clock jumps over the wanted time; use the offset before the jump.
  const before = utcOffsetMinutes(new Date(asUtc - 86_400_000), timeZone);
  return new Date(asUtc - before * 60_000);
}

/** "UTC+03:00" / "UTC-05:00": the label of an offset in minutes. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

/** The instant as ISO 8601 with the zone's own offset, e.g. 2023-08-25T10:00:00+03:00. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const offset = utcOffsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${formatUtcOffset(offset).slice(3)}`;
}

/**
 * Whether a release is still under embargo at export time, and the notice every exported
 * file then carries. The embargo is a wall-clock time in an IANA zone; "now < until" is
 * decided on instants, so the exporting machine's own zone plays no part.
 */
import type { Embargo } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { formatWallDateTime } from '@shared/date-format';
import {
  formatUtcOffset,
  isKnownTimeZone,
  toZonedIso,
  utcOffsetMinutes,
  wallTimeToInstant,
} from '@shared/zoned-time';
import { AppError } from '../errors';
import { EXPORT_STRINGS } from './export-strings';

export interface ActiveEmbargo extends Embargo {
  /** The instant the embargo lifts. */
  liftsAt: Date;
  /** The same instant with the zone's offset, e.g. 2023-08-25T10:00:00+03:00. */
  liftsAtZoned: string;
  /** "UTC+03:00": the zone's offset at that instant. */
  utcOffset: string;
}

/** The embargo when it is still in force at `now`; null when there is none or it has lifted. */
export function activeEmbargo(embargo: Embargo | null, now: Date): ActiveEmbargo | null {
  if (!embargo) return null;
  if (!isKnownTimeZone(embargo.timeZone)) {
    throw new AppError('invalid-input', `embargo time zone "${embargo.timeZone}" is unknown`);
  }
  const liftsAt = wallTimeToInstant(embargo.until, embargo.timeZone);
  if (now.getTime() >= liftsAt.getTime()) return null;
  return {
    ...embargo,
    liftsAt,
    liftsAtZoned: toZonedIso(liftsAt, embargo.timeZone),
    utcOffset: formatUtcOffset(utcOffsetMinutes(liftsAt, embargo.timeZone)),
  };
}

/** "25 August 2023, 10:00 (Europe/Minsk, UTC+03:00)" in `lang`. */
function liftTime(embargo: ActiveEmbargo, lang: Lang): string {
  return `${formatWallDateTime(embargo.until, lang)} (${embargo.timeZone}, ${embargo.utcOffset})`;
}

/** "EMBARGOED UNTIL 25 August 2023, 10:00 (Europe/Minsk, UTC+03:00)" in `lang`. */
export function embargoNotice(embargo: ActiveEmbargo, lang: Lang): string {
  return EXPORT_STRINGS[lang].embargoedUntil(liftTime(embargo, lang));
}

/** The stamp at the top of a page: "EMBARGO" and "Not for publication before …" in `lang`. */
export function embargoStamp(embargo: ActiveEmbargo, lang: Lang): { word: string; until: string } {
  const s = EXPORT_STRINGS[lang];
  return { word: s.embargoWord, until: s.notBefore(liftTime(embargo, lang)) };
}

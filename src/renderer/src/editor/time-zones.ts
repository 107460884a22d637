import { formatUtcOffset, isKnownTimeZone, utcOffsetMinutes } from '@shared/zoned-time';

/** The zones of the press centre's member states first, then a few that partners work in. */
const REGIONAL_ZONES = [
  'Europe/Moscow',
  'Europe/Minsk',
  'Asia/Yerevan',
  'Asia/Almaty',
  'Asia/Bishkek',
  'Asia/Dushanbe',
  'Europe/Kaliningrad',
  'Asia/Yekaterinburg',
  'Asia/Novosibirsk',
  'Asia/Vladivostok',
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
];

/** The zone this computer is set to, when the runtime can tell. */
export function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

/** Zones to offer: the regional ones, the computer's own and the one already chosen. */
export function timeZoneChoices(current: string | null): string[] {
  const zones = [...REGIONAL_ZONES, localTimeZone(), ...(current ? [current] : [])];
  return [...new Set(zones)].filter(isKnownTimeZone);
}

/** "Europe/Minsk (UTC+03:00)": the offset in force now. */
export function timeZoneLabel(zone: string, at: Date = new Date()): string {
  return `${zone.replace(/_/g, ' ')} (${formatUtcOffset(utcOffsetMinutes(at, zone))})`;
}

/**
 * Calendar arithmetic in the message's own UTC offset. A date written by the
 * buyer ("tomorrow") means their local day, not the UTC day.
 */

/** Reference instant and the UTC offset, in minutes, that relative dates resolve in. */
export interface TimeReference {
  instant: Date;
  offsetMinutes: number;
  /** True when sentAt gave an explicit offset (Z counts as explicit). */
  hasOffset: boolean;
}

const OFFSET_RE = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

/** Reads the instant and UTC offset of an ISO 8601 sentAt; falls back to `now` in UTC. */
export function timeReference(sentAt: string | undefined, now: Date): TimeReference {
  if (sentAt === undefined) {
    return { instant: now, offsetMinutes: 0, hasOffset: false };
  }
  const instant = new Date(sentAt);
  if (Number.isNaN(instant.getTime())) {
    return { instant: now, offsetMinutes: 0, hasOffset: false };
  }
  const m = OFFSET_RE.exec(sentAt.trim());
  if (m === null) {
    return { instant, offsetMinutes: 0, hasOffset: false };
  }
  const sign = m[1] === '-' ? -1 : 1;
  const minutes = m[1] === undefined ? 0 : sign * (Number(m[2]) * 60 + Number(m[3]));
  return { instant, offsetMinutes: minutes, hasOffset: true };
}

/** A calendar day (month 1-12). */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** Returns the calendar day at the reference instant in its own offset. */
export function localDay(ref: TimeReference): LocalDay {
  const shifted = new Date(ref.instant.getTime() + ref.offsetMinutes * 60_000);
  return fromUtcDate(shifted);
}

/** Returns the day `days` after `day`. */
export function addDays(day: LocalDay, days: number): LocalDay {
  return fromUtcDate(new Date(Date.UTC(day.year, day.month - 1, day.day + days)));
}

/** Returns the last day of a month. */
export function endOfMonth(year: number, month: number): LocalDay {
  return fromUtcDate(new Date(Date.UTC(year, month, 0)));
}

/** Builds a day from year, month (1-12) and day of month, normalizing overflow. */
export function makeDay(year: number, month: number, day: number): LocalDay {
  return fromUtcDate(new Date(Date.UTC(year, month - 1, day)));
}

/** Formats a day as yyyy-mm-dd. */
export function isoDay(day: LocalDay): string {
  const mm = String(day.month).padStart(2, '0');
  const dd = String(day.day).padStart(2, '0');
  return `${String(day.year).padStart(4, '0')}-${mm}-${dd}`;
}

/** Formats an offset in minutes as ±hh:mm. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  return `${sign}${hh}:${String(abs % 60).padStart(2, '0')}`;
}

function fromUtcDate(d: Date): LocalDay {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** Formatting of send times as ISO 8601 with or without a UTC offset. */

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Formats an offset in minutes east of UTC as `+hh:mm` or `-hh:mm`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** Formats wall-clock parts as `yyyy-mm-ddThh:mm:ss`, the ISO 8601 local time form. */
export function formatLocal(parts: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}): string {
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  return `${date}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
}

/**
 * Formats an instant as the local time at the given UTC offset, with that
 * offset: 2001-05-14T23:39:00Z at -420 becomes `2001-05-14T16:39:00-07:00`.
 */
export function formatInstantAtOffset(instant: Date, offsetMinutes: number): string {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  const local = formatLocal({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  });
  return local + formatOffset(offsetMinutes);
}

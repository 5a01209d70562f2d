/**
 * Clock part of WhatsApp message headers: 24-hour times and 12-hour times
 * with the AM/PM or day-period marker that the phone's locale writes.
 */

/** Time of day on the 24-hour clock. */
export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

/** Part of the day a marker names, which decides the 24-hour hour. */
type Period = 'am' | 'pm' | 'night' | 'noon';

/**
 * Markers written after the time, compared after lower-casing and removing
 * dots and spaces: "p. m.", "p.m." and "PM" all become "pm". The day periods
 * ("in the morning") are what Android writes for English locales that use
 * CLDR day periods; the Arabic ones are ص (morning) and م (evening).
 */
const MARKERS_AFTER: Record<string, Period> = {
  am: 'am',
  pm: 'pm',
  inthemorning: 'am',
  intheafternoon: 'pm',
  intheevening: 'pm',
  atnight: 'night',
  noon: 'noon',
  'ص': 'am',
  'م': 'pm',
  sa: 'am',
  ch: 'pm',
  'πμ': 'am',
  'μμ': 'pm',
};

/** Markers written before the time (Chinese, Japanese and Korean locales). */
const MARKERS_BEFORE: Record<string, Period> = {
  '上午': 'am',
  '下午': 'pm',
  '午前': 'am',
  '午後': 'pm',
  '오전': 'am',
  '오후': 'pm',
};

/** Regular-expression source matching any marker written after the time. */
export const MARKER_AFTER_SOURCE =
  '[ap]\\.? ?m\\.?|in the (?:morning|afternoon|evening)|at night|noon|ص|م|SA|CH|π\\.? ?μ\\.?|μ\\.? ?μ\\.?';

/** Regular-expression source matching any marker written before the time. */
export const MARKER_BEFORE_SOURCE = Object.keys(MARKERS_BEFORE).join('|');

/**
 * Builds a 24-hour time from the written fields and marker, or returns null
 * when the result is not a valid time. A 12-hour marker accepts hour 0
 * because some exports write "00:04:03 AM" for four minutes past midnight,
 * and an afternoon marker after hours 13 to 23 ("13:37:00 p.m.") leaves them
 * as written.
 */
export function toClockTime(hour: number, minute: number, second: number, marker: string | undefined): ClockTime | null {
  if (minute > 59 || second > 59 || hour > 23) return null;
  if (marker === undefined || marker === '') return { hour, minute, second };
  const period = periodOf(marker);
  if (period === null) return null;
  if (hour > 12) return period === 'am' ? null : { hour, minute, second };
  return { hour: to24Hour(hour, period), minute, second };
}

function periodOf(marker: string): Period | null {
  const key = marker.toLowerCase().replace(/[.\s]/g, '');
  return MARKERS_AFTER[key] ?? MARKERS_BEFORE[key] ?? null;
}

/**
 * Converts a 12-hour clock hour. "At night" covers 21:00 to 05:59 in the CLDR
 * English day periods, so 9 to 11 at night are evening hours and 12 is midnight.
 */
function to24Hour(hour: number, period: Period): number {
  const base = hour % 12;
  switch (period) {
    case 'am':
      return base;
    case 'pm':
      return base + 12;
    case 'noon':
      return 12;
    case 'night':
      return hour >= 6 && hour < 12 ? base + 12 : base;
  }
}

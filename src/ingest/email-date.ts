import { formatInstantAtOffset } from './time.js';

/** RFC 5322 obsolete zone names (section 4.3) and their offsets in minutes. */
const ZONE_NAMES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/**
 * Zone abbreviations that are not in RFC 5322 but that mail clients write,
 * with the offset each usually means. JavaScript's Date does not read them.
 */
const EXTRA_ZONE_NAMES: Record<string, number> = {
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  IST: 330,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  BST: 60,
  MSK: 180,
  AEST: 600,
  AEDT: 660,
};

/**
 * Parses a raw Date header value. mailparser 3.x substitutes the current
 * time for a date it cannot read, which would give a message a different
 * time on every run, so the header is parsed here instead. Returns null when
 * it cannot be read.
 */
export function parseDateHeader(value: string): Date | null {
  let text = value.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const zone = /\s([A-Z]{3,4})$/.exec(text);
  const minutes = zone?.[1] === undefined ? undefined : EXTRA_ZONE_NAMES[zone[1]];
  if (zone && minutes !== undefined) {
    const sign = minutes < 0 ? '-' : '+';
    const hhmm = `${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
    text = `${text.slice(0, zone.index)} ${sign}${hhmm}`;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Reads the UTC offset written in a raw Date header value, in minutes east of
 * UTC: `-0700` gives -420, `PDT` gives -420. Returns null when the header
 * names no offset.
 */
export function offsetFromDateHeader(value: string): number | null {
  const numeric = /(?:^|\s)([+-])(\d{2}):?(\d{2})(?:\s|\(|$)/.exec(value);
  if (numeric !== null) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = /\b([A-Z]{1,4}T|UTC?|Z)\b/.exec(value.replace(/\(.*?\)/g, ''));
  if (named?.[1] === undefined) return null;
  return ZONE_NAMES[named[1]] ?? EXTRA_ZONE_NAMES[named[1]] ?? null;
}

/**
 * Formats a parsed Date header as ISO 8601 in the sender's own offset, so
 * `Mon, 14 May 2001 16:39:00 -0700` stays `2001-05-14T16:39:00-07:00`. With
 * no offset in the header the instant is written in UTC (`+00:00`).
 */
export function emailSentAt(instant: Date, rawHeader: string | null): string {
  const offset = rawHeader === null ? null : offsetFromDateHeader(rawHeader);
  return formatInstantAtOffset(instant, offset ?? 0);
}

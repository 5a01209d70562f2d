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
  const named = /\b([A-Z]{1,3}T|UTC?|Z)\b/.exec(value.replace(/\(.*?\)/g, ''));
  return named?.[1] === undefined ? null : (ZONE_NAMES[named[1]] ?? null);
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

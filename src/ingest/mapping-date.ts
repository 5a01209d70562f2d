import { monthNumber } from './mapping-month.js';
import { formatLocal, formatOffset } from './time.js';

/** Order of day and month in numeric dates such as `02/11/2026`. */
export type DateOrder = 'dmy' | 'mdy';

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  zone: string | undefined;
}

const TIME = String.raw`(?:[T ,]+(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?\s?m\.?)?)?`;
const ZONE = String.raw`\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$`;
const ISO_LIKE = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${ZONE}`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}${ZONE}`, 'i');
/** "13-Nov-2026 04:05 PM", "14 de noviembre de 2026", "14 novembre 2026 10:00". */
const DAY_NAME = new RegExp(String.raw`^(\d{1,2})(?:[-/.\s]+de)?[-/.\s]+([\p{L}.]+?)(?:\s+de)?[-/.\s]+(\d{4})${TIME}${ZONE}`, 'iu');
/** "Nov 14, 2026", "November 14th 2026 3:05 PM". */
const NAME_DAY = new RegExp(String.raw`^([\p{L}.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}`, 'iu');

/**
 * Parses a date cell into ISO 8601. Accepted forms: ISO 8601 (`2026-11-02`,
 * `2026/11/02 08:14`, with or without an offset), Unix seconds (10 digits)
 * or milliseconds (13 digits), numeric dates (`12/11/2026 10:15`,
 * `16.11.2026 14:20`) read in `order`, and month names in English, Spanish,
 * Portuguese or French (`13-Nov-2026 04:05 PM`, `Nov 14, 2026`). A time with
 * AM/PM becomes 24-hour. A time without an offset stays local, as written.
 * Returns null for anything else and for impossible dates.
 */
export function parseDateCell(value: string, order: DateOrder = 'dmy'): string | null {
  const text = value.trim().replace(/\s+/g, ' ');
  if (/^\d{10}$/.test(text)) return unixToIso(Number(text));
  if (/^\d{13}$/.test(text)) return unixToIso(Number(text) / 1000);
  const parts = matchDate(text, order);
  return parts === null ? null : formatParts(parts);
}

function matchDate(text: string, order: DateOrder): DateParts | null {
  let match = ISO_LIKE.exec(text);
  if (match) return withTime(Number(match[1]), Number(match[2]), Number(match[3]), match);
  match = NUMERIC.exec(text);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    return order === 'dmy' ? withTime(Number(match[3]), second, first, match) : withTime(Number(match[3]), first, second, match);
  }
  match = DAY_NAME.exec(text);
  if (match) return withTime(Number(match[3]), monthNumber(match[2]!), Number(match[1]), match);
  match = NAME_DAY.exec(text);
  if (match) return withTime(Number(match[3]), monthNumber(match[1]!), Number(match[2]), match);
  return null;
}

/** Adds the time and zone groups (4–8 in every pattern above) to a date; null for an unknown month or a bad 12-hour time. */
function withTime(year: number, month: number | null, day: number, match: RegExpExecArray): DateParts | null {
  if (month === null) return null;
  let hour = Number(match[4] ?? 0);
  const meridiem = match[7]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return { year, month, day, hour, minute: Number(match[5] ?? 0), second: Number(match[6] ?? 0), zone: match[8] };
}

function formatParts(parts: DateParts): string | null {
  const { year, month, day, hour, minute, second } = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return formatLocal({ year, month, day, hour, minute, second }) + offsetSuffix(parts.zone);
}

function offsetSuffix(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/\D/g, '');
  return formatOffset(sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))));
}

/** Formats Unix seconds as ISO 8601 UTC without milliseconds: `2026-11-05T08:14:00Z`. */
export function unixToIso(seconds: number): string {
  return new Date(Math.round(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Day-month order chosen for a file, with the evidence behind it. */
export interface DateOrderDecision {
  order: DateOrder;
  /** `file` when a value proved it, `config` from `mappings.dateOrder`, `default` when neither did. */
  basis: 'file' | 'config' | 'default';
  /** True when the file has numeric dates, so the order matters. */
  numeric: boolean;
}

/**
 * Decides the day-month order of the numeric dates of one file: a first
 * field above 12 (`17/11/2026`) means day first, a second field above 12
 * (`11/17/2026`) means month first. When the file shows neither, or both,
 * the configured order applies, else day first.
 */
export function decideDateOrder(values: readonly string[], configured: DateOrder | undefined): DateOrderDecision {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const match = NUMERIC.exec(value.trim().replace(/\s+/g, ' '));
    if (!match) continue;
    dayFirst ||= Number(match[1]) > 12;
    monthFirst ||= Number(match[2]) > 12;
  }
  const numeric = values.some((value) => NUMERIC.test(value.trim().replace(/\s+/g, ' ')));
  if (dayFirst !== monthFirst) return { order: dayFirst ? 'dmy' : 'mdy', basis: 'file', numeric };
  if (configured !== undefined) return { order: configured, basis: 'config', numeric };
  return { order: 'dmy', basis: 'default', numeric };
}

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { ColumnIndex } from './mapping.js';
import type { FlatRecord } from './mapping-records.js';
import { formatLocal, formatOffset } from './time.js';

/** Returns each mapped field's trimmed value; empty cells are left out. */
export function pickFields<Field extends string>(record: FlatRecord, columns: ColumnIndex<Field>): Partial<Record<Field, string>> {
  const picked: Partial<Record<Field, string>> = {};
  for (const [field, column] of Object.entries(columns) as [Field, string][]) {
    const value = record.values[column]?.trim();
    if (value) picked[field] = value;
  }
  return picked;
}

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses a date cell into ISO 8601: `2026-11-02`, `2026/11/02 08:14`,
 * `2026-11-02T08:14:00+04:00` or Unix time in seconds (10 digits) or
 * milliseconds (13 digits). A time without an offset stays local, as the
 * export wrote it. Day-first and month-first forms (`02/11/2026`) are
 * ambiguous, so they return null like any other unreadable value.
 */
export function parseDateCell(value: string): string | null {
  const text = value.trim();
  if (/^\d{10}$/.test(text)) return unixToIso(Number(text));
  if (/^\d{13}$/.test(text)) return unixToIso(Number(text) / 1000);
  const match = ISO_LIKE.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day || hour! > 23) return null;
  const local = formatLocal({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! });
  return local + offsetSuffix(match[7]);
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

/** Returns a phone number in E.164, or null when libphonenumber-js cannot read it. */
export function phoneToE164(value: string, defaultCountry?: string): string | null {
  const parsed = parsePhoneNumberFromString(value, defaultCountry as CountryCode | undefined);
  return parsed?.isPossible() ? parsed.number : null;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Checks the shape of an address (local@domain.tld), not its deliverability. */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

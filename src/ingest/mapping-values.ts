import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { ColumnIndex } from './mapping.js';
import type { FlatRecord } from './mapping-records.js';

export { parseDateCell, unixToIso } from './mapping-date.js';

/** The date forms `parseDateCell` reads, for reasons that reject a date. */
export const DATE_FORMS_TEXT =
  'use ISO 8601 such as 2026-11-02 08:14, Unix seconds, 02/11/2026 10:15 (day-month order per mappings.dateOrder), ' +
  '13-Nov-2026 or Nov 13, 2026';

/** Returns each mapped field's trimmed value; empty cells are left out. */
export function pickFields<Field extends string>(record: FlatRecord, columns: ColumnIndex<Field>): Partial<Record<Field, string>> {
  const picked: Partial<Record<Field, string>> = {};
  for (const [field, column] of Object.entries(columns) as [Field, string][]) {
    const value = record.values[column]?.trim();
    if (value) picked[field] = value;
  }
  return picked;
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

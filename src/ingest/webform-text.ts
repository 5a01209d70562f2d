import type { WebformField } from '../config/mappings.js';
import { normalizeHeader, type ColumnIndex } from './mapping.js';

type FormFields = Partial<Record<WebformField, string>>;

/**
 * Columns that form tools add for tracking and consent. They carry no
 * buyer words, so they are left out of the message text.
 */
const TECHNICAL_COLUMN =
  /^(?:utm.*|ip|ipaddress|useragent|browser|referr?er|pageurl|url|sourceurl|landingpage|gclid|fbclid|consent.*|gdpr.*|privacy.*|token|captcha|recaptcha.*|spamscore)$/;

/**
 * Writes the cells of unmapped columns as "Header: value" lines, so custom
 * form questions ("Project budget", "Installation date") and marketplace
 * columns no field claims reach the extractor. Tracking and consent columns
 * are left out.
 */
export function extraFieldLines<Field extends string>(values: Record<string, string>, columns: ColumnIndex<Field>): string[] {
  const mapped = new Set(Object.values(columns));
  const lines: string[] = [];
  for (const [header, value] of Object.entries(values)) {
    const text = value.trim();
    if (mapped.has(header) || text === '' || TECHNICAL_COLUMN.test(normalizeHeader(header))) continue;
    lines.push(`${header}: ${text}`);
  }
  return lines;
}

/** Joins the structured fields and the message into the body the extractor reads. */
export function submissionBody(fields: FormFields, extraLines: string[]): string {
  const interest = [fields.quantity, fields.product].filter(Boolean).join(' ');
  const header = [
    fields.company ? `Company: ${fields.company}${fields.country ? ` (${fields.country})` : ''}` : null,
    !fields.company && fields.country ? `Country: ${fields.country}` : null,
    interest ? `Interested in: ${interest}` : null,
    fields.subject ? `Subject: ${fields.subject}` : null,
    ...extraLines,
  ].filter((line): line is string => line !== null);
  return [...header, ...(header.length > 0 ? [''] : []), fields.message ?? ''].join('\n').trim();
}

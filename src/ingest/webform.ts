import { readFile } from 'node:fs/promises';
import type { ColumnMapping, WebformField } from '../config/mappings.js';
import { stableId } from '../core/ids.js';
import type { Logger } from '../core/log.js';
import type { IngestItem, ParsedMessage, Sender } from '../core/types.js';
import { countryCode } from './country-names.js';
import { WEBFORM_SYNONYMS } from './mapping-fields.js';
import type { DateOrder } from './mapping-date.js';
import { fieldReason, missingColumnsProblem, readMappedFile, type MappedFile, type MappedRecord } from './mapping-read.js';
import { DATE_FORMS_TEXT, isEmailAddress, parseDateCell, phoneToE164 } from './mapping-values.js';
import { quarantined } from './quarantine.js';
import { extraFieldLines, submissionBody } from './webform-text.js';

/** Options of the web form reader, from the seller config. */
export interface WebformOptions {
  mapping?: ColumnMapping<WebformField>;
  /** ISO 3166-1 alpha-2 country for phone numbers written without a country code. */
  defaultCountry?: string;
  /** `mappings.dateOrder`: day-month order of numeric dates when the file does not show it. */
  dateOrder?: DateOrder;
  /** Receives warnings about ambiguous dates and unclaimed columns. */
  logger?: Logger;
}

type FormFields = Partial<Record<WebformField, string>>;

/**
 * Reads website form submissions from CSV, a JSON array or JSON Lines. Each
 * submission is one inbound message that starts its own conversation
 * (`webform:<submission id>`, or a content hash when the export has no id).
 * A submission without a readable date, with an invalid e-mail address, or
 * with no message is quarantined with its line and field.
 */
export async function readWebformFile(filePath: string, options: WebformOptions = {}): Promise<IngestItem[]> {
  return parseWebform(await readFile(filePath, 'utf8'), filePath, options);
}

/** Parses the text of a web form export; `source` names the file in locators. */
export function parseWebform(text: string, source: string, options: WebformOptions = {}): IngestItem[] {
  const file = readMappedFile(text, source, WEBFORM_SYNONYMS, { ...options, mapping: options.mapping ?? {} });
  const missing = missingColumnsProblem(file, ['message'], source, 'mappings.webform');
  if (missing !== null) return [missing, ...file.problems];
  const items = file.records.map((mapped) => toItem(mapped, file, options));
  return [...items, ...file.problems];
}

function toItem(mapped: MappedRecord<WebformField>, file: MappedFile<WebformField>, options: WebformOptions): IngestItem {
  const { record, fields } = mapped;
  const columns = file.columns;
  const reject = (field: WebformField, problem: string): IngestItem =>
    quarantined(record.locator, fieldReason(record, field, columns, problem, 'mappings.webform'), record.raw);
  if (!fields.message) return reject('message', 'missing');
  if (!fields.date) return reject('date', 'missing');
  const sentAt = parseDateCell(fields.date, file.dateOrder);
  if (sentAt === null) return reject('date', `invalid date "${fields.date}"; ${DATE_FORMS_TEXT}`);
  if (fields.email && !isEmailAddress(fields.email)) return reject('email', `invalid e-mail address "${fields.email}"`);
  const extra = extraFieldLines(record.values, columns);
  return { kind: 'message', message: toMessage(fields, sentAt, record.locator, extra, options) };
}

function toMessage(fields: FormFields, sentAt: string, source: string, extra: string[], options: WebformOptions): ParsedMessage {
  const id = fields.id ?? stableId('form', fields.email ?? fields.phone ?? fields.name, sentAt, fields.message);
  const sender = submitter(fields, options.defaultCountry);
  const unreadablePhone = fields.phone && sender.phone === null ? [`Phone: ${fields.phone}`] : [];
  return {
    channel: 'webform',
    source,
    sourceId: fields.id ? `webform:${fields.id}` : null,
    conversationKey: `webform:${id}`,
    sender,
    recipients: [],
    sentAt,
    body: submissionBody(fields, [...unreadablePhone, ...extra]),
    attachments: [],
    subject: fields.subject ?? fields.form ?? null,
    inReplyTo: null,
    references: [],
    direction: 'inbound',
    language: null,
  };
}

function submitter(fields: FormFields, defaultCountry: string | undefined): Sender {
  const name = fields.name ?? ([fields.firstName, fields.lastName].filter(Boolean).join(' ') || null);
  return {
    name,
    email: fields.email?.toLowerCase() ?? null,
    // The submission's own country decides a local number before the seller's default.
    phone: fields.phone ? phoneToE164(fields.phone, countryCode(fields.country) ?? defaultCountry) : null,
  };
}

import { readFile } from 'node:fs/promises';
import type { ColumnMapping, MarketplaceField } from '../config/mappings.js';
import { stableId } from '../core/ids.js';
import type { Logger } from '../core/log.js';
import type { IngestItem, ParsedMessage, Sender } from '../core/types.js';
import { countryCode } from './country-names.js';
import { MARKETPLACE_SYNONYMS } from './mapping-fields.js';
import type { DateOrder } from './mapping-date.js';
import { fieldReason, missingColumnsProblem, readMappedFile, type MappedFile, type MappedRecord } from './mapping-read.js';
import { DATE_FORMS_TEXT, isEmailAddress, parseDateCell, phoneToE164 } from './mapping-values.js';
import { rfqBody } from './marketplace-text.js';
import { quarantined } from './quarantine.js';
import { extraFieldLines } from './webform-text.js';

/** Options of the marketplace reader, from the seller config. */
export interface MarketplaceOptions {
  mapping?: ColumnMapping<MarketplaceField>;
  /** ISO 3166-1 alpha-2 country for phone numbers written without a country code. */
  defaultCountry?: string;
  /** `mappings.dateOrder`: day-month order of numeric dates when the file does not show it. */
  dateOrder?: DateOrder;
  /** Receives warnings about ambiguous dates and unclaimed columns. */
  logger?: Logger;
}

type RfqFields = Partial<Record<MarketplaceField, string>>;

/**
 * Reads marketplace RFQs and inquiries from CSV, a JSON array or JSON Lines.
 * Each record is one inbound buyer message in the conversation of its RFQ id
 * (`marketplace:<id>`, or a content hash when the export has no id). A record
 * without a readable date, with an invalid e-mail address, or with neither
 * product nor message is quarantined with its line and field.
 */
export async function readMarketplaceFile(filePath: string, options: MarketplaceOptions = {}): Promise<IngestItem[]> {
  return parseMarketplace(await readFile(filePath, 'utf8'), filePath, options);
}

/** Parses the text of a marketplace export; `source` names the file in locators. */
export function parseMarketplace(text: string, source: string, options: MarketplaceOptions = {}): IngestItem[] {
  const file = readMappedFile(text, source, MARKETPLACE_SYNONYMS, { ...options, mapping: options.mapping ?? {} });
  const missing = missingColumnsProblem(file, ['product', 'message'], source, 'mappings.marketplace');
  if (missing !== null) return [missing, ...file.problems];
  const items = file.records.map((mapped) => toItem(mapped, file, options));
  return [...items, ...file.problems];
}

function toItem(mapped: MappedRecord<MarketplaceField>, file: MappedFile<MarketplaceField>, options: MarketplaceOptions): IngestItem {
  const { record, fields } = mapped;
  const reject = (field: MarketplaceField, problem: string): IngestItem =>
    quarantined(record.locator, fieldReason(record, field, file.columns, problem, 'mappings.marketplace'), record.raw);
  if (!fields.product && !fields.message) return reject('message', 'missing: an RFQ needs a product or a message');
  if (!fields.date) return reject('date', 'missing');
  const sentAt = parseDateCell(fields.date, file.dateOrder);
  if (sentAt === null) return reject('date', `invalid date "${fields.date}"; ${DATE_FORMS_TEXT}`);
  if (fields.email && !isEmailAddress(fields.email)) return reject('email', `invalid e-mail address "${fields.email}"`);
  const extra = extraFieldLines(record.values, file.columns);
  return { kind: 'message', message: toMessage(fields, sentAt, record.locator, extra, options) };
}

function toMessage(fields: RfqFields, sentAt: string, source: string, extra: string[], options: MarketplaceOptions): ParsedMessage {
  const id = fields.id ?? stableId('rfq', fields.email ?? fields.handle ?? fields.buyer, sentAt, fields.product, fields.message);
  const sender = buyerSender(fields, options.defaultCountry);
  // A number libphonenumber-js cannot read stays in the text so it is not lost.
  const unreadablePhone = fields.phone && sender.phone === null ? [`Phone: ${fields.phone}`] : [];
  return {
    channel: 'marketplace',
    source,
    sourceId: fields.id ? `marketplace:${fields.id}` : null,
    conversationKey: `marketplace:${id}`,
    sender,
    recipients: [],
    sentAt,
    body: rfqBody(fields, [...unreadablePhone, ...extra]),
    attachments: [],
    subject: fields.subject ?? null,
    inReplyTo: null,
    references: [],
    direction: 'inbound',
    language: null,
  };
}

/** Builds the buyer's identities. The company name goes into the text, because it is not an identity. */
function buyerSender(fields: RfqFields, defaultCountry: string | undefined): Sender {
  return {
    name: fields.buyer ?? null,
    email: fields.email?.toLowerCase() ?? null,
    // The record's own country decides a local number before the seller's default.
    phone: fields.phone ? phoneToE164(fields.phone, countryCode(fields.country) ?? defaultCountry) : null,
    ...(fields.handle ? { handle: fields.handle } : {}),
  };
}

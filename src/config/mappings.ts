import { z } from 'zod';

/** Fields of a marketplace RFQ or inquiry that a column can map to. */
export const MARKETPLACE_FIELDS = [
  'id',
  'subject',
  'product',
  'quantity',
  'unit',
  'targetPrice',
  'currency',
  'destination',
  'buyer',
  'company',
  'country',
  'email',
  'phone',
  'handle',
  'message',
  'date',
] as const;
export type MarketplaceField = (typeof MARKETPLACE_FIELDS)[number];

/** Fields of a website form submission that a column can map to. */
export const WEBFORM_FIELDS = [
  'id',
  'form',
  'name',
  'firstName',
  'lastName',
  'company',
  'country',
  'email',
  'phone',
  'subject',
  'product',
  'quantity',
  'message',
  'date',
] as const;
export type WebformField = (typeof WEBFORM_FIELDS)[number];

/** Our field name → the column (CSV header or JSON key) that contains it in the seller's export. */
export type ColumnMapping<Field extends string> = Partial<Record<Field, string>>;

const columnName = z.string().min(1, 'must name a column');

function unknownField(fields: readonly string[]): (issue: { code: string; keys?: string[] }) => string | undefined {
  return (issue) =>
    issue.code === 'unrecognized_keys' ? `unknown field ${JSON.stringify(issue.keys?.[0])}; fields: ${fields.join(', ')}` : undefined;
}

/**
 * Column mappings per source kind. Each maps one of our field names to the
 * seller's column name. Fields left out fall back to the built-in header
 * synonyms, and an unknown field name is a config error. `dateOrder` reads
 * numeric dates such as `02/11/2026` day first (`dmy`) or month first
 * (`mdy`) in files whose own dates do not show the order.
 *
 * ```json
 * "mappings": {
 *   "marketplace": { "targetPrice": "Expected Price (USD)", "id": "Lead No." },
 *   "webform": { "message": "How can we help?" },
 *   "dateOrder": "mdy"
 * }
 * ```
 */
export const mappingsSchema = z
  .object({
    marketplace: z
      .partialRecord(z.enum(MARKETPLACE_FIELDS), columnName, { error: unknownField(MARKETPLACE_FIELDS) })
      .default({}),
    webform: z.partialRecord(z.enum(WEBFORM_FIELDS), columnName, { error: unknownField(WEBFORM_FIELDS) }).default({}),
    dateOrder: z.enum(['dmy', 'mdy'], { error: 'must be "dmy" (day first) or "mdy" (month first)' }).optional(),
  })
  .strict()
  .default({ marketplace: {}, webform: {} });

export type Mappings = z.infer<typeof mappingsSchema>;

export const EMPTY_MAPPINGS: Mappings = { marketplace: {}, webform: {} };

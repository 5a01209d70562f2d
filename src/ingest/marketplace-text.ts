import type { MarketplaceField } from '../config/mappings.js';

type RfqFields = Partial<Record<MarketplaceField, string>>;

/** Singular forms for "per unit" prices: "USD 2.10/pc" for a quantity in pcs. */
const PER_UNIT: Record<string, string> = {
  pcs: 'pc',
  pieces: 'piece',
  sets: 'set',
  units: 'unit',
  boxes: 'box',
  pairs: 'pair',
  rolls: 'roll',
  cartons: 'carton',
  tons: 'ton',
  meters: 'm',
  metres: 'm',
};

/** A quantity that starts with a number: "5000", "5,000", "1.5 tons", "500-1000 pcs". */
const NUMERIC_QUANTITY = /^\d[\d.,\s]*(?:[-–~]\s*\d[\d.,\s]*)?[\p{L}.\s]*$/u;

/** Writes a whole-number quantity with thousands separators ("5000" → "5,000"); anything else as written. */
export function formatQuantity(quantity: string): string {
  // Grouping the digits as text keeps every digit of numbers beyond 2^53.
  if (!/^[1-9]\d*$/.test(quantity)) return quantity;
  return quantity.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Checks that a quantity starts with a number and a target price contains one, so they read as numbers in the RFQ line. */
function readable(fields: RfqFields): { quantity: boolean; price: boolean } {
  return {
    quantity: fields.quantity !== undefined && NUMERIC_QUANTITY.test(fields.quantity),
    price: fields.targetPrice !== undefined && /\d/.test(fields.targetPrice),
  };
}

/**
 * Writes the structured RFQ fields as one readable line, so the extractor
 * reads them like any message text:
 * "RFQ: 5,000 pcs LED panel 600x600, target USD 2.10/pc, destination Jebel Ali".
 * A quantity or target price that is not a number ("abc", "cheap") is left
 * out here and written as given by `unreadableLines`. Returns null when the
 * record has none of these fields.
 */
export function rfqSummary(fields: RfqFields): string | null {
  const ok = readable(fields);
  const quantity = ok.quantity && fields.quantity ? [formatQuantity(fields.quantity), fields.unit] : [];
  const item = [...quantity, fields.product].filter(Boolean).join(' ');
  const parts = item ? [item] : [];
  if (ok.price) parts.push(`target ${priceText(fields)}`);
  if (fields.destination) parts.push(`destination ${fields.destination}`);
  return parts.length > 0 ? `RFQ: ${parts.join(', ')}` : null;
}

/** Writes a quantity or target price that is not a number as given: "Quantity: abc pcs", "Target price: cheap". */
function unreadableLines(fields: RfqFields): string[] {
  const ok = readable(fields);
  const lines: string[] = [];
  if (fields.quantity && !ok.quantity) lines.push(`Quantity: ${[fields.quantity, fields.unit].filter(Boolean).join(' ')}`);
  if (fields.targetPrice && !ok.price) lines.push(`Target price: ${fields.targetPrice}`);
  return lines;
}

function priceText(fields: RfqFields): string {
  const price = fields.targetPrice ?? '';
  const hasCurrency = /[A-Za-z$€£¥]/.test(price);
  const amount = fields.currency && !hasCurrency ? `${fields.currency} ${price}` : price;
  const unit = fields.unit?.toLowerCase();
  if (!unit || price.includes('/')) return amount;
  return `${amount}/${PER_UNIT[unit] ?? unit}`;
}

/** Writes who the buyer is, "Buyer: Ahmed Saleh, Gulf Build Trading LLC (United Arab Emirates)", or null. */
export function buyerLine(fields: RfqFields): string | null {
  const person = [fields.buyer, fields.company].filter(Boolean).join(', ');
  if (!person && !fields.country) return null;
  if (!person) return `Buyer country: ${fields.country}`;
  return `Buyer: ${person}${fields.country ? ` (${fields.country})` : ''}`;
}

/** Joins the summary, buyer line, extra lines, subject and message into the message body. */
export function rfqBody(fields: RfqFields, extraLines: string[] = []): string {
  const lines = [rfqSummary(fields), ...unreadableLines(fields), buyerLine(fields), ...extraLines];
  if (fields.subject && fields.subject !== fields.product) lines.push(`Subject: ${fields.subject}`);
  const header = lines.filter((line): line is string => line !== null);
  return [...header, ...(fields.message ? ['', fields.message] : [])].join('\n').trim();
}

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

/** Writes a whole-number quantity with thousands separators ("5000" → "5,000"); anything else as written. */
export function formatQuantity(quantity: string): string {
  if (!/^\d+$/.test(quantity)) return quantity;
  return Number(quantity).toLocaleString('en-US');
}

/**
 * Writes the structured RFQ fields as one readable line, so the extractor
 * reads them like any message text:
 * "RFQ: 5,000 pcs LED panel 600x600, target USD 2.10/pc, destination Jebel Ali".
 * Returns null when the record has none of these fields.
 */
export function rfqSummary(fields: RfqFields): string | null {
  const item = [fields.quantity && formatQuantity(fields.quantity), fields.unit, fields.product].filter(Boolean).join(' ');
  const parts = item ? [item] : [];
  if (fields.targetPrice) parts.push(`target ${priceText(fields)}`);
  if (fields.destination) parts.push(`destination ${fields.destination}`);
  return parts.length > 0 ? `RFQ: ${parts.join(', ')}` : null;
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
  const lines = [rfqSummary(fields), buyerLine(fields), ...extraLines];
  if (fields.subject && fields.subject !== fields.product) lines.push(`Subject: ${fields.subject}`);
  const header = lines.filter((line): line is string => line !== null);
  return [...header, ...(fields.message ? ['', fields.message] : [])].join('\n').trim();
}

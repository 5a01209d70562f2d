/**
 * Entity stage: runs every extractor over one message and returns the
 * entities in text order. Order matters in three places: durations skip spans
 * already read as dates, counts of goods named by a bare noun skip numbers
 * that any other entity contains, and products read the words after quantities.
 */
import type { Entity } from '../../core/types.js';
import type { Doc } from '../doc.js';
import { extractCertifications } from './certification.js';
import { extractEmails, extractPhones, extractUrls } from './contact.js';
import { extractDates } from './date.js';
import { extractDurations } from './duration.js';
import { extractIncoterms } from './incoterm.js';
import { extractMoney } from './money.js';
import { extractPaymentTerms } from './payment-term.js';
import { extractPorts } from './port.js';
import { extractProducts } from './product.js';
import { extractCountedGoods, extractQuantities } from './quantity.js';

/** Extracts all entities of one message, sorted by start offset. */
export function extractEntities(doc: Doc): Entity[] {
  const money = extractMoney(doc);
  // A quantity inside a money span ("USD 2.35/pc") is the price basis, not an amount ordered.
  const quantities = extractQuantities(doc).filter((q) => !money.some((m) => m.start <= q.start && q.end <= m.end));
  const dates = extractDates(doc);
  const others: Entity[] = [
    ...quantities,
    ...money,
    ...extractIncoterms(doc),
    ...extractCertifications(doc),
    ...dates,
    ...extractDurations(doc, dates),
    ...extractPaymentTerms(doc),
    ...extractEmails(doc),
    ...extractPhones(doc),
    ...extractUrls(doc),
    ...extractPorts(doc),
  ];
  // A bare number before a noun counts goods only where no other entity reads it.
  const goods = extractCountedGoods(doc, others);
  const entities: Entity[] = [...others, ...goods, ...extractProducts(doc, [...quantities, ...goods])];
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}

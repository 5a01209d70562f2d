import { EMPTY_MAPPINGS, type Mappings } from '../config/mappings.js';
import { fieldsPresent, normalizeHeader } from './mapping.js';
import { MARKETPLACE_SYNONYMS, WEBFORM_SYNONYMS } from './mapping-fields.js';

/** Kinds of flat exports (CSV, JSON records) that their columns distinguish. */
export type RecordKind = 'marketplace' | 'webform';

/** Header words that only RFQ and inquiry exports use. */
const RFQ_WORDS = /rfq|inquiryid|enquiryid|targetprice|buyer|destination|uom|memberid|incoterm/;
/** Header words that only form exports use. */
const FORM_WORDS = /form|submission|submitted/;

/**
 * Decides from column names whether records are marketplace RFQs or web
 * form submissions, or neither (null):
 * 1. a configured mapping whose columns are all present decides;
 * 2. form words ("form name", "submitted at") with a message column mean a form;
 * 3. a product column with a quantity, target price or destination, or an
 *    RFQ word ("rfq id", "buyer") with a product or message, means an RFQ;
 * 4. a message column with a name, e-mail or phone column means a form.
 */
export function classifyColumns(headers: readonly string[], mappings: Mappings = EMPTY_MAPPINGS): RecordKind | null {
  const folded = new Set(headers.map(normalizeHeader));
  const covers = (mapping: Record<string, string | undefined>): boolean => {
    const columns = Object.values(mapping).filter((c): c is string => c !== undefined);
    return columns.length > 0 && columns.every((column) => folded.has(normalizeHeader(column)));
  };
  if (covers(mappings.marketplace)) return 'marketplace';
  if (covers(mappings.webform)) return 'webform';
  const rfq = fieldsPresent(headers, MARKETPLACE_SYNONYMS, mappings.marketplace);
  const form = fieldsPresent(headers, WEBFORM_SYNONYMS, mappings.webform);
  const words = [...folded].join(' ');
  if (FORM_WORDS.test(words) && form.has('message')) return 'webform';
  const rfqDetail = rfq.has('quantity') || rfq.has('targetPrice') || rfq.has('destination');
  if (rfq.has('product') && rfqDetail) return 'marketplace';
  if (RFQ_WORDS.test(words) && (rfq.has('product') || rfq.has('message'))) return 'marketplace';
  const contact = form.has('email') || form.has('phone') || form.has('name') || form.has('firstName');
  if (form.has('message') && contact) return 'webform';
  return null;
}

/** Fields too common in unrelated tables (`id`, `date`) to show that a file is an export of ours. */
const GENERIC_FIELDS = new Set(['id', 'date', 'subject', 'time']);

/**
 * Describes a header row that names RFQ or contact fields but lacks the
 * column every record needs (product or message), or returns null when the
 * headers name fewer than two such fields. Detection returns it in place of
 * "unrecognized content", so the reason names the column to add.
 */
export function describeMissingColumns(headers: readonly string[], mappings: Mappings = EMPTY_MAPPINGS): string | null {
  const rfq = fieldsPresent(headers, MARKETPLACE_SYNONYMS, mappings.marketplace);
  const form = fieldsPresent(headers, WEBFORM_SYNONYMS, mappings.webform);
  const named = [...new Set<string>([...rfq, ...form])];
  const found = named.filter((field) => !GENERIC_FIELDS.has(field));
  if (found.length < 2 || rfq.has('product') || rfq.has('message') || form.has('message')) return null;
  return (
    `columns for ${named.join(', ')} but no product or message column; ` +
    'name the column that contains the buyer\'s request in the config (mappings.marketplace.product, ' +
    'mappings.marketplace.message or mappings.webform.message)'
  );
}

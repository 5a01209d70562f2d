import { errorMessage } from '../core/errors.js';
import type { IngestItem } from '../core/types.js';
import { parseCsv } from './csv.js';
import { isObject, recordArrayKeys, wrappedRecords } from './mapping-json.js';
import { quarantined } from './quarantine.js';

/** One flat record of a CSV or JSON export: column → text, with where it came from. */
export interface FlatRecord {
  /** File path plus `#line=N` or `#record=N`. */
  locator: string;
  /** "line 5" or "record 3", for reasons. */
  label: string;
  values: Record<string, string>;
  raw: string | null;
}

/** The records of one file, the columns they use, and the records that could not be read. */
export interface RecordSet {
  headers: string[];
  records: FlatRecord[];
  problems: IngestItem[];
}

/**
 * Reads flat records from a CSV file, a JSON array of objects, a JSON object
 * holding one such array (`{"data": [...], "total": 1}`) or JSON Lines. An
 * object with several arrays of objects is quarantined, naming its keys. Nested objects
 * are flattened to dotted keys (`buyer.name`), so their headers still match
 * synonyms such as "buyer name".
 */
export function readRecords(text: string, source: string): RecordSet {
  const trimmed = text.replace(/^\ufeff/, '').trimStart();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return csvRecords(text, source);
  try {
    return jsonDocumentRecords(JSON.parse(trimmed), source);
  } catch (error) {
    if (trimmed.startsWith('[')) {
      return { headers: [], records: [], problems: [quarantined(source, `invalid JSON: ${errorMessage(error)}`)] };
    }
    return jsonLinesRecords(trimmed, source);
  }
}

function csvRecords(text: string, source: string): RecordSet {
  const table = parseCsv(text);
  const records = table.rows.map((row) => ({
    locator: `${source}#line=${row.line}`,
    label: `line ${row.line}`,
    values: Object.fromEntries(table.headers.map((header, i) => [header, row.fields[i] ?? ''])),
    raw: row.raw,
  }));
  const problems = table.problems.map((p) => quarantined(`${source}#line=${p.line}`, p.reason, p.raw));
  return { headers: table.headers, records, problems };
}

function jsonDocumentRecords(document: unknown, source: string): RecordSet {
  const set: RecordSet = { headers: [], records: [], problems: [] };
  if (isObject(document) && recordArrayKeys(document).length > 1) {
    const keys = Object.keys(document).join(', ');
    const arrays = recordArrayKeys(document).join(', ');
    set.problems.push(quarantined(source, `JSON object with top-level keys ${keys} has several arrays of records (${arrays}); export one list of records per file`));
    return set;
  }
  const items = Array.isArray(document) ? document : (wrappedRecords(document) ?? [document]);
  items.forEach((item, index) => {
    const label = `record ${index + 1}`;
    addJsonRecord(set, item, { locator: `${source}#record=${index + 1}`, label, raw: JSON.stringify(item) });
  });
  return set;
}

function jsonLinesRecords(text: string, source: string): RecordSet {
  const set: RecordSet = { headers: [], records: [], problems: [] };
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = { locator: `${source}#line=${index + 1}`, label: `line ${index + 1}`, raw: line };
    try {
      addJsonRecord(set, JSON.parse(line), where);
    } catch (error) {
      set.problems.push(quarantined(where.locator, `${where.label}: invalid JSON: ${errorMessage(error)}`, line));
    }
  });
  return set;
}

function addJsonRecord(set: RecordSet, item: unknown, where: Omit<FlatRecord, 'values'>): void {
  if (!isObject(item)) {
    set.problems.push(quarantined(where.locator, `${where.label}: expected a JSON object, got ${jsonType(item)}`, where.raw));
    return;
  }
  const values = flatten(item);
  for (const key of Object.keys(values)) if (!set.headers.includes(key)) set.headers.push(key);
  set.records.push({ ...where, values });
}

/** Flattens nested objects to dotted keys; arrays of scalars join with ", ", null becomes "". */
export function flatten(object: Record<string, unknown>, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(object)) {
    const name = prefix + key;
    if (isObject(value)) Object.assign(result, flatten(value, `${name}.`));
    else if (Array.isArray(value)) result[name] = value.map((v) => (isObject(v) ? JSON.stringify(v) : String(v))).join(', ');
    else result[name] = value === null || value === undefined ? '' : String(value);
  }
  return result;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

import type { ColumnMapping } from '../config/mappings.js';
import { errorMessage, InputError } from '../core/errors.js';
import type { IngestItem } from '../core/types.js';
import { resolveColumns, type ColumnIndex, type FieldSynonyms } from './mapping.js';
import { readRecords, type FlatRecord } from './mapping-records.js';
import { pickFields } from './mapping-values.js';
import { quarantined } from './quarantine.js';

/** A record with its fields picked out by the resolved columns. */
export interface MappedRecord<Field extends string> {
  record: FlatRecord;
  fields: Partial<Record<Field, string>>;
}

export interface MappedFile<Field extends string> {
  columns: ColumnIndex<Field>;
  records: MappedRecord<Field>[];
  /** Records that could not be read, and a whole-file problem such as a mapping to a missing column. */
  problems: IngestItem[];
}

/**
 * Reads a CSV or JSON export and maps its columns to our fields, by the
 * configured mapping first and header synonyms second. A mapping that names
 * a column the file lacks quarantines the whole file, naming the field.
 */
export function readMappedFile<Field extends string>(
  text: string,
  source: string,
  synonyms: FieldSynonyms<Field>,
  mapping: ColumnMapping<Field>,
): MappedFile<Field> {
  const set = readRecords(text, source);
  let columns: ColumnIndex<Field>;
  try {
    columns = resolveColumns(set.headers, synonyms, mapping, source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { columns: {}, records: [], problems: [quarantined(source, errorMessage(error).slice(source.length + 2))] };
  }
  const records = set.records.map((record) => ({ record, fields: pickFields(record, columns) }));
  return { columns, records, problems: set.problems };
}

/**
 * Describes a problem with one field of a record: the field, the column it
 * was read from (or how to map one), and what is wrong.
 */
export function fieldReason<Field extends string>(
  record: FlatRecord,
  field: Field,
  columns: ColumnIndex<Field>,
  problem: string,
  mappingKey: string,
): string {
  const column = columns[field];
  const where = column === undefined ? `no column matched; set ${mappingKey}.${field} in the config` : `column "${column}"`;
  return `${record.label}: field "${field}" (${where}): ${problem}`;
}

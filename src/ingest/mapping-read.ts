import type { ColumnMapping } from '../config/mappings.js';
import { errorMessage, InputError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { IngestItem } from '../core/types.js';
import { decideDateOrder, type DateOrder } from './mapping-date.js';
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
  /** Headers that no field claimed; readers add their cells to the message text. */
  unclaimed: string[];
  records: MappedRecord<Field>[];
  /** Records that could not be read, and a whole-file problem such as a mapping to a missing column. */
  problems: IngestItem[];
  /** Day-month order for the numeric dates of this file. */
  dateOrder: DateOrder;
}

/** Options of `readMappedFile`, from the seller config and the caller. */
export interface MappedFileOptions<Field extends string> {
  mapping: ColumnMapping<Field>;
  /** `mappings.dateOrder`, used when the file's own dates do not show the order. */
  dateOrder?: DateOrder | undefined;
  /** Receives the day-first warning and the unclaimed columns; without it nothing is logged. */
  logger?: Logger | undefined;
}

/**
 * Reads a CSV or JSON export and maps its columns to our fields, by the
 * configured mapping first and header synonyms second. A mapping that names
 * a column the file lacks quarantines the whole file, naming the field, and
 * a file with a header but no records becomes one "no data rows" item.
 */
export function readMappedFile<Field extends string>(
  text: string,
  source: string,
  synonyms: FieldSynonyms<Field>,
  options: MappedFileOptions<Field>,
): MappedFile<Field> {
  const set = readRecords(text, source);
  const empty = { columns: {}, unclaimed: [], records: [], dateOrder: 'dmy' as const };
  let columns: ColumnIndex<Field>;
  try {
    columns = resolveColumns(set.headers, synonyms, options.mapping, source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ...empty, problems: [quarantined(source, errorMessage(error).slice(source.length + 2))] };
  }
  if (set.records.length === 0 && set.problems.length === 0) {
    const contents = set.headers.length > 0 ? `a header row (${set.headers.join(', ')}) but no records` : 'no records';
    return { ...empty, problems: [quarantined(source, `no data rows: the file has ${contents}; export it again with its rows`)] };
  }
  const records = set.records.map((record) => ({ record, fields: pickFields(record, columns) }));
  const claimed = new Set(Object.values(columns));
  const unclaimed = set.headers.filter((header) => !claimed.has(header));
  if (unclaimed.length > 0) options.logger?.info({ source, columns: unclaimed }, 'columns match no field; their cells are added to the message text');
  const dateOrder = fileDateOrder(records, source, options);
  return { columns, unclaimed, records, problems: set.problems, dateOrder };
}

/** Decides the day-month order from the date cells, and warns when it falls back to day first. */
function fileDateOrder<Field extends string>(records: MappedRecord<Field>[], source: string, options: MappedFileOptions<Field>): DateOrder {
  const dates = records.flatMap((mapped) => {
    const value = (mapped.fields as Partial<Record<string, string>>)['date'];
    return value === undefined ? [] : [value];
  });
  const decision = decideDateOrder(dates, options.dateOrder);
  if (decision.basis === 'default' && decision.numeric) {
    const message = 'day-month order of numeric dates is ambiguous; read day first, set mappings.dateOrder to "mdy" for month first';
    options.logger?.warn({ source }, message);
  }
  return decision.order;
}

/** Quarantines the whole file when none of `needed` has a column, naming the columns found and the config keys to set. */
export function missingColumnsProblem<Field extends string>(
  file: MappedFile<Field>,
  needed: readonly Field[],
  source: string,
  mappingKey: string,
): IngestItem | null {
  if (file.records.length === 0 || needed.some((field) => file.columns[field] !== undefined)) return null;
  const headers = Object.keys(file.records[0]?.record.values ?? {}).join(', ');
  const keys = needed.map((field) => `${mappingKey}.${field}`).join(' or ');
  const names = needed.join(' or ');
  return quarantined(source, `no ${names} column among the columns ${headers}; set ${keys} in the config to the column that contains it`);
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

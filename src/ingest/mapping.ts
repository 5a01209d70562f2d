import { InputError } from '../core/errors.js';
import type { ColumnMapping } from '../config/mappings.js';

/**
 * Folds a column header for comparison: case, accents, spaces and
 * punctuation are ignored, so "Target Price", "target_price" and
 * "TARGET-PRICE" are the same header.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Header synonyms per field, written as people write them; `normalizeHeader` folds them. */
export type FieldSynonyms<Field extends string> = Record<Field, readonly string[]>;

/** Field → the header, as written in the file, that contains it. */
export type ColumnIndex<Field extends string> = Partial<Record<Field, string>>;

/**
 * Resolves which header contains each field: a configured mapping wins, then
 * the first synonym found among the headers that no mapping claimed. A
 * mapping none of whose columns is in the file is for another export (one
 * config may serve several marketplaces) and is ignored. When some of its
 * columns are present and one is not, that one is likely a typo, so this
 * throws InputError naming the field and column.
 */
export function resolveColumns<Field extends string>(
  headers: readonly string[],
  synonyms: FieldSynonyms<Field>,
  mapping: ColumnMapping<Field>,
  source: string,
): ColumnIndex<Field> {
  const byFolded = new Map<string, string>();
  for (const header of headers) {
    const folded = normalizeHeader(header);
    if (folded !== '' && !byFolded.has(folded)) byFolded.set(folded, header);
  }
  const index: ColumnIndex<Field> = {};
  const fields = Object.keys(synonyms) as Field[];
  const appliesHere = fields.some((field) => {
    const configured = mapping[field];
    return configured !== undefined && byFolded.has(normalizeHeader(configured));
  });
  for (const field of fields) {
    const configured = mapping[field];
    if (configured === undefined || !appliesHere) continue;
    const header = byFolded.get(normalizeHeader(configured));
    if (header === undefined) {
      const columns = headers.join(', ');
      throw new InputError(source, `mapping for field "${field}" names column "${configured}", which is not in the file; columns: ${columns}`);
    }
    index[field] = header;
  }
  const claimed = new Set(Object.values(index));
  for (const field of fields) {
    if (index[field] !== undefined) continue;
    const header = synonyms[field]
      .map((synonym) => byFolded.get(normalizeHeader(synonym)))
      .find((found) => found !== undefined && !claimed.has(found));
    if (header === undefined) continue;
    index[field] = header;
    claimed.add(header);
  }
  return index;
}

/** Returns the fields found in a header row by synonym or mapping, ignoring mappings to absent columns. */
export function fieldsPresent<Field extends string>(
  headers: readonly string[],
  synonyms: FieldSynonyms<Field>,
  mapping: ColumnMapping<Field>,
): Set<Field> {
  const folded = new Set(headers.map(normalizeHeader));
  const present = new Set<Field>();
  for (const field of Object.keys(synonyms) as Field[]) {
    const configured = mapping[field];
    const candidates = configured === undefined ? synonyms[field] : [configured, ...synonyms[field]];
    if (candidates.some((name) => folded.has(normalizeHeader(name)))) present.add(field);
  }
  return present;
}

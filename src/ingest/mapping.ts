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
  const byFolded = foldedHeaders(headers);
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
  matchSynonyms(byFolded, synonyms, index);
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
    if (configured !== undefined && folded.has(normalizeHeader(configured))) present.add(field);
  }
  const index: ColumnIndex<Field> = {};
  matchSynonyms(foldedHeaders(headers), synonyms, index);
  for (const field of Object.keys(index) as Field[]) present.add(field);
  return present;
}

function foldedHeaders(headers: readonly string[]): Map<string, string> {
  const byFolded = new Map<string, string>();
  for (const header of headers) {
    const folded = normalizeHeader(header);
    if (folded !== '' && !byFolded.has(folded)) byFolded.set(folded, header);
  }
  return byFolded;
}

/** Words that name who wrote a value ("Sender Email", "Buyer Country/Region") rather than what it is. */
const ROLE_PREFIX = /^(?:buyer|sender|customer|client|contact|requester|your)(?=.{2,})/;
/** Words that mark a value as requested ("Quantity Required") rather than name what it is. */
const REQUEST_SUFFIX = /(?<=.{2,})(?:required|requested|needed|wanted)$/;

/** Returns the folded header without a role prefix, without a request suffix, and without both. */
export function headerVariants(folded: string): string[] {
  const withoutRole = folded.replace(ROLE_PREFIX, '');
  const variants = [withoutRole, folded.replace(REQUEST_SUFFIX, ''), withoutRole.replace(REQUEST_SUFFIX, '')];
  return [...new Set(variants)].filter((variant) => variant !== folded);
}

/**
 * Fills the fields that `index` lacks from header synonyms, in two passes:
 * first headers equal to a synonym, then headers that equal one after
 * `headerVariants` drops a role or request word. A header claimed by one
 * field is not given to another.
 */
function matchSynonyms<Field extends string>(byFolded: Map<string, string>, synonyms: FieldSynonyms<Field>, index: ColumnIndex<Field>): void {
  const claimed = new Set(Object.values(index));
  const fields = Object.keys(synonyms) as Field[];
  const passes: ((name: string, synonym: string) => boolean)[] = [
    (name, synonym) => name === synonym,
    (name, synonym) => headerVariants(name).includes(synonym),
  ];
  for (const matches of passes) {
    for (const field of fields) {
      if (index[field] !== undefined) continue;
      // Synonyms are tried in their listed order, so "Target Price" wins over "Price".
      const found = synonyms[field]
        .map(normalizeHeader)
        .map((synonym) => [...byFolded].find(([name, header]) => !claimed.has(header) && matches(name, synonym)))
        .find((entry) => entry !== undefined);
      if (found === undefined) continue;
      index[field] = found[1];
      claimed.add(found[1]);
    }
  }
}

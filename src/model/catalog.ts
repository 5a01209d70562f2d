/**
 * The seller's product catalog, read from a CSV file, and the product fit
 * of a conversation against it (see product-fit.ts).
 *
 * The columns `sku` and `name` are required. The columns `category`,
 * `keywords`, `moq`, `price`, `currency` and `certifications` are optional.
 * Header names match case-insensitively, with spaces and hyphens read as "_".
 * Lists (keywords, certifications) are separated by ";", "|" or ",". Any
 * other column is ignored and named in `ignoredColumns`.
 */
import { readFileSync } from 'node:fs';
import { errorMessage, InputError } from '../core/errors.js';
import { parseCsv, type CsvRow } from '../ingest/csv.js';
import type { Catalog, CatalogProduct, CatalogRowIssue } from './types.js';

export { productFit } from './product-fit.js';

const REQUIRED_COLUMNS = ['sku', 'name'] as const;
const OPTIONAL_COLUMNS = ['category', 'keywords', 'moq', 'price', 'currency', 'certifications'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

/** A catalog file that cannot be used at all: missing, unreadable, or without a `sku` or `name` column. */
export class CatalogError extends InputError {}

/**
 * A catalog row that was skipped, naming the file, line and column. Rows
 * with this error are listed in `Catalog.skipped` (as `toJSON()` data) and
 * the rest of the file is still read.
 */
export class CatalogRowError extends InputError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string | null,
    readonly columnNumber: number | null,
    readonly reason: string,
  ) {
    const where = column === null ? `line ${line}` : `line ${line}, column ${columnNumber} (${column})`;
    super(file, `${where}: ${reason}; row skipped`);
  }

  /** Returns the plain data form kept in `Catalog.skipped`. */
  toJSON(): CatalogRowIssue {
    const { file, line, column, columnNumber, message } = this;
    return { file, line, column, columnNumber, message };
  }
}

/** Folds a header name: trimmed, lower case, spaces and hyphens as "_". */
function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Splits a list cell at ";", "|" or ",", trimming and dropping empty items. */
function splitList(cell: string): string[] {
  return cell
    .split(/[;|,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Reads a whole number written with optional thousands separators
 * ("1000", "1,000", "1.000", "1 000"); null for anything else.
 */
function parseWholeNumber(cell: string): number | null {
  const compact = cell.trim();
  if (/^\d+$/.test(compact)) return Number(compact);
  if (/^\d{1,3}(?:([,. \u00a0])\d{3})(?:\1\d{3})*$/.test(compact)) return Number(compact.replace(/\D/g, ''));
  return null;
}

/** Reads a price with "." or "," as the decimal mark ("2.35", "2,35"); null for anything else. */
function parsePrice(cell: string): number | null {
  const compact = cell.trim();
  return /^\d+(?:[.,]\d+)?$/.test(compact) ? Number(compact.replace(',', '.')) : null;
}

/** Reads the cells of one row into a product, or throws a CatalogRowError naming the first bad cell. */
function readProduct(file: string, row: CsvRow, columns: ReadonlyMap<Column, number>): CatalogProduct {
  const cell = (column: Column): string => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.fields[index] ?? '').trim();
  };
  const fail = (column: Column, reason: string): never => {
    const index = columns.get(column) ?? 0;
    throw new CatalogRowError(file, row.line, column, index + 1, reason);
  };
  if (cell('sku') === '') fail('sku', 'missing SKU');
  if (cell('name') === '') fail('name', 'missing name');
  const moq = cell('moq') === '' ? null : parseWholeNumber(cell('moq'));
  if (moq === null && cell('moq') !== '') fail('moq', `invalid MOQ "${cell('moq')}": expected a whole number of pieces such as 500`);
  if (moq === 0) fail('moq', 'invalid MOQ 0: leave the cell empty when there is no minimum');
  const price = cell('price') === '' ? null : parsePrice(cell('price'));
  if (price === null && cell('price') !== '') fail('price', `invalid price "${cell('price')}": expected a number such as 2.35`);
  const currency = cell('currency') === '' ? null : cell('currency').toUpperCase();
  if (currency !== null && !/^[A-Z]{3}$/.test(currency)) fail('currency', `invalid currency "${cell('currency')}": expected a three-letter ISO 4217 code such as USD`);
  return {
    sku: cell('sku'),
    name: cell('name'),
    category: cell('category') || null,
    keywords: splitList(cell('keywords')),
    moq,
    price,
    currency,
    certifications: splitList(cell('certifications')),
    line: row.line,
  };
}

/** Maps each known column to its index; throws a CatalogError when `sku` or `name` is missing. */
function readHeader(file: string, headers: readonly string[]): { columns: Map<Column, number>; ignored: string[] } {
  const columns = new Map<Column, number>();
  const ignored: string[] = [];
  headers.forEach((name, index) => {
    const key = headerKey(name);
    if (KNOWN_COLUMNS.has(key) && !columns.has(key as Column)) columns.set(key as Column, index);
    else if (name.trim() !== '') ignored.push(name.trim());
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    const found = headers.length === 0 ? 'no header' : `header "${headers.join(',')}"`;
    throw new CatalogError(file, `line 1: missing required column ${missing.join(' and ')} in ${found}; add it to the first line`);
  }
  return { columns, ignored };
}

/**
 * Parses catalog CSV text, naming `file` in errors. Bad rows are skipped and
 * listed in `skipped`: unreadable CSV, a missing SKU or name, an invalid MOQ,
 * price or currency, or a SKU already used on an earlier line. An empty
 * file or a missing `sku` or `name` column throws a CatalogError.
 *
 * @example
 * const catalog = parseCatalog('sku,name,moq\nLED-1,Panel light,500\n', 'catalog.csv');
 * catalog.products[0]?.moq; // 500
 */
export function parseCatalog(text: string, file: string): Catalog {
  if (text.trim() === '') throw new CatalogError(file, 'the catalog file is empty; it needs a header row with at least sku and name');
  const table = parseCsv(text);
  const { columns, ignored } = readHeader(file, table.headers);
  const errors: CatalogRowError[] = table.problems.map(
    (problem) => new CatalogRowError(file, problem.line, null, null, problem.reason.replace(/^line \d+: /, '')),
  );
  const products: CatalogProduct[] = [];
  const skuLines = new Map<string, number>();
  for (const row of table.rows) {
    try {
      const product = readProduct(file, row, columns);
      const key = product.sku.toLowerCase();
      const earlier = skuLines.get(key);
      if (earlier !== undefined) {
        const index = columns.get('sku') ?? 0;
        throw new CatalogRowError(file, row.line, 'sku', index + 1, `duplicate SKU "${product.sku}": already used on line ${earlier}`);
      }
      skuLines.set(key, row.line);
      products.push(product);
    } catch (error) {
      if (!(error instanceof CatalogRowError)) throw error;
      errors.push(error);
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { file, products, skipped: errors.map((error) => error.toJSON()), ignoredColumns: ignored };
}

/**
 * Reads a catalog CSV file (UTF-8). Throws a CatalogError when the file
 * cannot be read or lacks a `sku` or `name` column; bad rows are skipped
 * and listed, see `parseCatalog`.
 *
 * @example
 * const catalog = readCatalog('catalogs/led-lighting.csv');
 * catalog.skipped; // [] for a clean file
 */
export function readCatalog(file: string): Catalog {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CatalogError(file, `failed to read the catalog file: ${errorMessage(error)}`, { cause: error });
  }
  return parseCatalog(text, file);
}

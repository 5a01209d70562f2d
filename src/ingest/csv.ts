import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';
import { swallowedRecordLine } from './csv-quotes.js';

/** Delimiters tried by `detectDelimiter`, in tie-break order. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One data row with the 1-based line number it starts on. */
export interface CsvRow {
  line: number;
  fields: string[];
  raw: string;
}

/** A row the parser could not read, with the line it starts on. */
export interface CsvProblem {
  line: number;
  reason: string;
  raw: string | null;
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

/**
 * Picks the delimiter that occurs most often outside quotes in the header
 * line. A tie goes to the earlier entry of `CSV_DELIMITERS`. A line with none
 * is read as comma-separated, which makes it a one-column file.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of CSV_DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/** Returns the first non-blank line of a text, without a byte order mark. */
export function firstLine(text: string): string {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
}

/**
 * Parses CSV text with csv-parse: byte order mark, quoted cells spanning
 * lines, doubled quotes and CRLF are handled, and line breaks inside cells
 * become `\n`. Three kinds of row become problems with their line number
 * instead of stopping the parse. The first has a field count other than the
 * header's. The second opens a quote that stays open to the end of the file.
 * The third has a quoted cell that swallowed lines that read like whole
 * records (`swallowedRecordLine`). After an open quote, the lines that
 * follow it are read again as rows.
 */
export function parseCsv(text: string): CsvTable {
  const normalized = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(firstLine(normalized));
  const first = parseChunk(normalized, delimiter);
  const header = first.rows[0];
  if (header === undefined) return { delimiter, headers: [], rows: [], problems: first.skips.map(skipProblem) };
  const headers = header.fields.map((name) => name.trim());
  const lines = normalized.split('\n');
  const table: CsvTable = { delimiter, headers, rows: [], problems: [] };
  let chunk = { ...first, rows: first.rows.slice(1) };
  let offset = 0;
  for (;;) {
    const restart = readChunk(table, chunk, offset);
    if (restart === null) break;
    // The chunk text is the header line, then the original lines from `restart` on.
    chunk = parseChunk([header.raw, ...lines.slice(restart - 1)].join('\n'), delimiter);
    chunk.rows.shift();
    offset = restart - 2;
  }
  table.problems.sort((a, b) => a.line - b.line);
  return table;
}

/** Rows and skipped records of one csv-parse run, with line numbers of that run's text. */
interface Chunk {
  rows: CsvRow[];
  skips: ParseSkip[];
}

interface ParseSkip {
  line: number;
  raw: string | null;
  error: CsvError | undefined;
}

function parseChunk(text: string, delimiter: CsvDelimiter): Chunk {
  const skips: ParseSkip[] = [];
  const records = parse(text, {
    delimiter,
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      skips.push(parseSkip(error, raw ?? null));
      return undefined;
    },
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  const rows = records.map(({ record, raw, info }) => ({ line: startLine(raw, info.lines), fields: record, raw: raw.trim() }));
  return { rows, skips };
}

/**
 * Adds the rows and problems of a chunk to the table in line order, with
 * `offset` added to their line numbers. Stops at the first open quote and
 * returns the original line to parse again from, or null at the end.
 */
function readChunk(table: CsvTable, chunk: Chunk, offset: number): number | null {
  const events = [...chunk.rows.map((row) => ({ line: row.line, row })), ...chunk.skips.map((skip) => ({ line: skip.line, skip }))];
  events.sort((a, b) => a.line - b.line);
  for (const event of events) {
    const line = event.line + offset;
    if ('skip' in event) {
      table.problems.push(skipProblem({ ...event.skip, line }));
      if (event.skip.error?.code === 'CSV_QUOTE_NOT_CLOSED') return line + 1;
      continue;
    }
    const restart = addRow(table, { ...event.row, line });
    if (restart !== null) return restart;
  }
  return null;
}

/** Adds a row, or its problem; returns the line to parse again from when its quote swallowed records. */
function addRow(table: CsvTable, row: CsvRow): number | null {
  const { headers, delimiter } = table;
  const swallowed = swallowedRecordLine(row.fields, headers.length, delimiter);
  if (swallowed !== null) {
    const restart = row.line + swallowed;
    const reason =
      `line ${row.line}: a quoted cell opened on this line is not closed before line ${restart}, which reads as a record of its own; ` +
      `the row is skipped and reading goes on at line ${restart}. Close or remove the stray quote (") in the export`;
    table.problems.push({ line: row.line, reason, raw: row.raw.split('\n').slice(0, swallowed).join('\n') });
    return restart;
  }
  if (row.fields.length === headers.length) {
    table.rows.push(row);
    return null;
  }
  const reason = `line ${row.line}: has ${row.fields.length} fields but the header has ${headers.length}; check for an unquoted "${delimiter}" or a missing quote`;
  table.problems.push({ line: row.line, reason, raw: row.raw });
  return null;
}

/** Returns the line a record starts on from the line it ends on and its raw text. */
function startLine(raw: string, endLine: number): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

function parseSkip(error: CsvError | undefined, raw: string | null): ParseSkip {
  const endLine = typeof error?.lines === 'number' ? error.lines : 0;
  const line = raw === null ? endLine : startLine(raw, endLine);
  return { line, raw, error };
}

function skipProblem(skip: ParseSkip): CsvProblem {
  if (skip.error?.code === 'CSV_QUOTE_NOT_CLOSED') {
    const reason =
      `line ${skip.line}: invalid CSV: Quote Not Closed: a quoted cell opened on this line runs to the end of the file; ` +
      `the row is skipped and the lines after it are read as rows. Close or remove the stray quote (") in the export`;
    return { line: skip.line, reason, raw: skip.raw?.split('\n')[0] ?? null };
  }
  return { line: skip.line, reason: `line ${skip.line}: invalid CSV: ${skip.error?.message ?? 'unreadable row'}`, raw: skip.raw };
}

import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse/sync';

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
 * become `\n`. A row whose field count differs from the header's, or a quote
 * left open at the end of the file, becomes a problem with its line number
 * instead of stopping the parse.
 */
export function parseCsv(text: string): CsvTable {
  const normalized = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(firstLine(normalized));
  const problems: CsvProblem[] = [];
  const records = parse(normalized, {
    delimiter,
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      problems.push(parseProblem(error, raw ?? null));
      return undefined;
    },
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  const rows = records.map(({ record, raw, info }) => ({ line: startLine(raw, info.lines), fields: record, raw: raw.trim() }));
  const [header, ...data] = rows;
  if (header === undefined) return { delimiter, headers: [], rows: [], problems };
  const headers = header.fields.map((name) => name.trim());
  const good = data.filter((row) => {
    if (row.fields.length === headers.length) return true;
    const reason = `line ${row.line}: has ${row.fields.length} fields but the header has ${headers.length}; check for an unquoted "${delimiter}" or a missing quote`;
    problems.push({ line: row.line, reason, raw: row.raw });
    return false;
  });
  return { delimiter, headers, rows: good, problems: problems.sort((a, b) => a.line - b.line) };
}

/** Returns the line a record starts on from the line it ends on and its raw text. */
function startLine(raw: string, endLine: number): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

function parseProblem(error: CsvError | undefined, raw: string | null): CsvProblem {
  const endLine = typeof error?.lines === 'number' ? error.lines : 0;
  const line = raw === null ? endLine : startLine(raw, endLine);
  const message = error?.message ?? 'unreadable row';
  return { line, reason: `line ${line}: invalid CSV: ${message}`, raw };
}

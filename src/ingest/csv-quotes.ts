/**
 * Detection of a quote left open inside a CSV row. With an open quote the
 * parser reads every following line into one cell until the next quote, so
 * the rows after it vanish into that cell instead of failing.
 */

/** Splits one line on a delimiter, honoring double quotes that open and close on the line. */
export function splitLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    if (char === delimiter && !quoted) {
      fields.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  fields.push(current);
  return fields;
}

/** Reduces a value to its shape: runs of letters become "a", runs of digits "9", other characters stay ("RFQ-12" → "a-9"). */
function shape(value: string): string {
  return value
    .trim()
    .replace(/\p{L}+/gu, 'a')
    .replace(/\p{N}+/gu, '9');
}

/** Minimum header columns for the check, because with two a line such as "Regards, Tom" splits like a record too often. */
const MIN_COLUMNS = 3;

/**
 * Returns the line offset, from the row's first line, of the first
 * continuation line of a multi-line cell that reads like a whole record.
 * Such a line splits into as many fields as the header has, and its first
 * field has the shape of the row's own first field (`R6` like `R5`,
 * `2026-11-06` like `2026-11-05`). Returns null for a normal multi-line cell.
 */
export function swallowedRecordLine(fields: readonly string[], headerCount: number, delimiter: string): number | null {
  if (headerCount < MIN_COLUMNS || fields.length === 0) return null;
  const firstShape = shape(fields[0] ?? '');
  let offset = 0;
  for (const cell of fields) {
    const lines = cell.split('\n');
    for (const [index, line] of lines.entries()) {
      if (index === 0) continue;
      const parts = splitLine(line, delimiter);
      if (parts.length === headerCount && firstShape !== '' && shape(parts[0] ?? '') === firstShape) return offset + index;
    }
    offset += lines.length - 1;
  }
  return null;
}

/** Plain-text and Markdown tables for the evaluation reports. */

/** Formats a ratio with 3 decimals, or "-" when it is undefined. */
export function formatRatio(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

/** Formats a ratio as a percentage with 1 decimal, or "-" when it is undefined. */
export function formatPercent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

/**
 * Renders rows as a table with columns padded to their widest cell. The first
 * `textColumns` columns are left-aligned and the others, which hold numbers,
 * right-aligned.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const renderRow = (row: readonly string[]): string =>
    widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return column < textColumns ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return all.map(renderRow).join('\n');
}

/** Renders rows as a GitHub Markdown table, aligned like `formatTable`. */
export function formatMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, column) => (column < textColumns ? '---' : '---:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

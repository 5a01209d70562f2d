import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { AnalyzeReport } from '../pipeline/analyze-run.js';

/**
 * Writes the report as the JSON document `JSON.stringify(report, null, 2)`
 * would produce, one top-level field and one conversation at a time, so no
 * string of the whole document is built. Waits for `drain` when the stream
 * buffer is full.
 */
export async function writeReportJson(report: AnalyzeReport, out: Writable): Promise<void> {
  const { summary, ...contract } = report;
  const fields = Object.entries({ ...contract, summary });
  await write(out, '{\n');
  for (const [index, [key, value]] of fields.entries()) {
    await write(out, `  ${JSON.stringify(key)}: `);
    if (key === 'conversations') await writeArray(out, report.conversations);
    else await write(out, indent(JSON.stringify(value, null, 2), '  '));
    await write(out, index < fields.length - 1 ? ',\n' : '\n');
  }
  await write(out, '}\n');
}

async function writeArray(out: Writable, items: unknown[]): Promise<void> {
  if (items.length === 0) {
    await write(out, '[]');
    return;
  }
  await write(out, '[\n');
  for (const [index, item] of items.entries()) {
    const separator = index < items.length - 1 ? ',\n' : '\n';
    await write(out, '    ' + indent(JSON.stringify(item, null, 2), '    ') + separator);
  }
  await write(out, '  ]');
}

function indent(text: string, prefix: string): string {
  return text.replace(/\n/g, '\n' + prefix);
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { runAnalytics, withAnalytics, type AnalyzeReport } from '../pipeline/analyze-run.js';

/**
 * Writes the report as the JSON document `JSON.stringify(collected, null, 2)`
 * would produce for `collectReport(report)`: the contract fields, the
 * emotion-outcome table, then the summary. Accounts, conversations and
 * quarantined records are read from the store and written one at a time.
 * Account analytics need one pass over the conversations first, which keeps
 * a slim copy of each in memory (`runAnalytics`). Waits for `drain` when the stream
 * buffer is full.
 */
export async function writeReportJson(report: AnalyzeReport, out: Writable): Promise<void> {
  const { generatedAt, asOf, summary, results } = report;
  const analytics = await runAnalytics(results);
  await write(out, '{\n');
  await writeField(out, 'generatedAt', generatedAt);
  await writeField(out, 'asOf', asOf);
  await writeArray(out, 'accounts', withAnalytics(results.accounts(), analytics));
  await writeArray(out, 'conversations', results.conversations());
  await writeArray(out, 'quarantine', results.quarantine());
  await writeField(out, 'emotionOutcome', analytics.emotionOutcome);
  await write(out, `  "summary": ${indent(JSON.stringify(summary, null, 2), '  ')}\n}\n`);
}

async function writeField(out: Writable, key: string, value: unknown): Promise<void> {
  await write(out, `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')},\n`);
}

/** Writes `"key": [...],` with one item at a time; an empty list is `[]` as JSON.stringify writes it. */
async function writeArray(out: Writable, key: string, items: AsyncIterable<unknown>): Promise<void> {
  await write(out, `  ${JSON.stringify(key)}: `);
  let first = true;
  for await (const item of items) {
    await write(out, (first ? '[\n' : ',\n') + '    ' + indent(JSON.stringify(item, null, 2), '    '));
    first = false;
  }
  await write(out, first ? '[],\n' : '\n  ],\n');
}

function indent(text: string, prefix: string): string {
  return text.replace(/\n/g, '\n' + prefix);
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

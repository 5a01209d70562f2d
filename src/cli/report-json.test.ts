import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AnalyzeReport } from '../pipeline/analyze-run.js';
import { writeReportJson } from './report-json.js';

function collector(): { out: Writable; text: () => string } {
  const chunks: string[] = [];
  const out = new Writable({
    highWaterMark: 8,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { out, text: () => chunks.join('') };
}

const summary = { read: 2, stored: 2, duplicate: 0, updated: 0, quarantined: 0, conversations: 2, sources: [] };
const base = { generatedAt: '2026-04-01T00:00:00.000Z', asOf: '2026-04-01T00:00:00.000Z', accounts: [], quarantine: [], summary };

/** Returns the document `parley analyze --json` printed before it streamed: the contract, then the summary. */
function expectedJson(report: AnalyzeReport): string {
  const { summary: counts, ...contract } = report;
  return JSON.stringify({ ...contract, summary: counts }, null, 2) + '\n';
}

describe('writeReportJson', () => {
  it('matches JSON.stringify with two conversations', async () => {
    const conversations = [{ id: 'c1', nested: { list: [1, 2] } }, { id: 'c2', nested: { list: [] } }];
    const report = { ...base, conversations } as unknown as AnalyzeReport;
    const { out, text } = collector();
    await writeReportJson(report, out);
    expect(text()).toBe(expectedJson(report));
  });

  it('matches JSON.stringify with no conversations', async () => {
    const report = { ...base, conversations: [] } as unknown as AnalyzeReport;
    const { out, text } = collector();
    await writeReportJson(report, out);
    expect(text()).toBe(expectedJson(report));
  });
});

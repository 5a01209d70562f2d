import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AnalyzeReport, RunResults } from '../pipeline/analyze-run.js';
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

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

const summary = { read: 2, stored: 2, duplicate: 0, updated: 0, quarantined: 1, conversations: 2, sources: [] };
const lists = {
  accounts: [{ id: 'a1', conversationIds: ['c1', 'c2'] }],
  conversations: [] as unknown[],
  quarantine: [{ source: 'x.csv#3', reason: 'no date' }],
};

function reportOf(conversations: unknown[]): { report: AnalyzeReport; expected: string } {
  const results = {
    accounts: () => each(lists.accounts),
    conversations: () => each(conversations),
    quarantine: () => each(lists.quarantine),
    accountsById: async () => [],
  } as unknown as RunResults;
  const head = { generatedAt: '2026-04-01T00:00:00.000Z', asOf: '2026-04-01T00:00:00.000Z' };
  const expected = JSON.stringify({ ...head, ...lists, conversations, summary }, null, 2) + '\n';
  return { report: { ...head, summary, results }, expected };
}

describe('writeReportJson', () => {
  it('matches JSON.stringify with two conversations', async () => {
    const { report, expected } = reportOf([{ id: 'c1', nested: { list: [1, 2] } }, { id: 'c2', nested: { list: [] } }]);
    const { out, text } = collector();
    await writeReportJson(report, out);
    expect(text()).toBe(expected);
  });

  it('matches JSON.stringify with no conversations', async () => {
    const { report, expected } = reportOf([]);
    const { out, text } = collector();
    await writeReportJson(report, out);
    expect(text()).toBe(expected);
  });
});

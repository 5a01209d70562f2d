import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analysis } from '../analytics/test-builder.js';
import { collectReport, type AnalyzeReport, type RunResults } from '../pipeline/analyze-run.js';
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

const summary = { read: 2, stored: 2, duplicate: 0, updated: 0, quarantined: 1, automated: 0, conversations: 2, sources: [] };
const accounts = [{ id: 'a1', conversationIds: ['c1', 'c2'] }];
const quarantine = [{ source: 'x.csv#3', reason: 'no date' }];

function reportOf(conversations: unknown[]): AnalyzeReport {
  const results = {
    accounts: () => each(accounts),
    conversations: () => each(conversations),
    quarantine: () => each(quarantine),
    accountsById: async () => [],
  } as unknown as RunResults;
  const head = { generatedAt: '2026-04-01T00:00:00.000Z', asOf: '2026-04-01T00:00:00.000Z' };
  return { ...head, summary, results };
}

const twoConversations = [
  analysis({ id: 'c1', accountId: 'a1', winProbability: 0.6, messages: [{ dir: 'in', h: 0, mode: 'constructive', signals: [['commitment.payment', 'paid the deposit']] }] }),
  analysis({ id: 'c2', accountId: 'a1', winProbability: 0.3 }),
];

describe('writeReportJson', () => {
  it('matches JSON.stringify of the collected report with two conversations', async () => {
    const report = reportOf(twoConversations);
    const { out, text } = collector();
    await writeReportJson(report, out);
    expect(text()).toBe(`${JSON.stringify(await collectReport(report), null, 2)}\n`);
  });

  it('matches JSON.stringify of the collected report with no conversations', async () => {
    const report = reportOf([]);
    const { out, text } = collector();
    await writeReportJson(report, out);
    expect(text()).toBe(`${JSON.stringify(await collectReport(report), null, 2)}\n`);
  });

  it('adds account analytics and the emotion-outcome table', async () => {
    const { out, text } = collector();
    await writeReportJson(reportOf(twoConversations), out);
    const written = JSON.parse(text()) as { accounts: { analytics: { conversations: number; bought: boolean } | null }[]; emotionOutcome: unknown[]; summary: unknown };
    expect(written.accounts[0]?.analytics).toMatchObject({ conversations: 2, bought: true });
    expect(written.emotionOutcome).toEqual([expect.objectContaining({ factor: 'all' })]);
    expect(written.summary).toEqual(summary);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../config/seller-config.js';
import { silentLogger } from '../core/log.js';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { parsedMessage } from '../test-support/parsed-message.js';
import { collectReport, runAnalysis, toTableRow } from './analyze-run.js';

const buyer = { name: 'Omar Haddad', email: null, phone: '+971550100123' };
const seller = { name: 'Mei Lin', email: null, phone: null };

/** A WhatsApp deal in canonical form: question, answer, datasheet request, datasheet, order with PI request. */
const DEAL: [string, 'inbound' | 'outbound', string][] = [
  ['w1', 'inbound', 'Hello, what is your MOQ for LED panels?'],
  ['w2', 'outbound', 'Hello Omar, our MOQ is 500 pcs per model.'],
  ['w3', 'inbound', 'Please share the datasheet for the 40W panel.'],
  ['w4', 'outbound', 'Datasheet attached.'],
  ['w5', 'inbound', 'We want to place the order for 2x40HQ, please send the proforma invoice.'],
];

function messages(): ParsedMessage[] {
  return DEAL.map(([id, direction, body], i) =>
    parsedMessage({
      source: `deal.jsonl:${i + 1}`,
      sourceId: id,
      conversationKey: 'deal-1',
      conversationId: 'deal-1',
      direction,
      sender: direction === 'inbound' ? buyer : seller,
      sentAt: `2026-03-1${i}T09:00:00+04:00`,
      body,
    }),
  );
}

async function* itemsOf(list: ParsedMessage[]): AsyncGenerator<IngestItem> {
  for (const message of list) yield { kind: 'message', message };
}

describe('runAnalysis state history and outcomes', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-history-run-'));
    store = SqliteStore.open(join(dir, 'p.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = async (asOf = '2026-04-01T00:00:00Z') =>
    collectReport(await runAnalysis(itemsOf(messages()), { store, config: EMPTY_CONFIG, asOf: new Date(asOf), logger: silentLogger }));

  it('stores and reports the state history', async () => {
    const report = await run();
    const stored = await store.loadStateHistory('deal-1');
    expect(stored?.snapshots.map((s) => s.messageId)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5']);
    const [conversation] = report.conversations;
    expect(conversation?.stateHistory).toEqual(stored?.changes);
    expect(conversation?.outcome).toBeNull();
    const stages = stored!.changes.filter((change) => change.field === 'stage');
    expect(stages.at(-1)).toMatchObject({ messageId: 'w5', to: 'commitment' });
    expect(stages.at(-1)!.reasons[0]).toMatchObject({ type: 'stage.commitment', messageId: 'w5' });
    expect(stages.at(-1)!.reasons[1]).toMatchObject({ type: 'commitment.invoice_request', messageId: 'w5' });
    expect(stages.at(-1)!.reasons[1]!.text).toMatch(/proforma/);
    const [state] = await store.loadConversationAnalyses(['deal-1']);
    expect(stored!.snapshots.at(-1)).toMatchObject({ stage: state!.stage, scores: state!.scores, winProbability: state!.winProbability });
  });

  it('writes nothing new on a rerun', async () => {
    await run();
    const first = await store.loadStateHistory('deal-1');
    const counts = await store.countRows();
    await run('2026-05-01T00:00:00Z');
    expect(await store.loadStateHistory('deal-1')).toEqual(first);
    expect(await store.countRows()).toEqual(counts);
  });

  it('applies a decided outcome to the report only', async () => {
    await run();
    const [before] = await store.loadConversationAnalyses(['deal-1']);
    const outcome = { conversationId: 'deal-1', result: 'won' as const, decidedAt: '2026-03-20', source: 'manual' as const };
    await store.saveOutcomes([outcome]);
    const [won] = (await run()).conversations;
    expect(won).toMatchObject({ stage: 'won', winProbability: 1, outcome });
    // The stored state and history come from the messages alone, so a model can be fitted on them.
    expect(await store.loadConversationAnalyses(['deal-1'])).toEqual([before]);
    const [earlier] = (await run('2026-03-19T12:00:00Z')).conversations;
    expect(earlier?.outcome).toBeNull();
    expect(earlier?.stage).not.toBe('won');
  });

  it('leaves the history out of table rows', async () => {
    const [conversation] = (await run()).conversations;
    expect(conversation!.stateHistory!.length).toBeGreaterThan(0);
    expect(toTableRow(conversation!).stateHistory).toEqual([]);
  });
});

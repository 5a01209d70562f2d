/**
 * The batch pipeline on PostgreSQL: `runAnalysis` over the project's
 * samples/ folder must produce the same report and the same stored state on
 * a PostgreSQL schema as on a SQLite file. The PostgreSQL URL
 * comes from PARLEY_TEST_PG_URL, by default the local server at
 * postgres://postgres@127.0.0.1:5432/test.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, loadSellerConfig, type SellerConfig } from '../config/seller-config.js';
import { silentLogger } from '../core/log.js';
import { readInputs } from '../ingest/index.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { collectReport, runAnalysis, type CollectedReport } from './analyze-run.js';

const PG_URL = process.env.PARLEY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');
const AS_OF = new Date('2026-06-01T00:00:00Z');

const dir = mkdtempSync(join(tmpdir(), 'parley-pg-pipeline-'));
const prefix = `pipeline_${randomBytes(4).toString('hex')}`;
const schemas: string[] = [];
const open: Store[] = [];

/** Opens a new SQLite store and a new PostgreSQL store, closed after the test. */
async function openPair(): Promise<{ sqlite: Store; postgres: Store }> {
  const schema = `${prefix}_${schemas.length + 1}`;
  schemas.push(schema);
  const sqlite = await openStore({ kind: 'sqlite', path: join(dir, `${schema}.db`) });
  open.push(sqlite);
  const postgres = await openStore({ kind: 'postgres', url: PG_URL, schema });
  open.push(postgres);
  return { sqlite, postgres };
}

/** Runs the pipeline over samples/ and returns the report without its creation time. */
async function analyzeSamples(store: Store, config: SellerConfig, chunkSize?: number): Promise<Omit<CollectedReport, 'generatedAt'>> {
  const items = readInputs([SAMPLES], { config, logger: silentLogger });
  const report = await runAnalysis(items, { store, config, asOf: AS_OF, logger: silentLogger, ...(chunkSize ? { chunkSize } : {}) });
  const { generatedAt: _generatedAt, ...rest } = await collectReport(report);
  return rest;
}

/** Everything the store keeps across runs, read through the Store interface. */
async function storedState(store: Store): Promise<Record<string, unknown>> {
  const analyses = await store.loadConversationAnalyses();
  const ids = analyses.map((analysis) => analysis.id);
  const histories = [];
  for (const id of ids) histories.push(await store.loadStateHistory(id));
  return {
    counts: await store.countRows(),
    analyses,
    histories,
    messages: await store.loadConversationMessages(ids),
    accounts: await store.loadAccounts(),
    accountOf: [...(await store.loadAccountOf(ids))],
    buyers: await store.loadConversationBuyers(),
    stats: [...(await store.loadConversationStats())],
    outcomes: await store.loadOutcomes(),
  };
}

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
});

describe('runAnalysis on PostgreSQL', () => {
  it('reports the samples as on SQLite', async () => {
    const config = loadSellerConfig(join(SAMPLES, 'parley.config.json'));
    const { sqlite, postgres } = await openPair();
    const expected = await analyzeSamples(sqlite, config);
    const actual = await analyzeSamples(postgres, config);
    expect(expected.conversations.length).toBeGreaterThan(5);
    expect(expected.summary.stored).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
    expect(await storedState(postgres)).toEqual(await storedState(sqlite));
  });

  it('decides directions across chunks as on SQLite', async () => {
    // Without team identities the run journal decides each conversation's seller from the whole run.
    const { sqlite, postgres } = await openPair();
    const expected = await analyzeSamples(sqlite, EMPTY_CONFIG, 7);
    const actual = await analyzeSamples(postgres, EMPTY_CONFIG, 7);
    expect(actual).toEqual(expected);
    expect(await storedState(postgres)).toEqual(await storedState(sqlite));
  });

  it('runs again with outcomes and a merge as on SQLite', async () => {
    const config = loadSellerConfig(join(SAMPLES, 'parley.config.json'));
    const { sqlite, postgres } = await openPair();
    const first = await analyzeSamples(sqlite, config);
    await analyzeSamples(postgres, config);
    const [top, second, third] = first.conversations.map((conversation) => conversation.id);
    for (const store of [sqlite, postgres]) {
      await store.saveOutcomes([
        { conversationId: top!, result: 'won', decidedAt: '2026-05-01', source: 'manual', note: 'PO signed' },
        { conversationId: second!, result: 'lost', decidedAt: '2026-05-02', source: 'csv' },
      ]);
      await store.addAccountOverride({ action: 'merge', conversationIds: [second!, third!], createdAt: '2026-05-03T00:00:00.000Z' });
    }
    const expected = await analyzeSamples(sqlite, config);
    const actual = await analyzeSamples(postgres, config);
    expect(expected.summary.stored).toBe(0);
    expect(expected.conversations.find((conversation) => conversation.id === top)?.outcome?.result).toBe('won');
    expect(actual).toEqual(expected);
    expect(await storedState(postgres)).toEqual(await storedState(sqlite));
  });
});

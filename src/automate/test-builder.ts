/**
 * Builders for the automation tests: a WhatsApp deal run through the real
 * analysis in steps, as a live service would see it, and a local HTTP
 * receiver of outbound webhooks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { EMPTY_CONFIG } from '../config/seller-config.js';
import { silentLogger } from '../core/log.js';
import type { IngestItem } from '../core/types.js';
import { collectReport, runAnalysis } from '../pipeline/analyze-run.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { parsedMessage } from '../test-support/parsed-message.js';
import type { ConversationUpdate } from './types.js';
import { loadConversationUpdates } from './updates.js';

/** PostgreSQL of the tests (trust auth on loopback). */
export const TEST_PG_URL = process.env.PARLEY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const DEAL_ID = 'deal-1';

/**
 * A WhatsApp deal, one message a day, then an 8-day silence before the
 * seller's follow-up. The real analysis finds, among others: w3 stage
 * qualification → evaluation, archetype uncertain_evaluator → spec_seeker and
 * a first price objection; w5 stage evaluation → commitment, archetype →
 * price_negotiator, intent 34 → 85, win probability 0.278 → 0.643 and a first
 * lead-time objection; w6 stalled false → true (silence since w5), intent 85 → 49.
 */
export const DEAL: readonly { id: string; direction: 'inbound' | 'outbound'; body: string; sentAt: string }[] = [
  { id: 'w1', direction: 'inbound', body: 'Hello, what is your MOQ for LED panels?', sentAt: '2026-03-10T09:00:00Z' },
  { id: 'w2', direction: 'outbound', body: 'Hello Omar, our MOQ is 500 pcs per model.', sentAt: '2026-03-10T10:00:00Z' },
  {
    id: 'w3',
    direction: 'inbound',
    body: 'Your price is too high, other suppliers offer 20% less. Please share the datasheet for the 40W panel.',
    sentAt: '2026-03-11T09:00:00Z',
  },
  { id: 'w4', direction: 'outbound', body: 'Datasheet attached.', sentAt: '2026-03-11T10:00:00Z' },
  {
    id: 'w5',
    direction: 'inbound',
    body: 'We need it urgently, the lead time is too long. We want to place the order for 2x40HQ, please send the proforma invoice.',
    sentAt: '2026-03-12T09:00:00Z',
  },
  { id: 'w6', direction: 'outbound', body: 'Following up on the proforma invoice.', sentAt: '2026-03-20T09:00:00Z' },
];

const buyer = { name: 'Omar Haddad', email: null, phone: '+971550100123' };
const seller = { name: 'Mei Lin', email: null, phone: null };

async function* dealItems(ids: readonly string[]): AsyncGenerator<IngestItem> {
  for (const [index, message] of DEAL.entries()) {
    if (!ids.includes(message.id)) continue;
    yield {
      kind: 'message',
      message: parsedMessage({
        source: `deal.jsonl:${index + 1}`,
        sourceId: message.id,
        conversationKey: DEAL_ID,
        conversationId: DEAL_ID,
        direction: message.direction,
        sender: message.direction === 'inbound' ? buyer : seller,
        sentAt: message.sentAt,
        body: message.body,
      }),
    };
  }
}

/** A workspace's SQLite store in a temp directory, fed the deal in steps. */
export class DealWorkspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'parley-automate-'));
  readonly dbPath = join(this.dir, 'ws.db');
  readonly store = SqliteStore.open(this.dbPath);

  constructor(readonly workspaceId = 'harbor') {}

  /** Ingests the deal's messages with these ids and returns the update of the deal conversation. */
  async ingest(ids: readonly string[]): Promise<ConversationUpdate> {
    const last = DEAL.filter((message) => ids.includes(message.id)).at(-1)!;
    await collectReport(await runAnalysis(dealItems(ids), { store: this.store, config: EMPTY_CONFIG, asOf: new Date(last.sentAt), logger: silentLogger }));
    const [update] = await loadConversationUpdates(this.store, this.workspaceId, [DEAL_ID]);
    return update!;
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One request the receiver got. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP server on 127.0.0.1 that records every request and responds with `statusOf(requestNumber)` (1-based). */
export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly server: Server;

  private constructor(statusOf: (count: number) => number) {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.statusCode = statusOf(this.requests.length);
        response.end('ok');
      });
    });
  }

  static async listen(statusOf: (count: number) => number = () => 200): Promise<Receiver> {
    const receiver = new Receiver(statusOf);
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/hooks/parley`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Polls `check` every 10 ms until it returns true; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Returns a schema name no other test file uses. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
}

/** Drops a test schema with everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

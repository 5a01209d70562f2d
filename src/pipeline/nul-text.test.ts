import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../config/seller-config.js';
import { silentLogger } from '../core/log.js';
import { parseJsonlLine } from '../ingest/jsonl.js';
import { openStore } from '../store/open-store.js';
import { runAnalysis } from './analyze-run.js';

const PG_URL = process.env.PARLEY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `nul_${randomBytes(4).toString('hex')}`;

afterAll(async () => {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('a message with a NUL character', () => {
  it('is stored on PostgreSQL without it', async () => {
    const line = JSON.stringify({
      id: 'nul-1',
      channel: 'whatsapp',
      conversationId: 'chat-nul',
      direction: 'inbound',
      sender: { name: 'Omar\u0000 Haddad' },
      sentAt: '2026-03-10T09:15:00+04:00',
      text: 'Price for 500 pcs\u0000 FOB Ningbo?',
    });
    const item = parseJsonlLine(line, 'nul.jsonl', 1);
    const store = await openStore({ kind: 'postgres', url: PG_URL, schema });
    try {
      const report = await runAnalysis(
        (async function* () {
          yield item;
        })(),
        { store, config: EMPTY_CONFIG, asOf: new Date('2026-03-11T00:00:00Z'), logger: silentLogger },
      );
      expect(report.summary.stored).toBe(1);
      const [message] = await store.loadConversationMessages(['chat-nul']);
      expect(message!.text).toBe('Price for 500 pcs FOB Ningbo?');
      expect(message!.sender.name).toBe('Omar Haddad');
    } finally {
      await store.close();
    }
  });
});

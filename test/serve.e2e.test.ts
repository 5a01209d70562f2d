import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAutomations } from '../src/automate/automations.js';
import type { Automations } from '../src/automate/types.js';
import type { ServerAutomations } from '../src/serve/app.js';
import { workspaceTarget } from '../src/serve/storage-layout.js';
import { startTestServer, type TestServer } from '../src/serve/test-server.js';
import { repoRoot, runCli } from './run-cli.js';

/** Builds a canonical WhatsApp message from the buyer of `conversationId`. */
function buyerMessage(id: string, conversationId: string, sentAt: string, text: string) {
  return {
    id,
    channel: 'whatsapp',
    conversationId,
    direction: 'inbound',
    sender: { name: 'Omar Haddad', phone: '+971550100123' },
    sentAt,
    text,
  };
}

/** Reads the JSON body of a response, typed loosely because the tests read many shapes. */
async function readJson(response: Response): Promise<any> {
  return response.json();
}

const OPENING = 'Hello, I found your company at the Canton Fair.';
const ORDER = 'Please send the proforma invoice, we want to place the order for 2x40HQ this week.';

const STAGE_RULE = { id: 'stage', when: { type: 'stage_change' }, task: { assignee: 'mei@harborlighting.example', dueInMinutes: 60 } };

describe('parley serve over HTTP', () => {
  let server: TestServer;
  let alpha: { id: string; key: string; keyId: string };
  let beta: { id: string; key: string; keyId: string };

  beforeAll(async () => {
    server = await startTestServer({
      config: { workspaces: { alpha: { automations: [STAGE_RULE] }, beta: { automations: [STAGE_RULE] } } },
      automations: ({ storage, stores, config }) =>
        createAutomations({
          config,
          targets: (id) => workspaceTarget(storage, id),
          stores: (id) => stores.get(id),
          logger: pino({ level: 'silent' }),
        }),
    });
    alpha = await server.createWorkspace('alpha');
    beta = await server.createWorkspace('beta');
  });

  afterAll(async () => {
    await server.close();
  });

  describe('authentication', () => {
    it('rejects a request without a key', async () => {
      const response = await server.request(null, 'GET', '/v1/pipeline');
      expect(response.status).toBe(401);
      expect(response.body.error).toBe('unauthorized');
      expect(response.body.requestId).toEqual(expect.any(String));
    });

    it('rejects an unknown key', async () => {
      const response = await server.request('pk_00000000_' + 'A'.repeat(43), 'GET', '/v1/pipeline');
      expect(response.status).toBe(401);
    });

    it('rejects a header without Bearer', async () => {
      const response = await fetch(`${server.url}/v1/pipeline`, { headers: { authorization: alpha.key } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    });

    it('rejects a revoked key', async () => {
      const key = await server.registry.issueKey(alpha.id);
      expect((await server.request(key.secret, 'GET', '/v1/pipeline')).status).toBe(200);
      await server.registry.revokeKey(key.keyId);
      expect((await server.request(key.secret, 'GET', '/v1/pipeline')).status).toBe(401);
    });

    it('leaves health and OpenAPI open', async () => {
      expect((await server.request(null, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
      expect((await server.request(null, 'GET', '/openapi.json')).status).toBe(200);
    });
  });

  describe('ingest and queries', () => {
    it('shows a state shift at once, with one task', async () => {
      const first = await server.request(alpha.key, 'POST', '/v1/messages', [
        buyerMessage('shift-1', 'shift', '2026-11-02T09:00:00+04:00', OPENING),
      ]);
      expect(first.status).toBe(200);
      expect(first.body.stored).toBe(1);
      expect(first.body.conversations).toHaveLength(1);
      const before = await server.request(alpha.key, 'GET', '/v1/conversations/shift');
      expect(before.body.stage).toBe('discovery');

      const second = await server.request(alpha.key, 'POST', '/v1/messages', {
        messages: [buyerMessage('shift-2', 'shift', '2026-11-02T10:00:00+04:00', ORDER)],
      });
      expect(second.status).toBe(200);
      expect(second.body.tasks).toHaveLength(1);
      expect(second.body.tasks[0]).toMatchObject({ conversationId: 'shift', ruleId: 'stage', status: 'open' });

      const after = await server.request(alpha.key, 'GET', '/v1/conversations/shift');
      expect(after.status).toBe(200);
      expect(after.body.stage).toBe('commitment');
      const stageChanges = after.body.stateHistory.filter((change: { field: string }) => change.field === 'stage');
      expect(stageChanges.at(-1)).toMatchObject({ messageId: 'shift-2', from: 'discovery', to: 'commitment' });
      expect(after.body.snapshots).toHaveLength(2);
      expect(after.body.messages.map((message: { messageId: string }) => message.messageId)).toEqual(['shift-1', 'shift-2']);
      expect(after.body.outcome).toBeNull();

      // One task for the stage the conversation opened at, one for the change to commitment.
      expect(first.body.tasks).toHaveLength(1);
      const tasks = await server.request(alpha.key, 'GET', '/v1/tasks?conversationId=shift');
      expect(tasks.body.tasks).toHaveLength(2);
    });

    it('shows message text and sender', async () => {
      const response = await server.request(alpha.key, 'GET', '/v1/conversations/shift');
      expect(response.status).toBe(200);
      const [first, second] = response.body.messages;
      expect(first.text).toBe(OPENING);
      expect(second.text).toBe(ORDER);
      expect(second.sender.name).toBe('Omar Haddad');
      expect(second.direction).toBe('inbound');
      expect(second.sentAt).toBe('2026-11-02T10:00:00+04:00');
    });

    it('counts a resent message as duplicate', async () => {
      const again = await server.request(alpha.key, 'POST', '/v1/messages', [
        buyerMessage('shift-2', 'shift', '2026-11-02T10:00:00+04:00', ORDER),
      ]);
      expect(again.status).toBe(200);
      expect(again.body.stored).toBe(0);
      expect(again.body.duplicate).toBe(1);
      expect(again.body.updated).toBe(0);
      expect(again.body.tasks).toEqual([]);
    });

    it('quarantines invalid messages by index', async () => {
      const response = await server.request(alpha.key, 'POST', '/v1/messages', [
        buyerMessage('q-1', 'quarantine', '2026-11-03T09:00:00Z', OPENING),
        { channel: 'whatsapp', sentAt: 'yesterday', text: 'hi' },
        { channel: 'fax', sentAt: '2026-11-03T09:00:00Z', text: 'hi' },
      ]);
      expect(response.status).toBe(200);
      expect(response.body.stored).toBe(1);
      const reasons = response.body.quarantined.map((entry: { reason: string }) => entry.reason);
      expect(reasons).toHaveLength(2);
      expect(reasons[0]).toMatch(/^message 1: field "sentAt"/);
      expect(reasons[1]).toMatch(/^message 2: field "channel"/);
    });

    it('ranks the pipeline by win probability', async () => {
      await server.request(alpha.key, 'POST', '/v1/messages', [
        buyerMessage('rank-low-1', 'rank-low', '2026-11-04T09:00:00Z', OPENING),
        buyerMessage('rank-high-1', 'rank-high', '2026-11-04T09:00:00Z', ORDER),
      ]);
      const response = await server.request(alpha.key, 'GET', '/v1/pipeline?limit=100');
      expect(response.status).toBe(200);
      const rows: { id: string; stage: string; winProbability: number }[] = response.body.conversations;
      const probabilities = rows.map((row) => row.winProbability);
      expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
      const ids = rows.map((row) => row.id);
      expect(ids.indexOf('rank-high')).toBeLessThan(ids.indexOf('rank-low'));
      expect(rows.find((row) => row.id === 'rank-high')?.stage).toBe('commitment');
      expect(rows.find((row) => row.id === 'rank-low')?.stage).toBe('discovery');

      const page = await server.request(alpha.key, 'GET', '/v1/pipeline?limit=1&offset=1');
      expect(page.body.conversations.map((row: { id: string }) => row.id)).toEqual([ids[1]]);
      expect(page.body.total).toBe(rows.length);

      const discovery = await server.request(alpha.key, 'GET', '/v1/pipeline?stage=discovery');
      expect(discovery.body.conversations.every((row: { stage: string }) => row.stage === 'discovery')).toBe(true);
    });

    it('leaves won deals out of the open pipeline', async () => {
      const outcome = await server.request(alpha.key, 'POST', '/v1/outcomes', { conversationId: 'rank-high', result: 'won', date: '2026-11-05' });
      expect(outcome.status).toBe(200);
      expect(outcome.body).toMatchObject({ conversationId: 'rank-high', result: 'won', decidedAt: '2026-11-05', write: 'inserted' });
      const open = await server.request(alpha.key, 'GET', '/v1/pipeline?limit=100');
      expect(open.body.conversations.map((row: { id: string }) => row.id)).not.toContain('rank-high');
      const all = await server.request(alpha.key, 'GET', '/v1/pipeline?limit=100&includeClosed=true');
      expect(all.body.conversations[0]).toMatchObject({ id: 'rank-high', stage: 'won', winProbability: 1 });
      const conversation = await server.request(alpha.key, 'GET', '/v1/conversations/rank-high');
      expect(conversation.body.outcome).toMatchObject({ result: 'won', decidedAt: '2026-11-05' });
      expect(conversation.body.stage).toBe('won');
      expect(conversation.body.winProbability).toBe(1);
      expect(conversation.body.stalled).toBe(false);
    });

    it('rejects stage=stalled on the pipeline', async () => {
      const response = await server.request(alpha.key, 'GET', '/v1/pipeline?stage=stalled');
      expect(response.status).toBe(400);
      expect(response.body.field).toBe('query.stage');
      expect(response.body.message).toContain('GET /v1/stalled');
    });

    it('lists stalled deals as of a time', async () => {
      const early = await server.request(alpha.key, 'GET', `/v1/stalled?asOf=${encodeURIComponent('2026-11-04T10:00:00Z')}`);
      expect(early.status).toBe(200);
      expect(early.body.conversations.map((row: { id: string }) => row.id)).not.toContain('rank-low');
      const late = await server.request(alpha.key, 'GET', `/v1/stalled?asOf=${encodeURIComponent('2027-02-01T00:00:00Z')}`);
      const ids = late.body.conversations.map((row: { id: string }) => row.id);
      expect(ids).toContain('rank-low');
      expect(ids).not.toContain('rank-high');
      expect(late.body.conversations[0].reason).toEqual(expect.any(String));
    });

    it('lists accounts and reads one', async () => {
      const accounts = await server.request(alpha.key, 'GET', '/v1/accounts');
      expect(accounts.status).toBe(200);
      expect(accounts.body.total).toBeGreaterThan(0);
      const first = accounts.body.accounts[0];
      const one = await server.request(alpha.key, 'GET', `/v1/accounts/${first.id}`);
      expect(one.body.id).toBe(first.id);
    });
  });

  describe('uploads', () => {
    const chatPath = join(repoRoot, 'samples/whatsapp/WhatsApp Chat with Omar Haddad.txt');

    it('imports a WhatsApp export sent as multipart', async () => {
      const form = new FormData();
      form.append('file', new Blob([readFileSync(chatPath)]), 'WhatsApp Chat with Omar Haddad.txt');
      const response = await fetch(`${server.url}/v1/imports`, { method: 'POST', headers: { authorization: `Bearer ${alpha.key}` }, body: form });
      const body = await readJson(response);
      expect(response.status).toBe(200);
      expect(body.stored).toBeGreaterThan(10);
      expect(body.quarantined).toEqual([]);
      expect(body.conversations).toHaveLength(1);
      const conversation = await server.request(alpha.key, 'GET', `/v1/conversations/${body.conversations[0].id}`);
      expect(conversation.status).toBe(200);
      expect(conversation.body.messages).toHaveLength(body.stored);
    });

    it('imports the same file as a raw body without storing it twice', async () => {
      const response = await fetch(`${server.url}/v1/imports?filename=${encodeURIComponent('WhatsApp Chat with Omar Haddad.txt')}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${alpha.key}`, 'content-type': 'application/octet-stream' },
        body: readFileSync(chatPath),
      });
      const body = await readJson(response);
      expect(response.status).toBe(200);
      expect(body.stored).toBe(0);
      expect(body.duplicate).toBeGreaterThan(10);
    });

    it('keeps the conversation of a re-uploaded _chat.txt', async () => {
      const chat = [
        '\u200e[02/11/2026, 09:00:01] Lena Vogt: \u200eMessages and calls are end-to-end encrypted.',
        '[02/11/2026, 09:01:10] Lena Vogt: Do you stock 600x600 LED panels?',
        '[02/11/2026, 09:05:42] Mei Lin: Yes, 40W and 48W.',
      ].join('\n');
      const first = await fetch(`${server.url}/v1/imports?filename=_chat.txt`, {
        method: 'POST',
        headers: { authorization: `Bearer ${alpha.key}`, 'content-type': 'application/octet-stream' },
        body: chat,
      });
      const firstBody = await readJson(first);
      expect(first.status).toBe(200);
      expect(firstBody.stored).toBe(2);

      // A later export of the same chat, downloaded again under the browser's " (1)" name.
      const form = new FormData();
      form.append('file', new Blob([chat + '\n[03/11/2026, 08:00:00] Lena Vogt: Price for 200 pieces?']), '_chat (1).txt');
      const second = await fetch(`${server.url}/v1/imports`, { method: 'POST', headers: { authorization: `Bearer ${alpha.key}` }, body: form });
      const secondBody = await readJson(second);
      expect(second.status).toBe(200);
      expect(secondBody.duplicate).toBe(2);
      expect(secondBody.stored).toBe(1);
      expect(secondBody.updated).toBe(0);
      expect(secondBody.conversations.map((row: { id: string }) => row.id)).toEqual(firstBody.conversations.map((row: { id: string }) => row.id));
    });

    it('imports a web form export sent as JSON', async () => {
      const response = await fetch(`${server.url}/v1/imports?filename=contact-form.json`, {
        method: 'POST',
        headers: { authorization: `Bearer ${beta.key}`, 'content-type': 'application/json' },
        body: readFileSync(join(repoRoot, 'samples/webform/contact-form.json')),
      });
      const body = await readJson(response);
      expect(response.status).toBe(200);
      expect(body.stored).toBeGreaterThan(0);
      expect(body.conversations.length).toBeGreaterThan(0);
    });

    it('rejects an upload without a file', async () => {
      const response = await fetch(`${server.url}/v1/imports`, { method: 'POST', headers: { authorization: `Bearer ${alpha.key}` } });
      expect(response.status).toBe(400);
    });
  });

  describe('cross-workspace isolation', () => {
    let accountId: string;
    let taskId: string;

    beforeAll(async () => {
      const shift = await server.request(alpha.key, 'GET', '/v1/conversations/shift');
      accountId = shift.body.accountId;
      const tasks = await server.request(alpha.key, 'GET', '/v1/tasks?conversationId=shift');
      taskId = tasks.body.tasks[0].id;
    });

    it("hides the other workspace's conversation", async () => {
      const response = await server.request(beta.key, 'GET', '/v1/conversations/shift');
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('shift-1');
    });

    it("hides the other workspace's account", async () => {
      expect((await server.request(beta.key, 'GET', `/v1/accounts/${accountId}`)).status).toBe(404);
      const listed = await server.request(beta.key, 'GET', '/v1/accounts?limit=500');
      expect(listed.body.accounts.map((account: { id: string }) => account.id)).not.toContain(accountId);
    });

    it("cannot record the other workspace's outcome", async () => {
      const response = await server.request(beta.key, 'POST', '/v1/outcomes', { conversationId: 'shift', result: 'lost', date: '2026-11-06' });
      expect(response.status).toBe(404);
      const conversation = await server.request(alpha.key, 'GET', '/v1/conversations/shift');
      expect(conversation.body.outcome).toBeNull();
    });

    it("hides and protects the other workspace's tasks", async () => {
      const listed = await server.request(beta.key, 'GET', '/v1/tasks');
      expect(listed.body.tasks.map((task: { id: string }) => task.id)).not.toContain(taskId);
      const patched = await server.request(beta.key, 'PATCH', `/v1/tasks/${taskId}`, { status: 'done' });
      expect(patched.status).toBe(404);
      const own = await server.request(alpha.key, 'GET', '/v1/tasks?conversationId=shift');
      expect(own.body.tasks[0].status).toBe('open');
    });

    it("keeps the other workspace's pipeline apart", async () => {
      const pipeline = await server.request(beta.key, 'GET', '/v1/pipeline?limit=500&includeClosed=true');
      const ids = pipeline.body.conversations.map((row: { id: string }) => row.id);
      expect(ids).not.toContain('shift');
      expect(ids).not.toContain('rank-high');
    });

    it('stores the same conversation id separately per workspace', async () => {
      const response = await server.request(beta.key, 'POST', '/v1/messages', [
        buyerMessage('other-1', 'shift', '2026-11-02T09:00:00+04:00', OPENING),
      ]);
      expect(response.status).toBe(200);
      const mine = await server.request(beta.key, 'GET', '/v1/conversations/shift');
      expect(mine.body.messages.map((message: { messageId: string }) => message.messageId)).toEqual(['other-1']);
      const theirs = await server.request(alpha.key, 'GET', '/v1/conversations/shift');
      expect(theirs.body.messages.map((message: { messageId: string }) => message.messageId)).toEqual(['shift-1', 'shift-2']);
    });

    it('lets the owner mark its task done', async () => {
      const patched = await server.request(alpha.key, 'PATCH', `/v1/tasks/${taskId}`, { status: 'done' });
      expect(patched.status).toBe(200);
      expect(patched.body.status).toBe('done');
    });
  });

  describe('errors', () => {
    const cases: [string, string, string, unknown, string][] = [
      ['limit below 1', 'GET', '/v1/pipeline?limit=0', undefined, 'query.limit'],
      ['limit not a number', 'GET', '/v1/pipeline?limit=ten', undefined, 'query.limit'],
      ['unknown query field', 'GET', '/v1/pipeline?sort=asc', undefined, 'query'],
      ['unknown stage', 'GET', '/v1/pipeline?stage=closing', undefined, 'query.stage'],
      ['invalid asOf', 'GET', '/v1/stalled?asOf=soon', undefined, 'query.asOf'],
      ['outcome result', 'POST', '/v1/outcomes', { conversationId: 'shift', result: 'maybe' }, 'body.result'],
      ['outcome date', 'POST', '/v1/outcomes', { conversationId: 'shift', result: 'won', date: '2026-02-30' }, 'body.date'],
      ['outcome without id', 'POST', '/v1/outcomes', { result: 'won' }, 'body.conversationId'],
      ['outcome in the future', 'POST', '/v1/outcomes', { conversationId: 'shift', result: 'won', date: '2999-01-01' }, 'body.date'],
      ['messages not a list', 'POST', '/v1/messages', { text: 'hi' }, 'body'],
      ['empty message list', 'POST', '/v1/messages', [], 'body'],
      ['task status', 'PATCH', '/v1/tasks/x', { status: 'closed' }, 'body.status'],
    ];

    it.each(cases)('returns 400 naming the field: %s', async (_name, method, path, body, field) => {
      const response = await server.request(alpha.key, method, path, body);
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_request');
      expect(response.body.field).toBe(field);
      expect(response.body.message).toContain(field);
    });

    it('returns 400 for malformed JSON', async () => {
      const response = await fetch(`${server.url}/v1/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${alpha.key}`, 'content-type': 'application/json' },
        body: '[{"channel":',
      });
      expect(response.status).toBe(400);
      const body = await readJson(response);
      expect(body.requestId).toEqual(expect.any(String));
      expect(body.error).toBe('invalid_json');
      expect(body.field).toBe('body');
      expect(body.message).toContain('not valid JSON');
    });

    it('returns 415 for a text body on a JSON route', async () => {
      const response = await fetch(`${server.url}/v1/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${alpha.key}`, 'content-type': 'text/plain' },
        body: JSON.stringify([buyerMessage('text-1', 'text', '2026-11-02T09:00:00Z', OPENING)]),
      });
      expect(response.status).toBe(415);
      const body = await readJson(response);
      expect(body.error).toBe('unsupported_media_type');
      expect(body.message).toContain('text/plain');
    });

    it('returns 404 when retrying an unknown dead letter', async () => {
      const response = await server.request(alpha.key, 'POST', '/v1/dead-letters/missing/retry');
      expect(response.status).toBe(404);
      expect(response.body.message).toContain('dead letter missing');
    });

    it('returns 404 JSON for an unknown route', async () => {
      const response = await server.request(alpha.key, 'GET', '/v1/nothing-here');
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ error: 'not_found' });
    });

    it('returns 404 for an unknown conversation', async () => {
      const response = await server.request(alpha.key, 'GET', '/v1/conversations/missing');
      expect(response.status).toBe(404);
      expect(response.body.message).toContain('missing');
    });
  });

  describe('OpenAPI', () => {
    it('lists every route, webhooks included', async () => {
      const document = (await server.request(null, 'GET', '/openapi.json')).body;
      expect(document.openapi).toBe('3.1.0');
      const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
      );
      for (const expected of [
        'POST /v1/messages',
        'POST /v1/imports',
        'GET /v1/accounts',
        'GET /v1/conversations/{id}',
        'GET /v1/pipeline',
        'GET /v1/stalled',
        'GET /v1/tasks',
        'POST /v1/outcomes',
        'GET /v1/webhooks/whatsapp/{workspaceId}',
        'POST /v1/webhooks/whatsapp/{workspaceId}',
        'POST /v1/webhooks/form/{workspaceId}',
        'GET /healthz',
      ]) {
        expect(operations).toContain(expected);
      }
      const pipeline = document.paths['/v1/pipeline'].get;
      expect(pipeline.security).toEqual([{ apiKey: [] }]);
      expect(pipeline.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['limit', 'offset', 'stage', 'includeClosed']);
      expect(document.paths['/v1/messages'].post.requestBody.content['application/json'].schema).toBeDefined();
    });

    it('describes bodies, errors and integers', async () => {
      const document = (await server.request(null, 'GET', '/openapi.json')).body;
      const paths = document.paths;
      expect(paths['/v1/imports'].post.requestBody.content['application/octet-stream'].schema.type).toBe('string');
      expect(paths['/v1/webhooks/whatsapp/{workspaceId}'].post.requestBody.content['application/json'].schema).toBeDefined();
      expect(paths['/v1/webhooks/form/{workspaceId}'].post.requestBody.content['application/x-www-form-urlencoded'].schema).toBeDefined();
      expect(paths['/v1/webhooks/form/{workspaceId}'].post.responses['401']).toBeDefined();
      expect(paths['/v1/webhooks/whatsapp/{workspaceId}'].get.responses['403']).toBeDefined();
      expect(paths['/v1/messages'].post.responses['415']).toBeDefined();
      expect(paths['/v1/dead-letters/{id}/retry'].post.responses['202']).toBeDefined();
      expect(JSON.stringify(document)).not.toContain(String(Number.MIN_SAFE_INTEGER));
    });
  });
});

describe('parley serve limits and failures', () => {
  it('returns 413 for a body over the limit', async () => {
    const server = await startTestServer({ bodyLimit: 16 * 1024 });
    try {
      const { key } = await server.createWorkspace('limits');
      const big = Array.from({ length: 200 }, (_, index) => buyerMessage(`big-${index}`, 'big', '2026-11-02T09:00:00Z', 'x'.repeat(100)));
      const json = await server.request(key, 'POST', '/v1/messages', big);
      expect(json.status).toBe(413);
      expect(json.body.error).toBe('payload_too_large');
      expect(json.body.message).toContain('limit of 16384 bytes');

      const form = new FormData();
      form.append('file', new Blob([Buffer.alloc(64 * 1024, 'a')]), 'big.txt');
      const upload = await fetch(`${server.url}/v1/imports`, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
      expect(upload.status).toBe(413);

      const raw = await fetch(`${server.url}/v1/imports?filename=big.txt`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain' },
        body: Buffer.alloc(64 * 1024, 'a'),
      });
      expect(raw.status).toBe(413);
    } finally {
      await server.close();
    }
  });

  it('returns 500 with a request id and logs the workspace', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const failing: Automations = {
      handleUpdates: async () => {
        throw new Error('automation store is down');
      },
      checkStalls: async () => ({ tasks: [], webhooksQueued: 0 }),
      listTasks: async () => [],
      listDeadLetters: async () => [],
      start: () => undefined,
      stop: async () => undefined,
    };
    const server = await startTestServer({ automations: () => failing, logger: pino({ level: 'error' }, sink) });
    try {
      const { id, key } = await server.createWorkspace('failing');
      const response = await server.request(key, 'POST', '/v1/messages', [buyerMessage('f-1', 'f', '2026-11-02T09:00:00Z', OPENING)]);
      expect(response.status).toBe(500);
      expect(response.body.error).toBe('internal_error');
      expect(response.body.message).not.toContain('automation store is down');
      const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.requestId === response.body.requestId);
      expect(logged).toMatchObject({ workspaceId: id, msg: 'request failed' });
      expect(logged.err.message).toBe('automation store is down');
    } finally {
      await server.close();
    }
  });
});

describe('parley serve logs and dead letters', () => {
  it('leaves the verify token out of request logs', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const verifyToken = 'verify-token-7f3a91';
    const server = await startTestServer({
      config: { workspaces: { logged: { whatsapp: { appSecret: 'app-secret-0000', verifyToken } } } },
      logger: pino({ level: 'info' }, sink),
    });
    try {
      const { id } = await server.createWorkspace('logged');
      const query = `hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=4711`;
      const response = await fetch(`${server.url}/v1/webhooks/whatsapp/${id}?${query}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('4711');
      const urls = lines.map((line) => JSON.parse(line).req?.url).filter((url) => url !== undefined);
      expect(urls).toContain(`/v1/webhooks/whatsapp/${id}?hub.mode=subscribe&hub.verify_token=[REDACTED]&hub.challenge=4711`);
      expect(lines.join('')).not.toContain(verifyToken);
    } finally {
      await server.close();
    }
  });

  it('retries a dead letter of the workspace only', async () => {
    const retried: [string, string][] = [];
    const automations: ServerAutomations = {
      handleUpdates: async () => ({ tasks: [], webhooksQueued: 0 }),
      checkStalls: async () => ({ tasks: [], webhooksQueued: 0 }),
      listTasks: async () => [],
      listDeadLetters: async () => [],
      retryDeadLetter: async (workspaceId, id) => {
        retried.push([workspaceId, id]);
        return id === 'dl-1';
      },
      start: () => undefined,
      stop: async () => undefined,
    };
    const server = await startTestServer({ automations: () => automations });
    try {
      const { id, key } = await server.createWorkspace('retry');
      const ok = await server.request(key, 'POST', '/v1/dead-letters/dl-1/retry');
      expect(ok.status).toBe(202);
      expect(ok.body).toEqual({ id: 'dl-1', status: 'queued' });
      const missing = await server.request(key, 'POST', '/v1/dead-letters/dl-2/retry');
      expect(missing.status).toBe(404);
      expect(retried).toEqual([
        [id, 'dl-1'],
        [id, 'dl-2'],
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('parley serve on PostgreSQL', () => {
  it('ingests, queries and isolates workspaces', async () => {
    const server = await startTestServer({ kind: 'postgres' });
    try {
      const a = await server.createWorkspace('pga');
      const b = await server.createWorkspace('pgb');
      const posted = await server.request(a.key, 'POST', '/v1/messages', [
        buyerMessage('pg-1', 'pg', '2026-11-02T09:00:00Z', OPENING),
        buyerMessage('pg-2', 'pg', '2026-11-02T10:00:00Z', ORDER),
      ]);
      expect(posted.status).toBe(200);
      expect(posted.body.stored).toBe(2);
      const conversation = await server.request(a.key, 'GET', '/v1/conversations/pg');
      expect(conversation.body.stage).toBe('commitment');
      expect(conversation.body.snapshots).toHaveLength(2);
      expect((await server.request(b.key, 'GET', '/v1/conversations/pg')).status).toBe(404);
      expect((await server.request(b.key, 'GET', '/v1/pipeline')).body.total).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('parley serve command', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-serve-cli-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a workspace made with the CLI and stops on SIGTERM', async () => {
    const data = join(dir, 'data');
    const created = runCli(['workspace', 'create', 'cli_ws', '--name', 'CLI test', '--data', data, '--json']);
    expect(created.status).toBe(0);
    const key: string = JSON.parse(created.stdout).key.secret;

    const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/main.ts`, 'serve', '--data', data, '--port', '0'], {
      cwd: repoRoot,
      env: { ...process.env, PARLEY_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const lines = createInterface({ input: child.stdout });
        lines.on('line', (line) => {
          const match = /listening on (http:\/\/\S+)/.exec(line);
          if (match) resolve(match[1]!);
        });
        void exited.then((code) => reject(new Error(`parley serve exited with ${code}: ${stderr}`)));
      });
      const response = await fetch(`${url}/v1/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify([buyerMessage('cli-1', 'cli', '2026-11-02T09:00:00Z', ORDER)]),
      });
      expect(response.status).toBe(200);
      expect((await readJson(response)).stored).toBe(1);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');

    const listed = runCli(['workspace', 'list', '--data', data, '--json']);
    expect(JSON.parse(listed.stdout).workspaces[0]).toMatchObject({ id: 'cli_ws', name: 'CLI test' });
  });
});

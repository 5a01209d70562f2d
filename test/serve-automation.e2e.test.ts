/**
 * The whole live path over real HTTP. A signed WhatsApp webhook reaches the
 * server and shifts the buyer's state, so an automation creates one task and
 * sends one signed outbound webhook to a local receiver, retried after a
 * failure. A replay of the same webhook changes nothing.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAutomations } from '../src/automate/automations.js';
import { verifySignature } from '../src/automate/delivery.js';
import { workspaceTarget } from '../src/serve/storage-layout.js';
import { startTestServer, type TestServer } from '../src/serve/test-server.js';

const APP_SECRET = 'harbor-app-secret';
const HOOK_SECRET = 'harbor-outbound-secret-0123456789';
const BUYER = '971550100123';

/** One request the receiver got: delivery id, whether the signature held, and the parsed body. */
interface Received {
  delivery: string;
  signed: boolean;
  status: number;
  body: { rule: { id: string; trigger: string }; conversationId: string; change: { field: string; to: unknown }; task: { assignee: string } | null };
}

/** Starts a local webhook receiver that fails the first `failures` requests with 500. */
async function startReceiver(failures: number): Promise<{ url: string; received: Received[]; server: Server; heal: () => void }> {
  const received: Received[] = [];
  let left = failures;
  const heal = (): void => {
    left = 0;
  };
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const timestamp = String(request.headers['x-parley-timestamp'] ?? '');
      const signature = String(request.headers['x-parley-signature'] ?? '');
      const status = left > 0 ? 500 : 200;
      left -= 1;
      received.push({
        delivery: String(request.headers['x-parley-delivery'] ?? ''),
        signed: verifySignature(HOOK_SECRET, timestamp, body, signature),
        status,
        body: JSON.parse(body) as Received['body'],
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/parley`, received, server, heal };
}

/** Builds a Cloud API webhook body with one text message from the buyer. */
function whatsappBody(messageId: string, text: string): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '100000000000001',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550100000', phone_number_id: '100000000000002' },
              contacts: [{ wa_id: BUYER, profile: { name: 'Omar Haddad' } }],
              messages: [{ from: BUYER, id: messageId, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }],
            },
          },
        ],
      },
    ],
  });
}

async function postWebhook(server: TestServer, workspaceId: string, body: string, secret = APP_SECRET): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/v1/webhooks/whatsapp/${workspaceId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    },
    body,
  });
  return { status: response.status, body: await response.json() };
}

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting for the receiver');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('a webhook message that shifts the buyer state', () => {
  let server: TestServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let harbor: { id: string; key: string };
  /** The exact bytes of the webhook that raised the price objection, sent again by the replay test. */
  let pushback = '';

  beforeAll(async () => {
    receiver = await startReceiver(1);
    const rule = {
      id: 'price-pushback',
      when: { type: 'new_objection', objections: ['objection.price'] },
      task: { assignee: 'mei@harborlighting.example', dueInMinutes: 120, title: 'Answer the price objection' },
      webhook: { url: receiver.url, secret: HOOK_SECRET },
    };
    server = await startTestServer({
      config: { workspaces: { harbor: { whatsapp: { appSecret: APP_SECRET, verifyToken: 'harbor-verify' }, automations: [rule] } } },
      automations: ({ storage, stores, config }) =>
        createAutomations({
          config,
          targets: (id) => workspaceTarget(storage, id),
          stores: (id) => stores.get(id),
          logger: pino({ level: 'silent' }),
          retry: { baseMs: 20, maxAttempts: 4, maxDelayMs: 200 },
        }),
    });
    harbor = await server.createWorkspace('harbor');
  });

  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('creates one task and delivers one signed webhook, retried once', async () => {
    const opening = await postWebhook(server, harbor.id, whatsappBody('wamid.opening', 'Hello, we import LED panels. Can you quote 600x600 40W panels, 2,000 pcs?'));
    expect(opening.status).toBe(200);
    expect(opening.body.stored).toBe(1);

    pushback = whatsappBody('wamid.pushback', 'Your price is too high, another supplier offers USD 9.20 per panel. Can you do better?');
    const shifted = await postWebhook(server, harbor.id, pushback);
    expect(shifted.status).toBe(200);
    expect(shifted.body.stored).toBe(1);
    expect(shifted.body.tasks).toHaveLength(1);

    const conversationId = shifted.body.conversations[0].id as string;
    const conversation = await server.request(harbor.key, 'GET', `/v1/conversations/${conversationId}`);
    const signals = conversation.body.messages.at(-1).signals.map((signal: { type: string }) => signal.type);
    expect(signals).toContain('objection.price');

    const tasks = await server.request(harbor.key, 'GET', '/v1/tasks');
    expect(tasks.body.tasks).toHaveLength(1);
    expect(tasks.body.tasks[0]).toMatchObject({ ruleId: 'price-pushback', assignee: 'mei@harborlighting.example', conversationId });

    await waitFor(() => receiver.received.some((request) => request.status === 200));
    expect(receiver.received).toHaveLength(2);
    const [failed, delivered] = receiver.received;
    expect(failed!.status).toBe(500);
    expect(delivered!.delivery).toBe(failed!.delivery);
    expect(delivered!.signed).toBe(true);
    expect(delivered!.body).toMatchObject({ rule: { id: 'price-pushback', trigger: 'new_objection' }, conversationId, task: { assignee: 'mei@harborlighting.example' } });
  });

  it('changes nothing when the same webhook is replayed', async () => {
    const before = receiver.received.length;
    expect(pushback).not.toBe('');
    const replayed = await postWebhook(server, harbor.id, pushback);
    expect(replayed.status).toBe(200);
    expect(replayed.body.stored).toBe(0);
    expect(replayed.body.duplicate).toBe(1);
    expect(replayed.body.tasks).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(before);
    const tasks = await server.request(harbor.key, 'GET', '/v1/tasks');
    expect(tasks.body.tasks).toHaveLength(1);
  });

  it('stores nothing for a body signed with another secret', async () => {
    const forged = await postWebhook(server, harbor.id, whatsappBody('wamid.forged', 'Price too high!'), 'not-the-app-secret');
    expect(forged.status).toBe(401);
    const pipeline = await server.request(harbor.key, 'GET', '/v1/pipeline?includeClosed=true');
    const conversation = await server.request(harbor.key, 'GET', `/v1/conversations/${pipeline.body.conversations[0].id}`);
    expect(conversation.body.messages.map((message: { messageId: string }) => message.messageId)).not.toContain('wamid.forged');
  });
});

describe('an outbound webhook whose receiver always fails', () => {
  let server: TestServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let harbor: { id: string; key: string };
  let other: { id: string; key: string };

  beforeAll(async () => {
    receiver = await startReceiver(Number.POSITIVE_INFINITY);
    const rule = {
      id: 'price-pushback',
      when: { type: 'new_objection' },
      webhook: { url: receiver.url, secret: HOOK_SECRET },
    };
    const settings = { whatsapp: { appSecret: APP_SECRET, verifyToken: 'harbor-verify' }, automations: [rule] };
    server = await startTestServer({
      config: { workspaces: { harbor: settings, other: settings } },
      automations: ({ storage, stores, config }) =>
        createAutomations({
          config,
          targets: (id) => workspaceTarget(storage, id),
          stores: (id) => stores.get(id),
          logger: pino({ level: 'silent' }),
          retry: { baseMs: 10, maxAttempts: 3, maxDelayMs: 50 },
        }),
    });
    harbor = await server.createWorkspace('harbor');
    other = await server.createWorkspace('other');
  });

  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('dead-letters a delivery per workspace', async () => {
    const shifted = await postWebhook(server, harbor.id, whatsappBody('wamid.dead', 'The MOQ of 5,000 pcs is far too high for a first order.'));
    expect(shifted.status).toBe(200);
    await waitFor(() => receiver.received.length >= 3);
    let dead = await server.request(harbor.key, 'GET', '/v1/dead-letters');
    for (let tries = 0; dead.body.deadLetters.length === 0 && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      dead = await server.request(harbor.key, 'GET', '/v1/dead-letters');
    }
    expect(dead.status).toBe(200);
    expect(dead.body.deadLetters).toHaveLength(1);
    expect(dead.body.deadLetters[0]).toMatchObject({ workspaceId: harbor.id, url: receiver.url, attempts: 3 });
    expect(dead.body.deadLetters[0].lastError).toMatch(/500/);
    expect(new Set(receiver.received.map((request) => request.delivery)).size).toBe(1);

    const elsewhere = await server.request(other.key, 'GET', '/v1/dead-letters');
    expect(elsewhere.body.deadLetters).toEqual([]);
    const id = dead.body.deadLetters[0].id as string;
    const foreign = await server.request(other.key, 'POST', `/v1/dead-letters/${id}/retry`);
    expect(foreign.status).toBe(404);

    receiver.heal();
    const retried = await server.request(harbor.key, 'POST', `/v1/dead-letters/${id}/retry`);
    expect(retried.status).toBe(202);
    await waitFor(() => receiver.received.some((request) => request.status === 200));
    const delivered = receiver.received.find((request) => request.status === 200)!;
    expect(delivered.delivery).toBe(receiver.received[0]!.delivery);
    expect(delivered.signed).toBe(true);
    const after = await server.request(harbor.key, 'GET', '/v1/dead-letters');
    expect(after.body.deadLetters).toEqual([]);
  });
});

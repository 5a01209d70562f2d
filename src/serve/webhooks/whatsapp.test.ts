import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signBody } from './signature.js';
import { BUSINESS_NUMBER, cloudPayload, cloudStatus, cloudText, openTask, startWebhookServer, type WebhookTestServer } from './test-builder.js';
import type { WhatsAppResult } from './whatsapp.js';

const APP_SECRET = 'harbor-app-secret-4f1c';
const VERIFY_TOKEN = 'harbor-verify-token-77';
const OTHER_SECRET = 'quay-app-secret-9a0b';

const CONFIG = {
  workspaces: {
    harbor: {
      seller: { team: { phones: [`+${BUSINESS_NUMBER}`] } },
      whatsapp: { appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN },
    },
    quay: { whatsapp: { appSecret: OTHER_SECRET, verifyToken: 'quay-verify-token-01' } },
    formonly: { form: { secret: 'formonly-form-secret-0001' } },
    // In the config but not in the registry, so the ingest rejects it.
    ghost: { whatsapp: { appSecret: 'ghost-app-secret-01', verifyToken: 'ghost-verify-token' } },
  },
};

const BUYER = '447700900123';
const BUYER_NAME = 'Test Buyer';
const nowSeconds = () => Math.floor(Date.now() / 1000);

let server: WebhookTestServer;

beforeEach(async () => {
  server = await startWebhookServer({ config: CONFIG, registered: ['harbor', 'quay', 'formonly'] });
});
afterEach(async () => {
  await server.close();
});

function whatsappUrl(workspaceId: string, query = ''): string {
  return `${server.url}/v1/webhooks/whatsapp/${workspaceId}${query}`;
}

/** POSTs `body` (exact bytes) signed with `secret`, or with the given header value, or unsigned when null. */
async function post(workspaceId: string, body: string, signature: string | null, contentType = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  return fetch(whatsappUrl(workspaceId), { method: 'POST', headers, body });
}

function buyerMessage(id: string, text: string, timestamp = nowSeconds()): string {
  return JSON.stringify(cloudPayload({ contacts: [{ wa_id: BUYER, profile: { name: BUYER_NAME } }], messages: [cloudText(BUYER, id, text, timestamp)] }));
}

async function messageCount(workspaceId: string): Promise<number> {
  return (await server.store(workspaceId).countRows())['messages'] ?? 0;
}

describe('WhatsApp verification challenge', () => {
  it('returns the challenge for the right token', async () => {
    const response = await fetch(whatsappUrl('harbor', `?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  it('rejects a wrong token with 403', async () => {
    const response = await fetch(whatsappUrl('harbor', '?hub.mode=subscribe&hub.verify_token=guess-token-000&hub.challenge=42'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('42');
  });

  it('rejects another workspace token with 403', async () => {
    const response = await fetch(whatsappUrl('quay', `?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=42`));
    expect(response.status).toBe(403);
  });

  it('rejects a wrong mode with 403', async () => {
    const response = await fetch(whatsappUrl('harbor', `?hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=42`));
    expect(response.status).toBe(403);
  });

  it('rejects a missing challenge with 400', async () => {
    const response = await fetch(whatsappUrl('harbor', `?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}`));
    expect(response.status).toBe(400);
  });

  it('returns 404 without WhatsApp settings', async () => {
    for (const workspaceId of ['nowhere', 'formonly', 'Bad-Id']) {
      const response = await fetch(whatsappUrl(workspaceId, `?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=42`));
      expect(response.status, workspaceId).toBe(404);
    }
  });
});

describe('WhatsApp events with a valid signature', () => {
  it('stores the message and its conversation state', async () => {
    const body = buyerMessage('wamid.TEST0001', 'Hello, what is your MOQ for 40W LED panels? We need 2000 pcs for a warehouse.');
    const response = await post('harbor', body, signBody(body, APP_SECRET));
    expect(response.status).toBe(200);
    const result = (await response.json()) as WhatsAppResult;
    expect(result.stored).toBe(1);
    expect(result.duplicate).toBe(0);
    expect(result.quarantined).toEqual([]);
    expect(result.conversations).toHaveLength(1);

    const store = server.store('harbor');
    const conversationId = result.conversations[0]!.id;
    const messages = await store.loadConversationMessages([conversationId]);
    expect(messages.map((message) => message.id)).toEqual(['wamid.TEST0001']);
    expect(messages[0]?.direction).toBe('inbound');
    expect(messages[0]?.sender.phone).toBe(`+${BUYER}`);
    const [analysis] = await store.loadConversationAnalyses([conversationId]);
    expect(analysis?.stage).toBe(result.conversations[0]!.stage);
    const history = await store.loadStateHistory(conversationId);
    expect(history?.snapshots).toHaveLength(1);
  });

  it('updates the state as later messages arrive', async () => {
    const first = buyerMessage('wamid.TEST0101', 'Hi, do you sell LED high bay lights?', nowSeconds() - 600);
    const second = buyerMessage('wamid.TEST0102', 'We confirm the order of 2x40HQ. Please send the proforma invoice today, we will pay the deposit.');
    const one = (await (await post('harbor', first, signBody(first, APP_SECRET))).json()) as WhatsAppResult;
    const two = (await (await post('harbor', second, signBody(second, APP_SECRET))).json()) as WhatsAppResult;
    expect(two.conversations[0]?.id).toBe(one.conversations[0]?.id);
    const conversationId = two.conversations[0]!.id;
    const history = await server.store('harbor').loadStateHistory(conversationId);
    expect(history?.snapshots).toHaveLength(2);
    const [analysis] = await server.store('harbor').loadConversationAnalyses([conversationId]);
    expect(analysis?.stage).toBe(two.conversations[0]!.stage);
    expect(analysis?.stage).not.toBe(one.conversations[0]!.stage);
  });

  it('checks the exact raw bytes', async () => {
    const text = 'Precio FOB para 500 unidades? Envíenos la ficha técnica 😊';
    const payload = cloudPayload({ messages: [cloudText(BUYER, 'wamid.TEST0201', text, nowSeconds())] });
    // Meta's bodies escape non-ASCII characters; the signature covers those bytes, not a re-serialization.
    const escaped = JSON.stringify(payload, null, 1).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const response = await post('harbor', escaped, signBody(escaped, APP_SECRET));
    expect(response.status).toBe(200);
    const stored = await server.store('harbor').loadConversationMessages([((await response.json()) as WhatsAppResult).conversations[0]!.id]);
    expect(stored[0]?.text).toBe(text);
  });

  it('quarantines an unreadable message', async () => {
    const body = JSON.stringify(cloudPayload({ messages: [{ from: 'not-a-number', id: 'wamid.TEST0301', timestamp: String(nowSeconds()), type: 'text', text: { body: 'hi' } }] }));
    const response = await post('harbor', body, signBody(body, APP_SECRET));
    expect(response.status).toBe(200);
    const result = (await response.json()) as WhatsAppResult;
    expect(result.stored).toBe(0);
    expect(result.quarantined).toHaveLength(1);
    expect(result.quarantined[0]?.reason).toContain('field "from"');
  });

  it('counts reactions as skipped', async () => {
    const reaction = { from: BUYER, id: 'wamid.TEST0401', timestamp: String(nowSeconds()), type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } };
    const body = JSON.stringify(cloudPayload({ messages: [reaction] }));
    const result = (await (await post('harbor', body, signBody(body, APP_SECRET))).json()) as WhatsAppResult;
    expect(result.skipped).toBe(1);
    expect(result.stored).toBe(0);
    expect(server.ingestCalls()).toBe(0);
  });
});

describe('WhatsApp tasks in the response', () => {
  it('lists the created tasks', async () => {
    await server.close();
    server = await startWebhookServer({
      config: CONFIG,
      tasksOf: (workspaceId, conversations) => conversations.map((conversation) => openTask(workspaceId, conversation.id, 'moq-question')),
    });
    const body = buyerMessage('wamid.TEST0501', 'What is your MOQ for the 60W panel light?');
    const response = await post('harbor', body, signBody(body, APP_SECRET));
    expect(response.status).toBe(200);
    const result = (await response.json()) as WhatsAppResult;
    expect(result.tasks).toEqual([openTask('harbor', result.conversations[0]!.id, 'moq-question')]);
  });

  it('returns an empty list when nothing is stored', async () => {
    const body = JSON.stringify(cloudPayload({ statuses: [cloudStatus('wamid.OUT0501', 'read', BUYER, nowSeconds())] }));
    const result = (await (await post('harbor', body, signBody(body, APP_SECRET))).json()) as WhatsAppResult;
    expect(result.tasks).toEqual([]);
  });
});

describe('WhatsApp status events', () => {
  it('counts statuses by kind', async () => {
    const now = nowSeconds();
    const statuses = [
      cloudStatus('wamid.OUT1', 'sent', BUYER, now),
      cloudStatus('wamid.OUT1', 'delivered', BUYER, now),
      cloudStatus('wamid.OUT1', 'read', BUYER, now),
      cloudStatus('wamid.OUT2', 'failed', BUYER, now),
      cloudStatus('wamid.OUT3', 'deleted', BUYER, now),
    ];
    const body = JSON.stringify(cloudPayload({ statuses }));
    const response = await post('harbor', body, signBody(body, APP_SECRET));
    expect(response.status).toBe(200);
    const result = (await response.json()) as WhatsAppResult;
    expect(result.statuses).toEqual({ sent: 1, delivered: 1, read: 1, failed: 1, other: 1 });
    expect(result.skipped).toBe(0);
    expect(result.stored).toBe(0);
    expect(await messageCount('harbor')).toBe(0);
  });
});

describe('WhatsApp signature check', () => {
  const body = () => buyerMessage('wamid.TEST0501', 'Please quote 300 pcs of the 100W floodlight');

  const cases: [string, (text: string) => string | null][] = [
    ['missing header', () => null],
    ['empty header', () => ''],
    ['wrong secret', (text) => signBody(text, 'not-the-app-secret')],
    ['other workspace secret', (text) => signBody(text, OTHER_SECRET)],
    ['other bytes', (text) => signBody(JSON.stringify(JSON.parse(text), null, 2), APP_SECRET)],
    ['no sha256 prefix', (text) => signBody(text, APP_SECRET).slice('sha256='.length)],
    ['sha1 digest', (text) => signBody(text, APP_SECRET).replace('sha256=', 'sha1=')],
    ['truncated digest', (text) => signBody(text, APP_SECRET).slice(0, -2)],
  ];
  for (const [name, sign] of cases) {
    it(`rejects ${name} with 401`, async () => {
      const text = body();
      const response = await post('harbor', text, sign(text));
      expect(response.status).toBe(401);
      expect(((await response.json()) as { message: string }).message).toContain('X-Hub-Signature-256');
      expect(server.ingestCalls()).toBe(0);
      expect(await messageCount('harbor')).toBe(0);
    });
  }

  it('accepts an upper-case hex digest', async () => {
    const text = body();
    const signature = `sha256=${signBody(text, APP_SECRET).slice('sha256='.length).toUpperCase()}`;
    expect((await post('harbor', text, signature)).status).toBe(200);
  });
});

describe('WhatsApp replays', () => {
  it('stores a replayed request once', async () => {
    const body = buyerMessage('wamid.TEST0601', 'Can you send the IES files for the 150W high bay?');
    const signature = signBody(body, APP_SECRET);
    const first = (await (await post('harbor', body, signature)).json()) as WhatsAppResult;
    const rowsAfterFirst = await server.store('harbor').countRows();
    const history = await server.store('harbor').loadStateHistory(first.conversations[0]!.id);

    const again = await post('harbor', body, signature);
    expect(again.status).toBe(200);
    const second = (await again.json()) as WhatsAppResult;
    expect(first.stored).toBe(1);
    expect(second.stored).toBe(0);
    expect(second.duplicate).toBe(1);
    expect(await messageCount('harbor')).toBe(1);
    expect(await server.store('harbor').countRows()).toEqual(rowsAfterFirst);
    expect(await server.store('harbor').loadStateHistory(first.conversations[0]!.id)).toEqual(history);
  });

  it('stores a message id once across bodies', async () => {
    // Meta may deliver the same message again in a new body, such as a retry batched with a new message.
    const sentAt = nowSeconds();
    const one = buyerMessage('wamid.TEST0701', 'What is the lead time?', sentAt);
    const payload = cloudPayload({
      contacts: [{ wa_id: BUYER, profile: { name: BUYER_NAME } }],
      messages: [cloudText(BUYER, 'wamid.TEST0701', 'What is the lead time?', sentAt), cloudText(BUYER, 'wamid.TEST0702', 'And the warranty?', sentAt)],
    });
    const both = JSON.stringify(payload);
    await post('harbor', one, signBody(one, APP_SECRET));
    const result = (await (await post('harbor', both, signBody(both, APP_SECRET))).json()) as WhatsAppResult;
    expect(result.stored).toBe(1);
    expect(result.duplicate).toBe(1);
    expect(await messageCount('harbor')).toBe(2);
  });

  it('does not store messages older than the window', async () => {
    const body = buyerMessage('wamid.TEST0801', 'Old message captured two days ago', nowSeconds() - 2 * 24 * 3600);
    const response = await post('harbor', body, signBody(body, APP_SECRET));
    expect(response.status).toBe(200);
    const result = (await response.json()) as WhatsAppResult;
    expect(result.expired).toBe(1);
    expect(result.stored).toBe(0);
    expect(server.ingestCalls()).toBe(0);
    expect(await messageCount('harbor')).toBe(0);
  });
});

describe('WhatsApp replay window option', () => {
  it('stores old messages when the window is Infinity', async () => {
    await server.close();
    server = await startWebhookServer({ config: CONFIG, replayWindowSeconds: Infinity });
    const body = buyerMessage('wamid.TEST0901', 'Backfilled message from last month', nowSeconds() - 30 * 24 * 3600);
    const result = (await (await post('harbor', body, signBody(body, APP_SECRET))).json()) as WhatsAppResult;
    expect(result.expired).toBe(0);
    expect(result.stored).toBe(1);
  });

  it('measures age from the injected clock', async () => {
    await server.close();
    const timestamp = 1_790_000_000;
    server = await startWebhookServer({ config: CONFIG, replayWindowSeconds: 3600, now: () => new Date((timestamp + 3599) * 1000) });
    const fresh = buyerMessage('wamid.TEST1001', 'Inside the window', timestamp);
    const stale = buyerMessage('wamid.TEST1002', 'Outside the window', timestamp - 2);
    expect(((await (await post('harbor', fresh, signBody(fresh, APP_SECRET))).json()) as WhatsAppResult).stored).toBe(1);
    expect(((await (await post('harbor', stale, signBody(stale, APP_SECRET))).json()) as WhatsAppResult).expired).toBe(1);
  });

  it('rejects a window that is not positive', async () => {
    await expect(startWebhookServer({ config: CONFIG, replayWindowSeconds: 0 })).rejects.toThrow(/replayWindowSeconds/);
  });
});

describe('WhatsApp request errors', () => {
  it('returns 404 for an unknown workspace', async () => {
    const body = buyerMessage('wamid.TEST1101', 'hello');
    for (const workspaceId of ['nowhere', 'formonly']) {
      const response = await post(workspaceId, body, signBody(body, APP_SECRET));
      expect(response.status, workspaceId).toBe(404);
    }
  });

  it('returns 404 when the registry lacks the workspace', async () => {
    const body = buyerMessage('wamid.TEST1102', 'hello');
    const response = await post('ghost', body, signBody(body, 'ghost-app-secret-01'));
    expect(response.status).toBe(404);
  });

  it('returns 415 for other content types', async () => {
    const body = buyerMessage('wamid.TEST1103', 'hello');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post('harbor', body, signBody(body, APP_SECRET), type);
      expect(response.status, type).toBe(415);
    }
    expect(await messageCount('harbor')).toBe(0);
  });

  it('accepts a charset parameter', async () => {
    const body = buyerMessage('wamid.TEST1104', 'hello');
    const response = await post('harbor', body, signBody(body, APP_SECRET), 'application/json; charset=utf-8');
    expect(response.status).toBe(200);
  });

  it('returns 400 for a signed body that is not a payload', async () => {
    const cases: [string, string][] = [
      ['{"object": "whatsapp_business_account", "entry": [', 'invalid JSON'],
      [JSON.stringify({ object: 'page', entry: [] }), 'field "object"'],
      [JSON.stringify({ object: 'whatsapp_business_account' }), 'field "entry"'],
      [JSON.stringify([cloudPayload({})]), 'not a WhatsApp webhook payload'],
    ];
    for (const [body, message] of cases) {
      const response = await post('harbor', body, signBody(body, APP_SECRET));
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain(message);
    }
    expect(server.ingestCalls()).toBe(0);
  });

  it('returns 413 above the body limit', async () => {
    await server.close();
    server = await startWebhookServer({ config: CONFIG, bodyLimit: 2048 });
    const body = buyerMessage('wamid.TEST1105', 'x'.repeat(4096));
    const response = await post('harbor', body, signBody(body, APP_SECRET));
    expect(response.status).toBe(413);
    expect(await messageCount('harbor')).toBe(0);
  });
});

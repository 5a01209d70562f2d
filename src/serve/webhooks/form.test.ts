import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestCounts } from './common.js';
import { startTestServer } from '../test-server.js';
import { signBody } from './signature.js';
import { openTask, startWebhookServer, type WebhookTestServer } from './test-builder.js';

const FORM_SECRET = 'harbor-form-secret-5e2d9c';
const OTHER_SECRET = 'quay-form-secret-00a1b2c3';

const CONFIG = {
  workspaces: {
    harbor: {
      seller: { defaultCountry: 'DE', mappings: { webform: { message: 'Project details' } } },
      form: { secret: FORM_SECRET },
    },
    quay: { form: { secret: OTHER_SECRET } },
    chatonly: { whatsapp: { appSecret: 'chatonly-app-secret', verifyToken: 'chatonly-verify-token' } },
  },
};

let server: WebhookTestServer;

beforeEach(async () => {
  server = await startWebhookServer({ config: CONFIG });
});
afterEach(async () => {
  await server.close();
});

async function post(workspaceId: string, body: string, contentType: string, signature: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (signature !== null) headers['x-parley-signature'] = signature;
  return fetch(`${server.url}/v1/webhooks/form/${workspaceId}`, { method: 'POST', headers, body });
}

const postJson = (body: string, secret = FORM_SECRET, workspaceId = 'harbor') => post(workspaceId, body, 'application/json', signBody(body, secret));

// An hour ago, so the state the ingest reports as of now is not yet stalled.
const SUBMITTED_AT = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000).toISOString().replace('.000Z', 'Z');

const SUBMISSION = {
  name: 'Test Buyer',
  email: 'Buyer@Example.COM',
  phone: '030 1234567',
  company: 'Example Logistics GmbH',
  country: 'Germany',
  product: '150W LED high bay',
  quantity: '400 pcs',
  'Project details': 'We are refitting a warehouse in Q3 and need a quote with delivery to Hamburg.',
  submittedAt: SUBMITTED_AT,
};

async function messageCount(workspaceId: string): Promise<number> {
  return (await server.store(workspaceId).countRows())['messages'] ?? 0;
}

describe('form webhook with JSON', () => {
  it('stores the submission as an inbound webform message', async () => {
    const response = await postJson(JSON.stringify(SUBMISSION));
    expect(response.status).toBe(200);
    const result = (await response.json()) as IngestCounts;
    expect(result.stored).toBe(1);
    expect(result.conversations).toHaveLength(1);

    const conversationId = result.conversations[0]!.id;
    const [message] = await server.store('harbor').loadConversationMessages([conversationId]);
    expect(message?.channel).toBe('webform');
    expect(message?.direction).toBe('inbound');
    expect(message?.sentAt).toBe(SUBMITTED_AT);
    expect(message?.sender).toEqual({ name: 'Test Buyer', email: 'buyer@example.com', phone: '+49301234567' });
    expect(message?.text).toContain('Company: Example Logistics GmbH (Germany)');
    expect(message?.text).toContain('Interested in: 400 pcs 150W LED high bay');
    expect(message?.text).toContain('refitting a warehouse');
    const [analysis] = await server.store('harbor').loadConversationAnalyses([conversationId]);
    expect(analysis?.stage).toBe(result.conversations[0]!.stage);
    expect(await server.store('harbor').loadStateHistory(conversationId)).not.toBeNull();
  });

  it('treats a resent submission as a duplicate', async () => {
    const body = JSON.stringify(SUBMISSION);
    const first = (await (await postJson(body)).json()) as IngestCounts;
    // The same content with other key order and spacing is the same submission.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(SUBMISSION).reverse()), null, 2);
    const second = (await (await postJson(reordered)).json()) as IngestCounts;
    expect(first.stored).toBe(1);
    expect(second.stored).toBe(0);
    expect(second.duplicate).toBe(1);
    expect(second.conversations[0]?.id).toBe(first.conversations[0]?.id);
    expect(await messageCount('harbor')).toBe(1);
  });

  it('keeps a submission id from the form tool', async () => {
    const body = JSON.stringify({ ...SUBMISSION, 'Submission ID': 'S-1001' });
    const result = (await (await postJson(body)).json()) as IngestCounts;
    const [message] = await server.store('harbor').loadConversationMessages([result.conversations[0]!.id]);
    expect(message?.id).toBe('webform:S-1001');
  });

  it('drops control fields from the text', async () => {
    const body = JSON.stringify({ ...SUBMISSION, _wpnonce: 'abc123', submit: 'Send' });
    const result = (await (await postJson(body)).json()) as IngestCounts;
    const [message] = await server.store('harbor').loadConversationMessages([result.conversations[0]!.id]);
    expect(message?.text).not.toContain('abc123');
    expect(message?.text).not.toContain('Send');
  });
});

describe('form webhook tasks', () => {
  it('lists the created tasks', async () => {
    await server.close();
    server = await startWebhookServer({
      config: CONFIG,
      tasksOf: (workspaceId, conversations) => conversations.map((conversation) => openTask(workspaceId, conversation.id, 'new-lead')),
    });
    const response = await postJson(JSON.stringify(SUBMISSION));
    expect(response.status).toBe(200);
    const result = (await response.json()) as IngestCounts;
    expect(result.tasks).toEqual([openTask('harbor', result.conversations[0]!.id, 'new-lead')]);
  });

  it('returns an empty list for a duplicate', async () => {
    await postJson(JSON.stringify(SUBMISSION));
    const result = (await (await postJson(JSON.stringify(SUBMISSION))).json()) as IngestCounts;
    expect(result.duplicate).toBe(1);
    expect(result.tasks).toEqual([]);
  });
});

describe('form webhook with urlencoded posts', () => {
  it('stores a form post', async () => {
    const form = new URLSearchParams({
      'your-name': 'Test Buyer',
      'your-email': 'buyer@example.com',
      'your-message': 'Please send prices for 50 pcs of the 60W panel light.',
      date: '2026-05-05 10:15',
    });
    form.append('products', 'Panel light');
    form.append('products', 'Driver');
    const body = form.toString();
    const response = await post('harbor', body, 'application/x-www-form-urlencoded', signBody(body, FORM_SECRET));
    expect(response.status).toBe(200);
    const result = (await response.json()) as IngestCounts;
    expect(result.stored).toBe(1);
    const [message] = await server.store('harbor').loadConversationMessages([result.conversations[0]!.id]);
    expect(message?.sender.email).toBe('buyer@example.com');
    expect(message?.text).toContain('Interested in: Panel light, Driver');
    expect(message?.text).toContain('Please send prices for 50 pcs');
  });
});

describe('form webhook errors', () => {
  it('rejects an unsigned submission with 401', async () => {
    const response = await post('harbor', JSON.stringify(SUBMISSION), 'application/json', null);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toContain('X-Parley-Signature');
    expect(server.ingestCalls()).toBe(0);
    expect(await messageCount('harbor')).toBe(0);
  });

  it('rejects a wrong signature with 401', async () => {
    for (const secret of ['not-the-form-secret-000', OTHER_SECRET]) {
      const response = await postJson(JSON.stringify(SUBMISSION), secret);
      expect(response.status, secret).toBe(401);
    }
    expect(await messageCount('harbor')).toBe(0);
  });

  it('returns 404 without form settings', async () => {
    for (const workspaceId of ['nowhere', 'chatonly']) {
      const response = await postJson(JSON.stringify(SUBMISSION), FORM_SECRET, workspaceId);
      expect(response.status, workspaceId).toBe(404);
    }
  });

  it('names the missing or invalid field', async () => {
    const { submittedAt: _date, ...undated } = SUBMISSION;
    const { 'Project details': _text, ...textless } = SUBMISSION;
    const cases: [Record<string, unknown>, string, string][] = [
      [undated, 'missing field "submittedAt"', 'body.submittedAt'],
      [{ ...SUBMISSION, submittedAt: 'next Tuesday' }, 'field "submittedAt": invalid date "next Tuesday"', 'body.submittedAt'],
      [{ ...SUBMISSION, email: 'buyer at example' }, 'field "email": invalid e-mail address', 'body.email'],
      [{ ...SUBMISSION, email: undefined, contact: { email: 'buyer at example' } }, 'field "contact.email" (read as email)', 'body.contact.email'],
      [textless, 'missing field "message"', 'body.message'],
      [{ ...SUBMISSION, 'Project details': '  ' }, 'field "Project details" (read as message): empty', 'body.Project details'],
    ];
    for (const [fields, expected, field] of cases) {
      const response = await postJson(JSON.stringify(fields));
      expect(response.status, expected).toBe(400);
      const error = (await response.json()) as { message: string; field: string };
      expect(error.message).toContain(expected);
      expect(error.field, expected).toBe(field);
    }
    expect(await messageCount('harbor')).toBe(0);
  });

  it('lists the submittedAt synonyms', async () => {
    const { submittedAt: _date, ...undated } = SUBMISSION;
    const response = await postJson(JSON.stringify(undated));
    const { message } = (await response.json()) as { message: string };
    for (const synonym of ['"date"', '"timestamp"', '"created at"', 'seller.mappings.webform.date']) {
      expect(message, synonym).toContain(synonym);
    }
    expect(message).not.toContain('"submitted at"');
  });

  it('names submittedAt in form posts', async () => {
    const body = new URLSearchParams({ 'your-email': 'buyer@example.com', 'your-message': 'Please quote 50 pcs.' }).toString();
    const response = await post('harbor', body, 'application/x-www-form-urlencoded', signBody(body, FORM_SECRET));
    expect(response.status).toBe(400);
    const error = (await response.json()) as { message: string; field: string };
    expect(error.message).toContain('missing field "submittedAt"');
    expect(error.field).toBe('body.submittedAt');
  });

  it('rejects a body that is not one submission', async () => {
    const cases = ['{"name": ', JSON.stringify([SUBMISSION]), '"text"', JSON.stringify({ _token: 'x', submit: 'Send' })];
    for (const body of cases) {
      const response = await postJson(body);
      expect(response.status, body).toBe(400);
    }
    expect(server.ingestCalls()).toBe(0);
  });

  it('rejects several submissions in one body', async () => {
    const body = JSON.stringify({ data: [SUBMISSION, { ...SUBMISSION, name: 'Second Buyer' }] });
    const response = await postJson(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('one submission per request');
  });

  it('returns 415 for other content types', async () => {
    const body = JSON.stringify(SUBMISSION);
    const response = await post('harbor', body, 'text/plain', signBody(body, FORM_SECRET));
    expect(response.status).toBe(415);
  });
});

describe('form webhook on the full server', () => {
  it('names submittedAt for an undated post', async () => {
    const full = await startTestServer({ config: { workspaces: { harbor: { form: { secret: FORM_SECRET } } } } });
    try {
      await full.createWorkspace('harbor');
      const body = new URLSearchParams({ 'your-email': 'buyer@example.com', 'your-message': 'Please quote 50 pcs.' }).toString();
      const response = await fetch(`${full.url}/v1/webhooks/form/harbor`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-parley-signature': signBody(body, FORM_SECRET) },
        body,
      });
      expect(response.status).toBe(400);
      const error = (await response.json()) as { error: string; message: string; field: string };
      expect(error.error).toBe('invalid_request');
      expect(error.message).toContain('missing field "submittedAt"');
      expect(error.message).not.toContain('field "date"');
      expect(error.field).toBe('body.submittedAt');
    } finally {
      await full.close();
    }
  });
});

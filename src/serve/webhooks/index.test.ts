import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/log.js';
import { parseServeConfig } from '../config.js';
import type { ServeContext } from '../context.js';
import { signBody, webhookRoutes } from './index.js';
import { cloudPayload } from './test-builder.js';

const config = parseServeConfig({ workspaces: { harbor: { whatsapp: { appSecret: 'harbor-app-secret', verifyToken: 'harbor-verify-token' } } } }, 'test');

const context: ServeContext = {
  config,
  registry: {} as ServeContext['registry'],
  logger: silentLogger,
  ingest: async () => ({ stored: 0, duplicate: 0, updated: 0, quarantined: [], conversations: [], tasks: [] }),
};

describe('webhookRoutes plugin', () => {
  it('keeps its body parsers to its own routes', async () => {
    const app = Fastify({ logger: false });
    await app.register(multipart);
    app.post('/echo', async (request) => ({ parsed: request.body }));
    await app.register(webhookRoutes, { context });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const echo = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a": 1}' });
      expect(await echo.json()).toEqual({ parsed: { a: 1 } });

      const body = JSON.stringify(cloudPayload({}));
      const signed = await fetch(`${url}/v1/webhooks/whatsapp/harbor`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, 'harbor-app-secret') },
        body,
      });
      expect(signed.status).toBe(200);

      const form = new FormData();
      form.append('payload', body);
      const multipartPost = await fetch(`${url}/v1/webhooks/whatsapp/harbor`, { method: 'POST', body: form });
      expect(multipartPost.status).toBe(415);
    } finally {
      await app.close();
    }
  });
});

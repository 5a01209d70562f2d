/**
 * The HTTP server of `parley serve` (Fastify 5). Every /v1 route but the
 * webhooks needs `Authorization: Bearer <API key>` and works on the key's
 * workspace only. Webhooks name the workspace in the path and prove
 * themselves by signature instead.
 */
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Automations } from '../automate/types.js';
import { ConfigError, InputError } from '../core/errors.js';
import { silentLogger } from '../core/log.js';
import { EMPTY_SERVE_CONFIG, type ServeConfig } from './config.js';
import type { ServeContext } from './context.js';
import { HttpError } from './http-errors.js';
import { LiveIngest } from './live-ingest.js';
import { buildOpenApi, type RegisteredRoute } from './openapi.js';
import { importRoutes, messageRoutes } from './routes-ingest.js';
import { queryRoutes } from './routes-query.js';
import { StallTimer } from './stall-timer.js';
import type { WorkspaceRegistry } from './types.js';
import { webhookRoutes } from './webhooks/index.js';
import type { WorkspaceStores } from './workspace-stores.js';

/** Default maximum request body, in bytes (10 MiB). */
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

const API_VERSION = '0.1.0';

/**
 * `Automations` with the optional extras the server uses when present:
 * `setTaskStatus` for PATCH /v1/tasks/:id and `retryDeadLetter` for
 * POST /v1/dead-letters/:id/retry, which return false when the workspace has
 * no such record. `close` stops them and closes their stores on shutdown
 * (else `stop` is called).
 */
export type ServerAutomations = Automations & {
  setTaskStatus?(workspaceId: string, taskId: string, status: 'open' | 'done'): Promise<boolean>;
  retryDeadLetter?(workspaceId: string, deadLetterId: string): Promise<boolean>;
  close?(): Promise<void>;
};

export interface ServerOptions {
  registry: WorkspaceRegistry;
  stores: WorkspaceStores;
  config?: ServeConfig;
  logger?: Logger;
  /** Automations of every workspace; no tasks and no outbound webhooks when unset. */
  automations?: ServerAutomations;
  /** Minutes between stall checks of the workspaces with a stall rule; 15 when unset, 0 for none. */
  stallCheckMinutes?: number;
  /** Maximum request body in bytes, uploads included; `DEFAULT_BODY_LIMIT` when unset. */
  bodyLimit?: number;
  /** Clock for "now" in analyses and stalled queries; the system clock when unset. */
  now?: () => Date;
}

/**
 * Builds the server. It owns what it is given: when it closes, it rejects
 * new ingests, waits for queued ones, stops the automations and closes the
 * workspace stores and the registry. The automations start when it is ready.
 */
export function buildServer(options: ServerOptions): FastifyInstance {
  const logger = options.logger ?? silentLogger;
  const config = options.config ?? EMPTY_SERVE_CONFIG;
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const now = options.now ?? (() => new Date());
  const ingest = new LiveIngest({ ...options, config, logger, now });
  const context: ServeContext = {
    config,
    registry: options.registry,
    logger,
    ingest: (workspaceId, items) => ingest.ingest(workspaceId, items),
  };

  const app = Fastify({
    // Request loggers log the URL with secret query values such as hub.verify_token replaced.
    loggerInstance: logger.child({}, { serializers: { req: serializeRequest } }),
    bodyLimit,
    genReqId: () => randomUUID(),
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
  }) as unknown as FastifyInstance;

  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    sendError(reply, request, new HttpError(404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/openapi.json', async () => buildOpenApi(routes, API_VERSION));

  const ingestOptions = { ingest, config, bodyLimit };
  void app.register(
    async (api) => {
      // Without a text/plain parser, a text body on a JSON route gets 415 instead of a 400 about its shape.
      api.removeContentTypeParser('text/plain');
      api.addHook('onRequest', async (request) => authenticate(request, options.registry));
      await api.register(messageRoutes, ingestOptions);
      await api.register(importRoutes, ingestOptions);
      await api.register(queryRoutes, { stores: options.stores, automations: options.automations, now });
    },
    { prefix: '/v1' },
  );
  void app.register(webhookRoutes, { context });

  const { automations } = options;
  const stallMinutes = options.stallCheckMinutes ?? 15;
  const stallTimer = automations && stallMinutes > 0 ? new StallTimer(automations, config, stallMinutes * 60_000, logger, now) : null;
  app.addHook('onReady', async () => {
    automations?.start();
    stallTimer?.start();
  });
  app.addHook('onClose', async () => {
    await ingest.close();
    await stallTimer?.stop();
    if (automations?.close) await automations.close();
    else await automations?.stop();
    await options.stores.closeAll();
    await options.registry.close();
  });
  return app;
}

/** Resolves the workspace of the request's API key; 401 when it is missing, unknown or revoked. */
async function authenticate(request: FastifyRequest, registry: WorkspaceRegistry): Promise<void> {
  const header = request.headers.authorization;
  if (header === undefined) throw new HttpError(401, 'unauthorized', 'missing API key: send the header "Authorization: Bearer <key>"');
  const match = /^Bearer +(\S+)$/i.exec(header);
  if (!match) throw new HttpError(401, 'unauthorized', 'invalid Authorization header: use "Bearer <key>"');
  const workspace = await registry.workspaceOfKey(match[1]!);
  if (!workspace) throw new HttpError(401, 'unauthorized', 'unknown or revoked API key');
  request.workspace = workspace;
  request.log = request.log.child({ workspaceId: workspace.id });
}

/** Fastify's own 4xx errors, by code, with the code this API sends. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
};

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof HttpError) {
    if (error.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    sendError(reply, request, error);
    return;
  }
  if (error instanceof InputError || error instanceof ConfigError) {
    sendError(reply, request, new HttpError(400, 'invalid_input', error.message));
    return;
  }
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    sendError(reply, request, clientError(error, status, request));
    return;
  }
  request.log.error({ err: error, workspaceId: request.workspace?.id }, 'request failed');
  sendError(reply, request, new HttpError(500, 'internal_error', `internal error; quote request id ${request.id} when reporting it`));
}

/** Converts one of Fastify's own 4xx errors into the API's error, with a message that names what to send instead. */
function clientError(error: FastifyError, status: number, request: FastifyRequest): HttpError {
  const code = FASTIFY_CODES[error.code] ?? (error instanceof SyntaxError ? 'invalid_json' : 'invalid_request');
  if (status === 413) {
    const limit = request.routeOptions.bodyLimit;
    return new HttpError(413, code, `request body is larger than the limit of ${limit} bytes; send less at once or start the server with a larger --body-limit`);
  }
  if (code === 'invalid_json') {
    const problem = error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'request body is empty' : 'request body is not valid JSON';
    return new HttpError(400, code, `${problem}; send a JSON document with Content-Type: application/json`, 'body');
  }
  if (status === 415) {
    const type = request.headers['content-type'] ?? '(none)';
    return new HttpError(415, code, `unsupported Content-Type "${type}"; /openapi.json lists the content types each route accepts`);
  }
  return new HttpError(status, code, error.message);
}

/** Query parameter names whose values are secrets, such as `hub.verify_token`. */
const SECRET_QUERY_NAME = /token|secret|signature|password|key/i;

/**
 * Fastify's request serializer with the value of every secret query
 * parameter replaced by `[REDACTED]`, so request logs never contain it.
 */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactQuery(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** Replaces the values of secret query parameters in `url`; the path and other parameters stay as sent. */
export function redactQuery(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const parameters = url
    .slice(start + 1)
    .split('&')
    .map((parameter) => {
      const separator = parameter.indexOf('=');
      if (separator === -1) return parameter;
      const rawName = parameter.slice(0, separator);
      return SECRET_QUERY_NAME.test(decodeName(rawName)) ? `${rawName}=[REDACTED]` : parameter;
    });
  return `${url.slice(0, start)}?${parameters.join('&')}`;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return name;
  }
}

function sendError(reply: FastifyReply, request: FastifyRequest, error: HttpError): void {
  if (error.code === 'unauthorized') reply.header('www-authenticate', 'Bearer');
  void reply
    .status(error.statusCode)
    .send({ error: error.code, message: error.message, ...(error.field ? { field: error.field } : {}), requestId: request.id });
}

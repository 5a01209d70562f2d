/**
 * The OpenAPI 3.1 document of the server (GET /openapi.json), generated from
 * the routes' zod schemas. Every registered route is listed. A route without
 * a description here, such as one a plugin added later, gets an entry with
 * its path parameters only.
 */
import { z } from 'zod';
import {
  accountsQuerySchema,
  accountsResponseSchema,
  conversationResponseSchema,
  errorResponseSchema,
  idParamsSchema,
  importQuerySchema,
  ingestOutcomeSchema,
  messagesBodyDoc,
  outcomeBodySchema,
  outcomeResponseSchema,
  pipelineQuerySchema,
  pipelineResponseSchema,
  stalledQuerySchema,
  stalledResponseSchema,
  taskPatchSchema,
  tasksQuerySchema,
  tasksResponseSchema,
  deadLettersResponseSchema,
} from './api-schemas.js';
import { cloudPayloadSchema } from '../ingest/whatsapp-cloud-schema.js';

/** A route as Fastify registered it: method and path with `:name` parameters. */
export interface RegisteredRoute {
  method: string;
  url: string;
}

/** A JSON Schema written out, for bodies zod cannot describe, such as raw bytes. */
type JsonSchemaObject = Record<string, unknown>;

interface RouteDoc {
  summary: string;
  /** `apiKey` routes need `Authorization: Bearer <key>`; webhook routes check a signature instead. */
  auth: 'apiKey' | 'signature' | 'none';
  query?: z.ZodObject;
  /** Request body schema per accepted content type. */
  body?: Record<string, z.ZodType | JsonSchemaObject>;
  /** Success status; 200 when unset. */
  status?: number;
  response?: z.ZodType;
  headers?: { name: string; description: string }[];
  /** Error responses of this route beyond those every route has (400, 404, 413, 500, and 401 with `apiKey`). */
  errors?: Record<string, string>;
}

const jsonBody = (schema: z.ZodType) => ({ 'application/json': schema });

/** Raw bytes of an uploaded file, as OpenAPI 3.1 describes binary content. */
const BINARY: JsonSchemaObject = { type: 'string', contentMediaType: 'application/octet-stream' };

const UNSUPPORTED_TYPE = { '415': 'Content-Type not accepted by this route' };

const formFields = z
  .record(z.string(), z.string())
  .describe('the form fields, such as name, email, message and submittedAt; the web form reader maps synonyms and `mappings.webform`');

const whatsappVerifyQuery = z.object({
  'hub.mode': z.literal('subscribe'),
  'hub.verify_token': z.string(),
  'hub.challenge': z.string(),
});

const ROUTE_DOCS: Record<string, RouteDoc> = {
  'GET /healthz': { summary: 'Liveness check', auth: 'none', response: z.object({ status: z.literal('ok') }) },
  'GET /openapi.json': { summary: 'This OpenAPI document', auth: 'none' },
  'POST /v1/messages': {
    summary: 'Ingest canonical messages; invalid ones are quarantined with their index and reason',
    auth: 'apiKey',
    body: jsonBody(messagesBodyDoc),
    response: ingestOutcomeSchema,
    errors: UNSUPPORTED_TYPE,
  },
  'POST /v1/imports': {
    summary: 'Ingest an uploaded export file (any format `parley analyze` reads)',
    auth: 'apiKey',
    query: importQuerySchema,
    body: {
      'multipart/form-data': { type: 'object', properties: { file: { ...BINARY, description: 'the export file' } }, required: ['file'] },
      'application/octet-stream': { ...BINARY, description: 'the export file as the raw body; name it with ?filename=' },
    },
    response: ingestOutcomeSchema,
  },
  'GET /v1/accounts': { summary: 'Buyer accounts, by id', auth: 'apiKey', query: accountsQuerySchema, response: accountsResponseSchema },
  'GET /v1/accounts/:id': { summary: 'One buyer account', auth: 'apiKey' },
  'GET /v1/conversations/:id': {
    summary: 'Stored analysis of a conversation: signals per message, scores, explanations, state history, outcome',
    auth: 'apiKey',
    response: conversationResponseSchema,
  },
  'GET /v1/pipeline': {
    summary: 'Open deals ranked by win probability',
    auth: 'apiKey',
    query: pipelineQuerySchema,
    response: pipelineResponseSchema,
  },
  'GET /v1/stalled': { summary: 'Open deals stalled as of now or asOf', auth: 'apiKey', query: stalledQuerySchema, response: stalledResponseSchema },
  'GET /v1/tasks': { summary: 'Tasks the automations created', auth: 'apiKey', query: tasksQuerySchema, response: tasksResponseSchema },
  'PATCH /v1/tasks/:id': {
    summary: 'Mark a task done or open again',
    auth: 'apiKey',
    body: jsonBody(taskPatchSchema),
    errors: UNSUPPORTED_TYPE,
  },
  'GET /v1/dead-letters': {
    summary: 'Outbound webhooks of the automations that failed every attempt, newest first',
    auth: 'apiKey',
    response: deadLettersResponseSchema,
  },
  'POST /v1/dead-letters/:id/retry': {
    summary: 'Queue a dead letter for delivery again, with its attempts reset',
    auth: 'apiKey',
    status: 202,
    response: z.object({ id: z.string(), status: z.literal('queued') }),
  },
  'POST /v1/outcomes': {
    summary: 'Record that a deal was won or lost',
    auth: 'apiKey',
    body: jsonBody(outcomeBodySchema),
    response: outcomeResponseSchema,
    errors: UNSUPPORTED_TYPE,
  },
  'GET /v1/webhooks/whatsapp/:workspaceId': {
    summary: 'WhatsApp Business Cloud API subscription check: returns hub.challenge when hub.verify_token matches',
    auth: 'signature',
    query: whatsappVerifyQuery,
    errors: { '403': 'hub.mode is not "subscribe" or hub.verify_token does not match' },
  },
  'POST /v1/webhooks/whatsapp/:workspaceId': {
    summary: 'WhatsApp Business Cloud API message and status events, signed with the app secret',
    auth: 'signature',
    headers: [{ name: 'X-Hub-Signature-256', description: 'sha256=<hex HMAC-SHA256 of the raw body with the app secret>' }],
    body: jsonBody(cloudPayloadSchema),
    errors: { '401': 'Missing, malformed or wrong X-Hub-Signature-256', ...UNSUPPORTED_TYPE },
  },
  'POST /v1/webhooks/form/:workspaceId': {
    summary: 'Web form submissions, signed with the workspace form secret',
    auth: 'signature',
    headers: [{ name: 'X-Parley-Signature', description: 'sha256=<hex HMAC-SHA256 of the raw body with the form secret>' }],
    body: { 'application/json': formFields, 'application/x-www-form-urlencoded': formFields },
    errors: { '401': 'Missing, malformed or wrong X-Parley-Signature', ...UNSUPPORTED_TYPE },
  },
};

/** Builds the OpenAPI 3.1 document listing `routes`. */
export function buildOpenApi(routes: RegisteredRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const method = route.method.toLowerCase();
    if (method === 'head' || method === 'options') continue;
    const openApiPath = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[openApiPath] ??= {};
    paths[openApiPath][method] = operation(route, ROUTE_DOCS[`${route.method} ${route.url}`]);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Parley', version, description: 'Conversation intelligence for B2B sellers: ingestion, buyer state, pipeline and automations.' },
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A workspace API key from `parley workspace create`' } },
      schemas: { Error: jsonSchema(errorResponseSchema) },
    },
    paths,
  };
}

function operation(route: RegisteredRoute, doc: RouteDoc | undefined): Record<string, unknown> {
  const pathNames = [...route.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]!);
  const parameters: Record<string, unknown>[] = pathNames.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'id' ? jsonSchema(idParamsSchema.shape.id) : { type: 'string' },
  }));
  for (const [name, schema] of Object.entries(doc?.query?.shape ?? {})) {
    parameters.push({ name, in: 'query', required: !(schema as z.ZodType).safeParse(undefined).success, schema: jsonSchema(schema as z.ZodType) });
  }
  for (const header of doc?.headers ?? []) parameters.push({ name: header.name, in: 'header', required: true, description: header.description, schema: { type: 'string' } });
  const errorResponse = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return {
    summary: doc?.summary ?? `${route.method} ${route.url}`,
    ...(doc?.auth === 'apiKey' ? { security: [{ apiKey: [] }] } : { security: [] }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(doc?.body ? { requestBody: { required: true, content: bodyContent(doc.body) } } : {}),
    responses: {
      [String(doc?.status ?? 200)]: {
        description: doc?.status === 202 ? 'Accepted' : 'OK',
        ...(doc?.response ? { content: { 'application/json': { schema: jsonSchema(doc.response) } } } : {}),
      },
      '400': { description: 'Invalid request; `field` names the invalid field', ...errorResponse },
      ...(doc?.auth === 'apiKey' ? { '401': { description: 'Missing, unknown or revoked API key', ...errorResponse } } : {}),
      ...Object.fromEntries(Object.entries(doc?.errors ?? {}).map(([status, description]) => [status, { description, ...errorResponse }])),
      '404': { description: 'Not found in this workspace', ...errorResponse },
      '413': { description: 'Body larger than the limit', ...errorResponse },
      '500': { description: 'Unexpected error; the body carries the request id', ...errorResponse },
    },
  };
}

function bodyContent(body: Record<string, z.ZodType | JsonSchemaObject>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([type, schema]) => [type, { schema: schema instanceof z.ZodType ? jsonSchema(schema) : schema }]),
  );
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // zod writes the safe-integer range on every .int(); it tells a client nothing, so only real bounds are kept.
    override: ({ jsonSchema: node }) => {
      if (node.minimum === Number.MIN_SAFE_INTEGER) delete node.minimum;
      if (node.maximum === Number.MAX_SAFE_INTEGER) delete node.maximum;
    },
  }) as Record<string, unknown>;
  return rest;
}

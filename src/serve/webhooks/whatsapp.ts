/**
 * WhatsApp Business Cloud API webhook: Meta's subscription check (GET) and
 * signed message and status events (POST).
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IngestItem } from '../../core/types.js';
import { firstIssue } from '../../ingest/mapping-issue.js';
import { parseWhatsAppCloud } from '../../ingest/whatsapp-cloud.js';
import { cloudPayloadSchema, type CloudPayload } from '../../ingest/whatsapp-cloud-schema.js';
import type { ServeContext } from '../context.js';
import { HttpError } from '../http-errors.js';
import { acceptOnly, ingestItems, rawBody, webhookWorkspace, type IngestCounts } from './common.js';
import { checkSignature, signatureMessage, secretsEqual } from './signature.js';

/** Source name of messages read from this webhook; locators such as `whatsapp-webhook/entry[0].changes[0].value.messages[1]` follow it. */
export const WHATSAPP_SOURCE = 'whatsapp-webhook';

/** Delivery status events Meta sends for messages the business sent. */
const STATUS_NAMES = ['sent', 'delivered', 'read', 'failed'] as const;
export type StatusCounts = Record<(typeof STATUS_NAMES)[number] | 'other', number>;

/** Body of a 200 reply to a WhatsApp event POST. */
export interface WhatsAppResult extends IngestCounts {
  /** Messages without buyer words: reactions, system notices, unsupported types. */
  skipped: number;
  /** Messages not stored because their timestamp is older than the replay window. */
  expired: number;
  statuses: StatusCounts;
}

export interface WhatsAppRouteOptions {
  context: ServeContext;
  /** Messages whose timestamp is older than this many milliseconds before receipt are not stored. */
  replayWindowMs: number;
  now: () => Date;
}

/** Registers GET and POST /v1/webhooks/whatsapp/:workspaceId on `app`. */
export function registerWhatsAppRoutes(app: FastifyInstance, options: WhatsAppRouteOptions): void {
  const path = '/v1/webhooks/whatsapp/:workspaceId';
  app.get(path, (request, reply) => answerVerification(options.context, request, reply));
  app.post(path, { onRequest: acceptOnly(['application/json']) }, (request, reply) => receiveEvents(options, request, reply));
}

/**
 * Handles Meta's subscription check: returns `hub.challenge` as text/plain
 * when `hub.mode` is `subscribe` and the verify token matches the workspace's.
 */
async function answerVerification(context: ServeContext, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const { workspaceId, settings } = webhookWorkspace(context, request, 'whatsapp');
  const query = request.query as Record<string, unknown>;
  const mode = query['hub.mode'];
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (mode !== 'subscribe' || typeof token !== 'string' || !secretsEqual(token, settings.whatsapp.verifyToken)) {
    request.log.warn({ workspaceId, mode }, 'WhatsApp webhook verification rejected');
    throw new HttpError(403, 'forbidden', 'hub.mode must be "subscribe" and hub.verify_token must equal the workspace\'s WhatsApp verify token');
  }
  if (typeof challenge !== 'string' || challenge === '') {
    throw new HttpError(400, 'invalid_request', 'missing query parameter "hub.challenge"', 'query.hub.challenge');
  }
  request.log.info({ workspaceId }, 'WhatsApp webhook verified');
  return reply.code(200).type('text/plain; charset=utf-8').header('x-content-type-options', 'nosniff').send(challenge);
}

/**
 * Checks the signature on the raw body, then stores the payload's messages
 * and counts its status events. Nothing is parsed or stored before the
 * signature matches.
 */
async function receiveEvents(options: WhatsAppRouteOptions, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const { context } = options;
  const receivedAt = options.now();
  const { workspaceId, settings } = webhookWorkspace(context, request, 'whatsapp');
  const body = rawBody(request);
  const problem = checkSignature(request.headers['x-hub-signature-256'], body, settings.whatsapp.appSecret);
  if (problem !== null) {
    request.log.warn({ workspaceId, problem }, 'WhatsApp webhook signature rejected');
    throw new HttpError(401, 'invalid_signature', signatureMessage(problem, 'X-Hub-Signature-256', 'app secret'));
  }

  const payload = readPayload(body);
  const statuses = countStatuses(payload, workspaceId, request.log);
  const parsed = parseWhatsAppCloud(body.toString('utf8'), WHATSAPP_SOURCE);
  const oldest = receivedAt.getTime() - options.replayWindowMs;
  const fresh: IngestItem[] = [];
  let expired = 0;
  for (const item of parsed.items) {
    if (item.kind === 'message' && Date.parse(item.message.sentAt) < oldest) expired += 1;
    else fresh.push(item);
  }
  if (expired > 0) request.log.warn({ workspaceId, expired, windowMs: options.replayWindowMs }, 'WhatsApp messages older than the replay window were not stored');

  const counts = await ingestItems(context, workspaceId, fresh);
  // The parser counts status events among its skipped events; the reply lists them apart.
  const statusTotal = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const result: WhatsAppResult = { ...counts, skipped: parsed.skipped - statusTotal, expired, statuses };
  request.log.info(
    { workspaceId, stored: result.stored, duplicate: result.duplicate, quarantined: result.quarantined.length, expired, statuses },
    'WhatsApp webhook events received',
  );
  return reply.code(200).send(result);
}

/** Parses the body as one webhook payload; throws a 400 HttpError when it is not one. */
function readPayload(body: Buffer): CloudPayload {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new HttpError(400, 'invalid_request', `invalid JSON body: ${(error as Error).message}`, 'body');
  }
  const parsed = cloudPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    throw new HttpError(400, 'invalid_request', `not a WhatsApp webhook payload: field "${field}": ${message}`, `body.${field}`);
  }
  const object = parsed.data.object;
  if (object != null && object !== 'whatsapp_business_account') {
    throw new HttpError(400, 'invalid_request', `not a WhatsApp webhook payload: field "object" is "${object}", expected "whatsapp_business_account"`, 'body.object');
  }
  return parsed.data;
}

/**
 * Counts the payload's status events by status and logs failed deliveries
 * with Meta's error codes. Recipients' phone numbers are not logged.
 */
function countStatuses(payload: CloudPayload, workspaceId: string, log: FastifyBaseLogger): StatusCounts {
  const counts: StatusCounts = { sent: 0, delivered: 0, read: 0, failed: 0, other: 0 };
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      for (const raw of change.value.statuses ?? []) {
        const event = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
        const status = event['status'];
        const known = STATUS_NAMES.find((name) => name === status);
        counts[known ?? 'other'] += 1;
        if (known === 'failed') log.warn({ workspaceId, messageId: event['id'], errors: errorSummaries(event['errors']) }, 'WhatsApp message delivery failed');
      }
    }
  }
  return counts;
}

/** Code and title of each error of a failed status event. */
function errorSummaries(errors: unknown): { code: unknown; title: unknown }[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((error) => {
    const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
    return { code: fields['code'], title: fields['title'] };
  });
}

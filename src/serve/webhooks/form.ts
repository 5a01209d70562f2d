/**
 * Generic web form webhook: one signed submission per request, as JSON or
 * as an `application/x-www-form-urlencoded` form post.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseWebform } from '../../ingest/webform.js';
import type { ServeContext } from '../context.js';
import { HttpError } from '../http-errors.js';
import { acceptOnly, ingestItems, mediaTypeOf, rawBody, webhookWorkspace } from './common.js';
import { formRejection } from './form-rejection.js';
import { checkSignature, signatureMessage } from './signature.js';

/** Source name of submissions read from this webhook. */
export const FORM_SOURCE = 'form-webhook';

const JSON_TYPE = 'application/json';
const URLENCODED_TYPE = 'application/x-www-form-urlencoded';

/** Fields form tools add for their own use: the submit button and hidden fields whose names start with "_" (`_wpnonce`). */
const CONTROL_FIELD = /^(?:_.*|submit)$/i;

/** Registers POST /v1/webhooks/form/:workspaceId on `app`. */
export function registerFormRoute(app: FastifyInstance, context: ServeContext): void {
  app.post('/v1/webhooks/form/:workspaceId', { onRequest: acceptOnly([JSON_TYPE, URLENCODED_TYPE]) }, (request, reply) =>
    receiveSubmission(context, request, reply),
  );
}

/**
 * Checks the signature on the raw body, reads the submission with the web
 * form reader (its field synonyms and the workspace's `mappings.webform`),
 * and stores it as one inbound `webform` message.
 */
async function receiveSubmission(context: ServeContext, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const { workspaceId, settings } = webhookWorkspace(context, request, 'form');
  const body = rawBody(request);
  const problem = checkSignature(request.headers['x-parley-signature'], body, settings.form.secret);
  if (problem !== null) {
    request.log.warn({ workspaceId, problem }, 'form webhook signature rejected');
    throw new HttpError(401, 'invalid_signature', signatureMessage(problem, 'X-Parley-Signature', 'form secret'));
  }

  const fields = readFields(body, mediaTypeOf(request.headers['content-type']));
  const { seller } = settings;
  const items = parseWebform(JSON.stringify(fields), FORM_SOURCE, {
    mapping: seller.mappings.webform,
    ...(seller.defaultCountry === undefined ? {} : { defaultCountry: seller.defaultCountry }),
    ...(seller.mappings.dateOrder === undefined ? {} : { dateOrder: seller.mappings.dateOrder }),
    logger: context.logger.child({ workspaceId }),
  });
  const rejected = items.find((item) => item.kind === 'quarantine');
  if (rejected !== undefined) throw formRejection(rejected.item.reason);
  if (items.length !== 1) {
    throw new HttpError(400, 'invalid_request', `the body contains ${items.length} submissions; send one submission per request`, 'body');
  }

  const counts = await ingestItems(context, workspaceId, items);
  request.log.info({ workspaceId, stored: counts.stored, duplicate: counts.duplicate }, 'form webhook submission received');
  return reply.code(200).send(counts);
}

/**
 * Reads the submission's fields from a JSON object or a urlencoded form.
 * Repeated form keys (checkbox groups) are joined with ", ". Control
 * fields are dropped. Throws a 400 HttpError for a body that is not one
 * submission.
 */
function readFields(body: Buffer, mediaType: string): Record<string, unknown> {
  const text = body.toString('utf8');
  let fields: Record<string, unknown>;
  if (mediaType === JSON_TYPE) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new HttpError(400, 'invalid_request', `invalid JSON body: ${(error as Error).message}`, 'body');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new HttpError(400, 'invalid_request', 'the JSON body must be one object with the form fields', 'body');
    }
    fields = json as Record<string, unknown>;
  } else {
    const params = new URLSearchParams(text);
    fields = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key).join(', ')]));
  }
  const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => !CONTROL_FIELD.test(key)));
  if (Object.keys(kept).length === 0) {
    throw new HttpError(400, 'invalid_request', 'the body contains no form fields; send at least message and submittedAt', 'body');
  }
  return kept;
}

/** Pieces both webhook routes use: workspace lookup, media-type checks and the ingest call. */
import type { FastifyRequest } from 'fastify';
import type { Task } from '../../automate/types.js';
import { InputError } from '../../core/errors.js';
import type { IngestItem } from '../../core/types.js';
import { workspaceSettings, type WorkspaceSettings } from '../config.js';
import type { IngestOutcome, ServeContext } from '../context.js';
import { HttpError } from '../http-errors.js';

/** Workspace ids as `Workspace.id` defines them: lower-case letters, digits and "_". */
const WORKSPACE_ID = /^[a-z0-9_]{1,63}$/;

/** Returns the `:workspaceId` route parameter, or null when it cannot be a workspace id. */
export function workspaceIdOf(request: FastifyRequest): string | null {
  const id = (request.params as { workspaceId?: unknown }).workspaceId;
  return typeof id === 'string' && WORKSPACE_ID.test(id) ? id : null;
}

/** A workspace id and its settings, which include the webhook `Kind`. */
export interface WebhookWorkspace<Kind extends 'whatsapp' | 'form'> {
  workspaceId: string;
  settings: WorkspaceSettings & Required<Pick<WorkspaceSettings, Kind>>;
}

/**
 * Returns the request's workspace and its settings. Throws a 404 HttpError
 * unless the serve config gives that workspace the webhook `kind`.
 */
export function webhookWorkspace<Kind extends 'whatsapp' | 'form'>(context: ServeContext, request: FastifyRequest, kind: Kind): WebhookWorkspace<Kind> {
  const workspaceId = workspaceIdOf(request);
  const settings = workspaceId === null ? null : workspaceSettings(context.config, workspaceId);
  if (workspaceId === null || settings === null || settings[kind] === undefined) {
    const given = String((request.params as { workspaceId?: unknown }).workspaceId);
    const label = kind === 'whatsapp' ? 'WhatsApp' : 'form';
    throw new HttpError(404, 'not_found', `workspace "${given}" not found or has no ${label} webhook settings in the serve config`);
  }
  return { workspaceId, settings: settings as WebhookWorkspace<Kind>['settings'] };
}

/** Media type of a Content-Type header, lower-cased and without parameters such as `charset`. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Returns an onRequest hook that rejects the request with 415 before its
 * body is read unless its media type is one of `accepted`.
 */
export function acceptOnly(accepted: readonly string[]): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const mediaType = mediaTypeOf(request.headers['content-type']);
    if (accepted.includes(mediaType)) return;
    const given = mediaType === '' ? 'no Content-Type' : `Content-Type "${mediaType}"`;
    throw new HttpError(415, 'unsupported_media_type', `${given} is not accepted here; send ${accepted.join(' or ')}`);
  };
}

/** Returns the raw request body that the plugin's content-type parser kept, or an empty buffer when the request had none. */
export function rawBody(request: FastifyRequest): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}

/** Result of one ingest as the webhook routes return it, in the same shape as POST /v1/messages. */
export interface IngestCounts {
  stored: number;
  duplicate: number;
  updated: number;
  quarantined: IngestOutcome['quarantined'];
  conversations: IngestOutcome['conversations'];
  /** Tasks the automations created for this request. */
  tasks: Task[];
}

/**
 * Passes the items to `context.ingest`, which stores and analyzes them
 * before it resolves. An InputError from the ingest means a workspace that
 * is in the config file but not in the registry, so it becomes a 404
 * HttpError. Other errors propagate to the app's error handler.
 */
export async function ingestItems(context: ServeContext, workspaceId: string, items: IngestItem[]): Promise<IngestCounts> {
  if (items.length === 0) return { stored: 0, duplicate: 0, updated: 0, quarantined: [], conversations: [], tasks: [] };
  let outcome: IngestOutcome;
  try {
    outcome = await context.ingest(workspaceId, items);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new HttpError(404, 'not_found', error.message);
  }
  const { stored, duplicate, updated, quarantined, conversations, tasks } = outcome;
  return { stored, duplicate, updated, quarantined, conversations, tasks };
}

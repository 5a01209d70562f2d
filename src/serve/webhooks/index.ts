/**
 * Webhook routes of `parley serve`: the WhatsApp Business Cloud API webhook
 * and a generic web form webhook. Both authenticate each request with an
 * HMAC-SHA256 signature of the raw body, so the plugin keeps raw bodies with
 * its own content-type parsers. The plugin is encapsulated, so those parsers
 * apply to these routes only. See docs/webhooks.md.
 */
import type { FastifyPluginAsync } from 'fastify';
import { ConfigError } from '../../core/errors.js';
import type { ServeContext } from '../context.js';
import { registerFormRoute } from './form.js';
import { registerWhatsAppRoutes } from './whatsapp.js';

export { signBody } from './signature.js';
export type { WhatsAppResult, StatusCounts } from './whatsapp.js';
export type { IngestCounts } from './common.js';

/**
 * Default replay window: WhatsApp messages more than 24 hours old when received are not stored.
 * NOTE: `parley serve` registers the routes without `replayWindowSeconds` and the serve config has
 * no setting for it, so this 24-hour window is fixed for CLI users.
 */
export const DEFAULT_REPLAY_WINDOW_SECONDS = 24 * 60 * 60;

export interface WebhookRouteOptions {
  context: ServeContext;
  /**
   * WhatsApp messages whose timestamp is older than this many seconds when
   * the request arrives are counted as expired and not stored. Use
   * `Infinity` to store messages of any age. A window shorter than Meta's
   * retry period drops messages that Meta delivers late after an outage.
   */
  replayWindowSeconds?: number;
  /** Clock for the replay window; the system clock when unset. */
  now?: () => Date;
}

export const webhookRoutes: FastifyPluginAsync<WebhookRouteOptions> = async (app, options) => {
  const windowSeconds = options.replayWindowSeconds ?? DEFAULT_REPLAY_WINDOW_SECONDS;
  if (!(windowSeconds > 0)) {
    throw new ConfigError(`replayWindowSeconds must be a positive number of seconds or Infinity, got ${windowSeconds}`);
  }
  // The routes verify signatures on the exact bytes received, so both parsers
  // keep the body as a Buffer and the handlers parse it after the check. The
  // app's body limit still applies because the parsers set none of their own.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'application/x-www-form-urlencoded'], { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });
  const now = options.now ?? (() => new Date());
  registerWhatsAppRoutes(app, { context: options.context, replayWindowMs: windowSeconds * 1000, now });
  registerFormRoute(app, options.context);
};

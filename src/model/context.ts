/** Builds the conversation context that the classify, score and recommend stages read. */
import { ParleyError } from '../core/errors.js';
import {
  channelPreferenceSignal,
  channelStats,
  channelsUsed,
  preferredChannel,
  responseSpeedSignal,
} from './channels.js';
import { buyerComingBack } from './coming-back.js';
import { trackObjections } from './objections.js';
import { productFit } from './product-fit.js';
import { buyerProfile } from './profile.js';
import { findUnansweredQuestions } from './questions.js';
import { detectSellerActions } from './seller-actions.js';
import { buyerTurns, gapsHours, median, replyLatencies, toHours } from './timing.js';
import type { Catalog, ConversationContext, ConversationInput, ConversationSignal, TimelineEntry } from './types.js';

/**
 * Pairs messages with their analyses and orders them by send time (stable,
 * so equal times keep input order). Throws when the lists do not match.
 */
export function buildTimeline(input: ConversationInput): TimelineEntry[] {
  if (input.messages.length !== input.analyses.length) {
    throw new ParleyError(
      `conversation ${input.id}: ${input.messages.length} messages but ${input.analyses.length} analyses; ` +
        'pass one analysis per message',
    );
  }
  const entries = input.messages.map((message, index) => {
    const analysis = input.analyses[index];
    const time = Date.parse(message.sentAt);
    if (!analysis || analysis.id !== message.id) {
      throw new ParleyError(`conversation ${input.id}: analysis ${index} does not belong to message ${message.id}`);
    }
    if (Number.isNaN(time)) {
      throw new ParleyError(`conversation ${input.id}: message ${message.id} has invalid sentAt "${message.sentAt}"`);
    }
    return { index, message, analysis, time };
  });
  return entries.sort((a, b) => a.time - b.time || a.index - b.index);
}

/**
 * Builds the conversation context as of `asOf`. Automated messages stay in
 * the timeline but count neither as inbound nor as outbound. With a
 * catalog, `productFit` contains the buyer's fit against it.
 */
export function buildContext(input: ConversationInput, asOf: Date, catalog: Catalog | null = null): ConversationContext {
  const timeline = buildTimeline(input);
  const inbound = timeline.filter((e) => e.message.direction === 'inbound' && !e.message.automated);
  const outbound = timeline.filter((e) => e.message.direction === 'outbound' && !e.message.automated);
  const buyerReplies = replyLatencies(timeline, 'inbound');
  const sellerReplies = replyLatencies(timeline, 'outbound');
  const turns = buyerTurns(inbound);
  const stats = channelStats(timeline, buyerReplies);
  const preferred = preferredChannel(stats);
  const lastInbound = inbound.at(-1) ?? null;
  const signals = [responseSpeedSignal(buyerReplies, sellerReplies), channelPreferenceSignal(stats, preferred)];
  const profile = buyerProfile({ timeline, inbound, channelStats: stats, buyerReplies });
  return {
    id: input.id,
    accountId: input.accountId,
    asOf,
    timeline,
    inbound,
    outbound,
    buyerReplies,
    sellerReplies,
    buyerTurns: turns,
    buyerCadenceHours: median(gapsHours(turns)),
    sellerActions: detectSellerActions(outbound),
    unansweredQuestions: findUnansweredQuestions(timeline, asOf),
    buyerComingBack: buyerComingBack(timeline),
    objections: trackObjections(inbound, outbound),
    channels: channelsUsed(timeline),
    channelStats: stats,
    preferredChannel: preferred,
    signals: signals.filter((signal): signal is ConversationSignal => signal !== null),
    lastInbound,
    lastOutbound: outbound.at(-1) ?? null,
    hoursSinceLastInbound: lastInbound ? Math.max(0, toHours(asOf.getTime() - lastInbound.time)) : null,
    profile,
    productFit: catalog ? productFit({ inbound }, catalog) : null,
  };
}

/**
 * Returns the conversation as it stood right after message `messageId`:
 * the messages up to and including it in send-time order (equal times keep
 * input order). Throws a ParleyError when the conversation has no such message.
 *
 * @example
 * const before = prefixInput(input, 'm3'); // m1, m2, m3
 */
export function prefixInput(input: ConversationInput, messageId: string): ConversationInput {
  const timeline = buildTimeline(input);
  const end = timeline.findIndex((entry) => entry.message.id === messageId);
  if (end === -1) throw new ParleyError(`conversation ${input.id}: no message ${messageId} to cut the history at`);
  const kept = timeline.slice(0, end + 1);
  return { ...input, messages: kept.map((e) => e.message), analyses: kept.map((e) => e.analysis) };
}

/**
 * Builds the context as of message `messageId`: only that message and the
 * earlier ones exist, and "now" is its send time unless `asOf` is given.
 * Stage, features, scores and segments computed from it are the buyer's
 * state right after that message, with nothing from later messages.
 *
 * @example
 * const context = buildContextAt(input, 'm3');
 * rawFeatures(context).meanLength; // over the buyer's messages up to m3
 */
export function buildContextAt(
  input: ConversationInput,
  messageId: string,
  catalog: Catalog | null = null,
  asOf?: Date,
): ConversationContext {
  const prefix = prefixInput(input, messageId);
  const last = prefix.messages.find((message) => message.id === messageId);
  return buildContext(prefix, asOf ?? new Date(last?.sentAt ?? 0), catalog);
}

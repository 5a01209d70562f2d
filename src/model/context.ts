/** Builds the conversation context that the classify, score and recommend stages read. */
import { ParleyError } from '../core/errors.js';
import {
  channelPreferenceSignal,
  channelStats,
  channelsUsed,
  preferredChannel,
  responseSpeedSignal,
} from './channels.js';
import { trackObjections } from './objections.js';
import { findUnansweredQuestions } from './questions.js';
import { detectSellerActions } from './seller-actions.js';
import { buyerTurns, gapsHours, median, replyLatencies, toHours } from './timing.js';
import type { ConversationContext, ConversationInput, ConversationSignal, TimelineEntry } from './types.js';

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
 * the timeline but count neither as inbound nor as outbound.
 */
export function buildContext(input: ConversationInput, asOf: Date): ConversationContext {
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
    objections: trackObjections(inbound),
    channels: channelsUsed(timeline),
    channelStats: stats,
    preferredChannel: preferred,
    signals: signals.filter((signal): signal is ConversationSignal => signal !== null),
    lastInbound,
    lastOutbound: outbound.at(-1) ?? null,
    hoursSinceLastInbound: lastInbound ? Math.max(0, toHours(asOf.getTime() - lastInbound.time)) : null,
  };
}

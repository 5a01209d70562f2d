/** Channel use, channel preference and the conversation-level relationship signals. */
import type { Channel } from '../core/types.js';
import { FEATURE_SCALES } from '../score/weights.js';
import { median } from './timing.js';
import type { ChannelStats, ConversationSignal, ReplyLatency, TimelineEntry } from './types.js';

/** Returns the channels in the order of their first message. */
export function channelsUsed(timeline: readonly TimelineEntry[]): Channel[] {
  return [...new Set(timeline.map((entry) => entry.message.channel))];
}

/** Counts messages per channel and the buyer's median reply latency on each. */
export function channelStats(
  timeline: readonly TimelineEntry[],
  buyerReplies: readonly ReplyLatency[],
): ChannelStats[] {
  return channelsUsed(timeline).map((channel) => {
    const onChannel = timeline.filter((entry) => entry.message.channel === channel);
    const replies = buyerReplies.filter((reply) => reply.channel === channel).map((reply) => reply.hours);
    return {
      channel,
      inbound: onChannel.filter((entry) => entry.message.direction === 'inbound').length,
      outbound: onChannel.filter((entry) => entry.message.direction === 'outbound').length,
      buyerMedianReplyHours: median(replies),
    };
  });
}

/**
 * Picks the buyer's preferred channel: the one with the fastest median buyer
 * reply, ties and channels without replies broken by inbound count, then by
 * first use. Null when the buyer has written nothing.
 */
export function preferredChannel(stats: readonly ChannelStats[]): Channel | null {
  const candidates = stats.filter((stat) => stat.inbound > 0);
  const ranked = [...candidates].sort((a, b) => {
    const speedA = a.buyerMedianReplyHours ?? Number.POSITIVE_INFINITY;
    const speedB = b.buyerMedianReplyHours ?? Number.POSITIVE_INFINITY;
    if (speedA !== speedB) return speedA - speedB;
    return b.inbound - a.inbound;
  });
  return ranked[0]?.channel ?? null;
}

/** Maps a latency in hours to a speed in 0..1: 1 / (1 + hours / replySpeedHalfHours). */
export function replySpeed(hours: number | null): number {
  if (hours === null) return 0.5;
  return 1 / (1 + hours / FEATURE_SCALES.replySpeedHalfHours);
}

function formatHours(hours: number | null): string {
  return hours === null ? 'no reply yet' : `${hours.toFixed(1)} h`;
}

/**
 * Builds `relationship.response_speed`: strength is the buyer's reply speed,
 * value is the trend of the latest reply against the buyer's own median
 * (`accelerating` under half of it, `slowing` over twice it, else `steady`).
 */
export function responseSpeedSignal(
  buyerReplies: readonly ReplyLatency[],
  sellerReplies: readonly ReplyLatency[],
): ConversationSignal | null {
  const latest = buyerReplies.at(-1);
  const buyerMedian = median(buyerReplies.map((reply) => reply.hours));
  if (!latest || buyerMedian === null) return null;
  const sellerMedian = median(sellerReplies.map((reply) => reply.hours));
  const ratio = buyerMedian === 0 ? 1 : latest.hours / buyerMedian;
  let value = 'steady';
  if (ratio < 0.5) value = 'accelerating';
  if (ratio > 2) value = 'slowing';
  return {
    type: 'relationship.response_speed',
    strength: replySpeed(buyerMedian),
    value,
    messageId: latest.toMessageId,
    text:
      `buyer replies in a median ${formatHours(buyerMedian)} (seller ${formatHours(sellerMedian)}); ` +
      `latest buyer reply took ${formatHours(latest.hours)}`,
  };
}

/** Builds `context.channel_preference`: value is the channel, strength its share of inbound messages. */
export function channelPreferenceSignal(
  stats: readonly ChannelStats[],
  preferred: Channel | null,
): ConversationSignal | null {
  const stat = stats.find((candidate) => candidate.channel === preferred);
  const totalInbound = stats.reduce((sum, candidate) => sum + candidate.inbound, 0);
  if (!stat || totalInbound === 0) return null;
  return {
    type: 'context.channel_preference',
    strength: stat.inbound / totalInbound,
    value: stat.channel,
    messageId: null,
    text:
      `buyer sent ${stat.inbound} of ${totalInbound} messages on ${stat.channel}, ` +
      `median reply ${formatHours(stat.buyerMedianReplyHours)}`,
  };
}

/** Reply latencies and buyer cadence, all in hours. */
import type { Direction } from '../core/types.js';
import { TIMING } from '../score/weights.js';
import type { ReplyLatency, TimelineEntry } from './types.js';

const HOUR_MS = 3_600_000;

/** Converts a span in milliseconds to hours. */
export function toHours(ms: number): number {
  return ms / HOUR_MS;
}

/** Returns the median of the values, or null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * Returns the latencies with which side `replier` replied to the other side: for
 * each message from the other side that starts a run, the hours until the
 * first later message from `replier`. A run of several messages is timed
 * from its first message, because the wait started there.
 */
export function replyLatencies(timeline: readonly TimelineEntry[], replier: Direction): ReplyLatency[] {
  const latencies: ReplyLatency[] = [];
  let waitingSince: TimelineEntry | null = null;
  for (const entry of timeline) {
    if (entry.message.automated) continue;
    if (entry.message.direction !== replier) {
      waitingSince ??= entry;
      continue;
    }
    if (waitingSince) {
      latencies.push({
        fromMessageId: waitingSince.message.id,
        toMessageId: entry.message.id,
        channel: entry.message.channel,
        hours: toHours(entry.time - waitingSince.time),
      });
      waitingSince = null;
    }
  }
  return latencies;
}

/**
 * Returns the start times of buyer turns: inbound messages closer than the
 * burst window to the previous inbound message join its turn.
 */
export function buyerTurns(inbound: readonly TimelineEntry[]): number[] {
  const windowMs = TIMING.burstWindowMinutes * 60_000;
  const turns: number[] = [];
  let previous: number | null = null;
  for (const entry of inbound) {
    if (previous === null || entry.time - previous > windowMs) turns.push(entry.time);
    previous = entry.time;
  }
  return turns;
}

/** Returns the gaps in hours between consecutive turn start times. */
export function gapsHours(turns: readonly number[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < turns.length; i++) gaps.push(toHours((turns[i] ?? 0) - (turns[i - 1] ?? 0)));
  return gaps;
}

/** Returns the coefficient of variation (standard deviation / mean) of the values; 0 for fewer than two. */
export function coefficientOfVariation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  if (mean === 0) return 0;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance) / mean;
}

/** Days from which a wait is written in years, so an old archive reads "24.3 years", not "8865 days". */
export const YEARS_FROM_DAYS = 730;
const DAYS_PER_YEAR = 365.25;

/** Formats a wait in hours for a reason text: hours up to two days, then days, then years from two years on. */
export function formatWait(hours: number): string {
  if (hours < 48) return `${hours.toFixed(1)} h`;
  const days = hours / 24;
  return days >= YEARS_FROM_DAYS ? `${(days / DAYS_PER_YEAR).toFixed(1)} years` : `${Math.round(days)} days`;
}

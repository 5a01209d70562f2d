/** Stall rule: an open deal whose buyer went quiet against their own cadence, or whose momentum collapsed. */
import type { Explanation, Stage } from '../core/types.js';
import { STAGE_RANK, isOpenStage } from '../classify/stage.js';
import { formatWait, gapsHours, toHours, YEARS_FROM_DAYS } from '../model/timing.js';
import type { ConversationContext } from '../model/types.js';
import { STALL } from './weights.js';

/** Spans of this many days or more are written in whole days. */
const WHOLE_DAYS_FROM = 60;

export interface StallResult {
  stalled: boolean;
  /** Buyer silence in hours after which the deal counts as stalled. */
  thresholdHours: number;
  /** Source of the threshold, such as "3 × the buyer's 24.0 h median gap". */
  thresholdBasis: string;
  explanation: Explanation | null;
}

/**
 * Formats a span for the stall texts: hours up to two days, then days,
 * with one decimal unless whole, so 80 h over a 72 h threshold reads
 * "3.3 days" against "3 days" instead of "3 days" against "3 days".
 * From 60 days on, whole days. From two years on, years with one decimal,
 * so a thread from an old archive reads "24.3 years", not "8865.7 days".
 */
export function formatSpan(hours: number): string {
  const days = hours / 24;
  if (hours < 48 || days >= YEARS_FROM_DAYS) return formatWait(hours);
  if (days >= WHOLE_DAYS_FROM) return `${Math.round(days)} days`;
  const whole = Math.round(days);
  return Math.abs(days - whole) < 0.05 ? `${whole} days` : `${days.toFixed(1)} days`;
}

/**
 * Returns the buyer's habitual pause in hours: the second-longest gap between
 * their turns, so a pause they took at least twice and came back from. Null
 * with fewer than two gaps, because one long gap is not yet a habit.
 */
export function habitualPauseHours(context: ConversationContext): number | null {
  const gaps = gapsHours(context.buyerTurns).sort((a, b) => b - a);
  return gaps[1] ?? null;
}

/**
 * Returns the silence the buyer's own rhythm explains, in hours:
 * max(k × median gap, habitual pause), or null without a cadence.
 */
function ownRhythmHours(context: ConversationContext): number | null {
  const cadence = context.buyerCadenceHours;
  if (cadence === null) return null;
  return Math.max(STALL.k * cadence, habitualPauseHours(context) ?? 0);
}

/**
 * Returns the silence threshold in hours and what set it:
 * max(k × median gap, habitual pause, minHours), or noCadenceHours without a
 * cadence. A buyer who promised to write back by a date ("te aviso el
 * lunes") gets until a day after that date, when that is later.
 */
export function stallThreshold(context: ConversationContext): { hours: number; basis: string } {
  const usual = usualThreshold(context);
  const promised = promisedHours(context);
  if (promised === null || promised.hours <= usual.hours) return usual;
  return { hours: promised.hours, basis: `a day after the date the buyer promised to come back by (${promised.date})` };
}

/** Hours after a promise's date that the buyer still has to write back. */
const PROMISE_GRACE_HOURS = 24;
/** Days ahead a promised date may lie. A date further out is taken to be about something else, such as a delivery. */
const PROMISE_MAX_DAYS = 31;
const DAY_MS = 86_400_000;
const DATE_OFFSET_RE = /(?:[+-]\d{2}:\d{2}|Z)$/;

/**
 * Returns the hours from the buyer's last message to a day after the end of
 * the first date in their promise to write back, or null without such a date.
 */
function promisedHours(context: ConversationContext): { hours: number; date: string } | null {
  const promise = context.buyerComingBack;
  const last = context.lastInbound;
  const entry = promise === null ? undefined : context.inbound.find((candidate) => candidate.message.id === promise.messageId);
  if (entry === undefined || last === null) return null;
  const date = entry.analysis.entities.find((entity) => entity.type === 'date');
  if (date?.type !== 'date') return null;
  const day = date.iso.slice(0, 10);
  const offset = DATE_OFFSET_RE.exec(entry.message.sentAt)?.[0] ?? 'Z';
  const endOfDay = Date.parse(`${day}T23:59:59${offset}`);
  if (Number.isNaN(endOfDay) || endOfDay <= last.time || endOfDay - entry.time > PROMISE_MAX_DAYS * DAY_MS) return null;
  return { hours: toHours(endOfDay - last.time) + PROMISE_GRACE_HOURS, date: day };
}

/** Returns the threshold from the buyer's cadence alone; see `stallThreshold`. */
function usualThreshold(context: ConversationContext): { hours: number; basis: string } {
  const cadence = context.buyerCadenceHours;
  if (cadence === null) return { hours: STALL.noCadenceHours, basis: 'no buyer cadence yet' };
  const pause = habitualPauseHours(context) ?? 0;
  const byCadence = STALL.k * cadence;
  if (pause > byCadence && pause > STALL.minHours) {
    return { hours: pause, basis: `the buyer's habitual pause of ${formatSpan(pause)}, taken at least twice before` };
  }
  if (byCadence > STALL.minHours) {
    return { hours: byCadence, basis: `${STALL.k} × the buyer's ${cadence.toFixed(1)} h median gap` };
  }
  return { hours: STALL.minHours, basis: `the ${STALL.minHours} h floor, as the buyer's median gap is ${cadence.toFixed(1)} h` };
}

/** Returns the silence threshold in hours; see `stallThreshold`. */
export function stallThresholdHours(context: ConversationContext): number {
  return stallThreshold(context).hours;
}

/** Returns whether the last human message is the buyer's and promises no reply of their own, so the seller owes the reply. */
function sellerOwesReply(context: ConversationContext): boolean {
  if (context.buyerComingBack !== null) return false;
  const last = [...context.timeline].reverse().find((entry) => !entry.message.automated);
  return last?.message.direction === 'inbound';
}

/**
 * Applies the stall rule to a conversation whose furthest stage is
 * `stageReached`. Silence runs from the buyer's last message, or from the
 * first message when the buyer never wrote. When the seller owes the reply
 * the deal still stalls, and the explanation names the seller as the silent side.
 *
 * Momentum collapse compares momentum now with its peak at any buyer message.
 * It counts only once the silence exceeds what the buyer's own rhythm
 * explains (k × median gap, or a pause they took twice) and lasts at least
 * `collapseMinHours`, so a slow buyer, or an active buyer whose objections
 * pull momentum down, is not called stalled. It never counts after the
 * buyer promised to write back, because their quiet is then expected.
 */
export function detectStall(
  context: ConversationContext,
  stageReached: Stage,
  momentumNow: number,
  momentumPeak: number,
): StallResult {
  const { hours: thresholdHours, basis: thresholdBasis } = stallThreshold(context);
  const open = { stalled: false, thresholdHours, thresholdBasis, explanation: null };
  if (!isOpenStage(stageReached)) return open;
  const start = context.lastInbound ?? context.timeline[0] ?? null;
  const quietHours = start ? Math.max(0, toHours(context.asOf.getTime() - start.time)) : 0;
  if (start && quietHours > thresholdHours) {
    let silence = `buyer quiet for ${formatSpan(quietHours)}`;
    if (!context.lastInbound) silence = `no buyer message in the ${formatSpan(quietHours)} since the seller's first`;
    else if (sellerOwesReply(context)) silence = `seller has not answered the buyer for ${formatSpan(quietHours)}`;
    else if (context.buyerComingBack !== null) silence = `buyer quiet for ${formatSpan(quietHours)} since saying they will come back`;
    const text = `${silence}, over the ${formatSpan(thresholdHours)} threshold`;
    const explanation = { type: 'stall.silence', messageId: start.message.id, text, effect: 0 };
    return { ...open, stalled: true, explanation };
  }
  const beforeCommitment = (STAGE_RANK[stageReached] ?? 0) < (STAGE_RANK.commitment ?? 4);
  const collapsed = momentumNow < STALL.collapseBelow && momentumPeak - momentumNow >= STALL.collapseDrop;
  const beyondRhythm = quietHours > Math.max(ownRhythmHours(context) ?? 0, STALL.collapseMinHours);
  if (beforeCommitment && collapsed && beyondRhythm && context.buyerComingBack === null) {
    const text = `momentum fell from a peak of ${momentumPeak} to ${momentumNow} before commitment`;
    const messageId = context.lastInbound?.message.id ?? null;
    const explanation: Explanation = { type: 'stall.momentum_collapse', messageId, text, effect: 0 };
    return { ...open, stalled: true, explanation };
  }
  return open;
}

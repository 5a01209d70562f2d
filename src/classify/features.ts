/** Behavioral features of the buyer, each normalized to 0..1, for archetypes and segments. */
import type { SignalType } from '../core/types.js';
import { replySpeed } from '../model/channels.js';
import { coefficientOfVariation, gapsHours, median, toHours } from '../model/timing.js';
import { buildContextAt } from '../model/context.js';
import { followUpEntries } from '../model/follow-ups.js';
import type { ConversationContext, ConversationInput, TimelineEntry } from '../model/types.js';
import { FEATURE_SCALES, type ArchetypeFeature } from '../score/weights.js';

const TECHNICAL_SIGNALS: ReadonlySet<SignalType> = new Set(['commitment.detailed_specs', 'intent.evaluation']);

/** A buyer objection type: the signal types under `objection.`. */
export type ObjectionType = Extract<SignalType, `objection.${string}`>;

/**
 * Raw counts and shares the normalized features come from. Every value is
 * read from the context alone, so a context built from a prefix of the
 * messages (`buildContextAt`) gives the features as of that message.
 * "Buyer messages" are the inbound, non-automated ones.
 */
export interface RawFeatures {
  /** Message length: Σ characters of buyer messages / buyer messages; 0 without any. */
  meanLength: number;
  /** Technical density: buyer messages with specs, an evaluation request or a certificate / buyer messages. */
  technicalDensity: number;
  /** Follow-up frequency: buyer messages sent right after a buyer message, no seller reply between / buyer messages. */
  followUpRate: number;
  /** Reply latency: median hours from a seller message to the buyer's next reply; null without replies. */
  medianReplyHours: number | null;
  /** Reply cadence: median hours between buyer turns (messages within 30 min are one turn); null under two turns. */
  cadenceHours: number | null;
  /** Buyer messages with an `objection.price` signal. */
  priceObjections: number;
  /** Objection share: buyer messages with any objection signal / buyer messages. */
  objectionShare: number;
  /**
   * Objection mix: for each objection type, its signals / all objection
   * signals in buyer messages, rounded to 3 digits; empty without objections.
   */
  objectionMix: Partial<Record<ObjectionType, number>>;
  /** Buyer messages with an `intent.urgency` signal / buyer messages. */
  urgencyShare: number;
  /** Buyer messages without any entity / buyer messages. */
  vagueness: number;
  /** Irregular replies: standard deviation / mean of the gaps between buyer turns; 0 under two gaps. */
  gapCv: number;
  /** Documents exchanged: attachments on any message + seller `documents_sent` actions in messages without attachments. */
  documents: number;
  /** Buyer messages containing "?" / buyer messages. */
  questionShare: number;
  /** Days from the first to the last message. */
  spanDays: number;
}

function share(entries: readonly TimelineEntry[], test: (entry: TimelineEntry) => boolean): number {
  return entries.length === 0 ? 0 : entries.filter(test).length / entries.length;
}

function hasSignal(entry: TimelineEntry, types: ReadonlySet<SignalType> | SignalType): boolean {
  return entry.analysis.signals.some((signal) =>
    typeof types === 'string' ? signal.type === types : types.has(signal.type),
  );
}

/** Returns whether a message carries specifications, an evaluation request or a certificate. */
function isTechnical(entry: TimelineEntry): boolean {
  return hasSignal(entry, TECHNICAL_SIGNALS) || entry.analysis.entities.some((e) => e.type === 'certification');
}

/** Counts the buyer's follow-ups: messages that chase the seller before a reply (`followUpEntries`). */
function followUps(context: ConversationContext): number {
  return followUpEntries(context.timeline).length;
}

/** Returns each objection type's share of the buyer's objection signals. */
function objectionMix(inbound: readonly TimelineEntry[]): Partial<Record<ObjectionType, number>> {
  const counts = new Map<ObjectionType, number>();
  for (const entry of inbound) {
    for (const signal of entry.analysis.signals) {
      if (!signal.type.startsWith('objection.')) continue;
      const type = signal.type as ObjectionType;
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const mix: Partial<Record<ObjectionType, number>> = {};
  for (const [type, count] of counts) mix[type] = Math.round((count / total) * 1000) / 1000;
  return mix;
}

/** Computes the raw features from the buyer's messages and the exchange, as of the context's last message. */
export function rawFeatures(context: ConversationContext): RawFeatures {
  const inbound = context.inbound;
  const lengths = inbound.map((entry) => entry.message.text.length);
  const attachments = context.timeline.reduce((sum, entry) => sum + entry.message.attachments.length, 0);
  // A send detected from an attachment is that attachment; count only the sends stated in words alone.
  const withAttachments = new Set(context.timeline.filter((e) => e.message.attachments.length > 0).map((e) => e.message.id));
  const docSends = context.sellerActions.filter((a) => a.kind === 'documents_sent' && !withAttachments.has(a.messageId)).length;
  const first = context.timeline[0]?.time ?? 0;
  const last = context.timeline.at(-1)?.time ?? 0;
  return {
    meanLength: lengths.length === 0 ? 0 : lengths.reduce((a, b) => a + b, 0) / lengths.length,
    technicalDensity: share(inbound, isTechnical),
    followUpRate: inbound.length === 0 ? 0 : followUps(context) / inbound.length,
    medianReplyHours: median(context.buyerReplies.map((reply) => reply.hours)),
    cadenceHours: median(gapsHours(context.buyerTurns)),
    priceObjections: inbound.filter((entry) => hasSignal(entry, 'objection.price')).length,
    objectionShare: share(inbound, (entry) => entry.analysis.signals.some((s) => s.type.startsWith('objection.'))),
    objectionMix: objectionMix(inbound),
    urgencyShare: share(inbound, (entry) => hasSignal(entry, 'intent.urgency')),
    vagueness: share(inbound, (entry) => entry.analysis.entities.length === 0),
    gapCv: coefficientOfVariation(gapsHours(context.buyerTurns)),
    documents: attachments + docSends,
    questionShare: share(inbound, (entry) => entry.message.text.includes('?')),
    spanDays: toHours(last - first) / 24,
  };
}

/** Normalizes the raw features to 0..1 with the scales in FEATURE_SCALES. */
export function normalizeFeatures(raw: RawFeatures): Record<ArchetypeFeature, number> {
  const length = Math.min(1, raw.meanLength / FEATURE_SCALES.longMessageChars);
  const speed = replySpeed(raw.medianReplyHours);
  return {
    length,
    shortness: 1 - length,
    technical: raw.technicalDensity,
    followUp: Math.min(1, raw.followUpRate),
    replySpeed: speed,
    slowness: 1 - speed,
    priceFocus: Math.min(1, raw.priceObjections / FEATURE_SCALES.priceObjections),
    urgency: raw.urgencyShare,
    vagueness: raw.vagueness,
    irregularity: Math.min(1, raw.gapCv / FEATURE_SCALES.irregularCv),
    documents: Math.min(1, raw.documents / FEATURE_SCALES.documents),
    questions: raw.questionShare,
    span: Math.min(1, raw.spanDays / FEATURE_SCALES.longCycleDays),
  };
}

/**
 * Returns the raw and normalized features as of message `messageId`: only
 * that message and the earlier ones count, so calling it for each message
 * in turn shows how the features evolved.
 *
 * @example
 * featuresAt(input, 'm1').raw.meanLength; // the first buyer message's length
 */
export function featuresAt(
  input: ConversationInput,
  messageId: string,
): { raw: RawFeatures; normalized: Record<ArchetypeFeature, number> } {
  const raw = rawFeatures(buildContextAt(input, messageId));
  return { raw, normalized: normalizeFeatures(raw) };
}

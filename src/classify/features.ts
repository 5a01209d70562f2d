/** Behavioral features of the buyer, each normalized to 0..1, for archetypes and segments. */
import type { SignalType } from '../core/types.js';
import { replySpeed } from '../model/channels.js';
import { coefficientOfVariation, gapsHours, median, toHours } from '../model/timing.js';
import type { ConversationContext, TimelineEntry } from '../model/types.js';
import { FEATURE_SCALES, type ArchetypeFeature } from '../score/weights.js';

const TECHNICAL_SIGNALS: ReadonlySet<SignalType> = new Set(['commitment.detailed_specs', 'intent.evaluation']);

/** Raw counts and shares the normalized features come from. */
export interface RawFeatures {
  meanLength: number;
  technicalDensity: number;
  followUpRate: number;
  medianReplyHours: number | null;
  priceObjections: number;
  urgencyShare: number;
  vagueness: number;
  gapCv: number;
  documents: number;
  questionShare: number;
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

/** Counts inbound messages sent right after another inbound message, with no seller reply between. */
function followUps(context: ConversationContext): number {
  let count = 0;
  let previousInbound = false;
  for (const entry of context.timeline) {
    if (entry.message.automated) continue;
    const inbound = entry.message.direction === 'inbound';
    if (inbound && previousInbound) count++;
    previousInbound = inbound;
  }
  return count;
}

/** Computes the raw features from the buyer's messages and the exchange. */
export function rawFeatures(context: ConversationContext): RawFeatures {
  const inbound = context.inbound;
  const lengths = inbound.map((entry) => entry.message.text.length);
  const attachments = context.timeline.reduce((sum, entry) => sum + entry.message.attachments.length, 0);
  const docSends = context.sellerActions.filter((action) => action.kind === 'documents_sent').length;
  const first = context.timeline[0]?.time ?? 0;
  const last = context.timeline.at(-1)?.time ?? 0;
  return {
    meanLength: lengths.length === 0 ? 0 : lengths.reduce((a, b) => a + b, 0) / lengths.length,
    technicalDensity: share(inbound, isTechnical),
    followUpRate: inbound.length === 0 ? 0 : followUps(context) / inbound.length,
    medianReplyHours: median(context.buyerReplies.map((reply) => reply.hours)),
    priceObjections: inbound.filter((entry) => hasSignal(entry, 'objection.price')).length,
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

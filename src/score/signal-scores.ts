/** Intent, urgency and friction: recency-weighted points from buyer signals and behavior. */
import { cutText } from '../core/text.js';
import type { Explanation, ScoreName } from '../core/types.js';
import { followUpEntries } from '../model/follow-ups.js';
import type { ConversationContext, TimelineEntry } from '../model/types.js';
import { recencyWeight } from './recency.js';
import { BEHAVIOR_POINTS, RECENCY, SIGNAL_POINTS } from './weights.js';

type SignalScore = Extract<ScoreName, 'intent' | 'urgency' | 'friction'>;
const DAY_MS = 86_400_000;

/** Returns the recency weight of an entry seen from the conversation's last message. */
export function messageWeight(context: ConversationContext, entry: TimelineEntry): number {
  const last = context.timeline.at(-1)?.time ?? entry.time;
  return recencyWeight(entry.time, last, RECENCY.scoreHalfLifeDays);
}

/**
 * Explains a score by its buyer signals: effect = SIGNAL_POINTS[score][type]
 * × strength × recency weight. A resolved objection counts with
 * resolvedObjectionFactor.
 */
export function signalExplanations(context: ConversationContext, score: SignalScore): Explanation[] {
  const points = SIGNAL_POINTS[score] ?? {};
  const explanations: Explanation[] = [];
  for (const entry of context.inbound) {
    const weight = messageWeight(context, entry);
    for (const signal of entry.analysis.signals) {
      const base = points[signal.type];
      if (base === undefined) continue;
      const resolved = context.objections.some(
        (o) => o.messageId === entry.message.id && o.type === signal.type && o.resolvedBy !== null,
      );
      const factor = resolved ? BEHAVIOR_POINTS.resolvedObjectionFactor : 1;
      const text = signal.evidence[0]?.text ?? cutText(entry.message.text, 80);
      explanations.push({
        type: signal.type,
        messageId: entry.message.id,
        text: resolved ? `${text} (resolved later)` : text,
        effect: base * signal.strength * weight * factor,
      });
    }
  }
  return explanations;
}

/**
 * Urgency from behavior: deadlines close to the message's send time and
 * follow-ups before a reply (`followUpEntries`). A deadline counts only in a
 * message read as urgent: the extract stage reads no pressure in the buyer's
 * own payment date ("we'll remit the deposit by Thursday") or in a wait
 * ("de viaje hasta el lunes").
 */
export function urgencyBehavior(context: ConversationContext): Explanation[] {
  const explanations: Explanation[] = [];
  for (const entry of context.inbound) {
    if (!entry.analysis.signals.some((signal) => signal.type === 'intent.urgency')) continue;
    const weight = messageWeight(context, entry);
    for (const entity of entry.analysis.entities) {
      if (entity.type !== 'date' || entity.kind === 'date') continue;
      const daysAhead = (Date.parse(entity.iso) - entry.time) / DAY_MS;
      if (daysAhead < -1 || daysAhead > BEHAVIOR_POINTS.deadlineSoonDays) continue;
      const effect = BEHAVIOR_POINTS.deadlineSoon * weight;
      explanations.push({ type: 'entity.deadline', messageId: entry.message.id, text: entity.text, effect });
    }
  }
  for (const entry of followUpEntries(context.timeline)) {
    const text = `follow-up before any reply: ${cutText(entry.message.text, 60)}`;
    const effect = BEHAVIOR_POINTS.followUp * messageWeight(context, entry);
    explanations.push({ type: 'behavior.follow_up', messageId: entry.message.id, text, effect });
  }
  return explanations;
}

/** Friction from behavior: open buyer questions and frustrated or skeptical messages. */
export function frictionBehavior(context: ConversationContext): Explanation[] {
  const explanations: Explanation[] = context.unansweredQuestions.map((question) => ({
    type: 'behavior.unanswered_question',
    messageId: question.messageId,
    text: `unanswered for ${question.openHours.toFixed(1)} h: ${question.text}`,
    effect: BEHAVIOR_POINTS.unansweredQuestion,
  }));
  for (const entry of context.inbound) {
    const mode = entry.analysis.sentiment?.mode;
    let points = 0;
    if (mode === 'frustrated') points = BEHAVIOR_POINTS.frustratedMode;
    if (mode === 'skeptical') points = BEHAVIOR_POINTS.skepticalMode;
    if (points === 0) continue;
    const text = entry.analysis.sentiment?.evidence?.[0]?.text ?? cutText(entry.message.text, 80);
    const effect = points * messageWeight(context, entry);
    explanations.push({ type: `sentiment.${mode}`, messageId: entry.message.id, text, effect });
  }
  return explanations;
}

/** Action rules about the seller's reply: follow-up speed, tone and documents. */
import type { Explanation, SignalType } from '../core/types.js';
import { cutText } from '../core/text.js';
import { lastOpenMessage } from '../model/follow-ups.js';
import { openObjections } from '../model/objections.js';
import type { SellerActionKind, TimelineEntry } from '../model/types.js';
import { ACTION_RULES } from '../score/weights.js';
import { PROOF } from './rule-thresholds.js';
import {
  type ActionCandidate,
  type RecommendInput,
  dueIn,
  formatWait,
  mostUsedChannel,
  nextReplyOwedBy,
  quote,
  waitEnds,
} from './types.js';

/** Returns whether the buyer counts as urgent: urgency score at the threshold, or archetype urgent_buyer with some confidence. */
export function isUrgent(input: RecommendInput): boolean {
  return input.scores.urgency >= ACTION_RULES.urgentScore || urgentArchetype(input);
}

function urgentArchetype(input: RecommendInput): boolean {
  return input.archetype.id === 'urgent_buyer' && input.archetype.confidence >= ACTION_RULES.urgentArchetypeConfidence;
}

/** Reply due time in hours: urgent 1 h, frustrated or skeptical 4 h, else the default 24 h. */
export function replyHours(input: RecommendInput): number {
  if (isUrgent(input)) return ACTION_RULES.urgentReplyHours;
  const mode = input.context.lastInbound?.analysis.sentiment?.mode;
  if (mode === 'frustrated' || mode === 'skeptical') return ACTION_RULES.toneReplyHours;
  return ACTION_RULES.defaultReplyHours;
}

/**
 * accelerate_follow_up when the seller owes a reply: names the open questions
 * and the urgency words. An urgent buyer gets a reply due within
 * urgentReplyHours, on the channel they write on most.
 */
export function replyOwedRule(input: RecommendInput): ActionCandidate | null {
  const { context } = input;
  if (nextReplyOwedBy(context) !== 'seller' || !context.lastInbound) return null;
  // A buyer who only acknowledged is owed no reply, unless a question is still open.
  const last = lastOpenMessage(context.timeline) ?? (context.unansweredQuestions.length > 0 ? context.lastInbound : null);
  if (!last) return null;
  const urgent = isUrgent(input);
  const questions = context.unansweredQuestions;
  const waited = questions[0]?.openHours ?? Math.max(0, (context.asOf.getTime() - last.time) / 3_600_000);
  const asked = questions.map((q) => quote(q.text)).join(', ');
  const urgencyBasis = input.explanations.urgency.filter((e) => e.effect > 0).slice(0, 2);
  let reason = questions.length > 0
    ? `Buyer question ${asked} has waited ${formatWait(waited)} without a reply`
    : `Buyer's message ${quote(last.message.text)} has waited ${formatWait(waited)} without a reply`;
  if (urgent) {
    const words = urgencyBasis.map((e) => quote(e.text)).join(', ');
    reason += `; urgency ${input.scores.urgency}${words ? ` from ${words}` : ''}`;
    if (urgentArchetype(input)) reason += ', an urgent buyer';
    reason += `, so answer within ${ACTION_RULES.urgentReplyHours} h`;
    const channel = mostUsedChannel(context);
    if (channel) {
      reason += ` on ${channel.channel}, the channel they use most (${channel.count} of ${channel.total} buyer messages)`;
    }
  }
  const basis: Explanation[] = [
    ...questions.map((q) => ({ type: 'behavior.unanswered_question', messageId: q.messageId, text: q.text, effect: 0 })),
    ...urgencyBasis,
  ];
  return {
    rank: urgent ? 90 : 70 + Math.min(10, questions.length * 2),
    urgent,
    action: { type: 'accelerate_follow_up', dueBy: dueIn(context.asOf, replyHours(input)), reason: `${reason}.`, basis },
  };
}

const TONE_RANK = { frustrated: 85, skeptical: 80, hesitant: 60 } as const;
/** Rank of a hesitant tone after a promise to come back: below `wait` (30). */
const PROMISED_TONE_RANK = 28;

/** adjust_tone when the buyer's latest message reads frustrated, skeptical or hesitant. */
export function toneRule(input: RecommendInput): ActionCandidate | null {
  const last = input.context.lastInbound;
  const sentiment = last?.analysis.sentiment;
  if (!last || !sentiment) return null;
  const mode = sentiment.mode;
  if (mode !== 'frustrated' && mode !== 'skeptical' && mode !== 'hesitant') return null;
  const words = sentiment.evidence?.[0]?.text ?? last.message.text;
  let reason =
    `Buyer's latest message reads ${mode}: ${quote(words)}; ` +
    `sentiment is ${input.scores.sentiment} and friction ${input.scores.friction}.`;
  const basis = input.explanations.sentiment.filter((e) => e.messageId === last.message.id);
  const promise = input.context.buyerComingBack;
  if (mode === 'hesitant' && promise !== null) {
    // A hesitant buyer who promised to come back owes the next message. The tone is for the
    // seller's reply to it, so this ranks below waiting and falls due when waiting ends.
    const promised = words.includes(promise.text) ? '' : ` (${quote(promise.text)})`;
    reason += ` They said they will come back${promised}, so use this tone when answering them.`;
    return {
      rank: PROMISED_TONE_RANK,
      urgent: false,
      action: { type: 'adjust_tone', dueBy: waitEnds(input).toISOString(), reason, basis },
    };
  }
  return {
    rank: TONE_RANK[mode],
    urgent: isUrgent(input),
    action: { type: 'adjust_tone', dueBy: dueIn(input.context.asOf, replyHours(input)), reason, basis },
  };
}

/** Buyer requests and the seller action that fulfils each. */
const REQUESTS: Partial<Record<SignalType, { fulfilledBy: SellerActionKind[]; label: string }>> = {
  'intent.evaluation': { fulfilledBy: ['documents_sent'], label: 'technical documents' },
  'objection.certification': { fulfilledBy: ['documents_sent'], label: 'certificates' },
  'commitment.sample_request': { fulfilledBy: ['samples_sent'], label: 'samples' },
  'intent.quotation': { fulfilledBy: ['quote_sent'], label: 'a quotation' },
  'commitment.invoice_request': { fulfilledBy: ['quote_sent', 'documents_sent'], label: 'a proforma invoice or contract' },
};

/** Returns whether the seller sent documents after `time`. */
function documentsSentAfter(input: RecommendInput, time: number): boolean {
  return input.context.sellerActions.some((a) => a.kind === 'documents_sent' && a.time >= time);
}

/** Lists the buyer's requests for documents, samples or a quote that no later seller action delivered. */
function missingRequests(input: RecommendInput): Explanation[] {
  const { context } = input;
  const missing: Explanation[] = [];
  for (const entry of context.inbound) {
    for (const signal of entry.analysis.signals) {
      const request = REQUESTS[signal.type];
      if (!request) continue;
      const done = context.sellerActions.some((a) => a.time >= entry.time && request.fulfilledBy.includes(a.kind));
      if (done || missing.some((m) => m.type === signal.type)) continue;
      const words = signal.evidence[0]?.text ?? cutText(entry.message.text, 80);
      missing.push({ type: signal.type, messageId: entry.message.id, text: `${request.label}: ${words}`, effect: 0 });
    }
  }
  return missing;
}

/** Subject of the buyer's doubt, by the signal or mode that shows it. */
const DOUBTS: Record<string, string> = {
  'sentiment.skeptical': 'the claims',
  'objection.quality': 'the quality',
  'objection.supplier_history': 'the supplier',
};

/**
 * True when a skeptical message doubts only the price ("2.40? are you
 * serious?"), which certificates do not address. The price talk does.
 */
export function doubtsOnlyPrice(entry: TimelineEntry): boolean {
  const types = new Set(entry.analysis.signals.map((signal) => signal.type));
  return types.has('objection.price') && !Object.keys(DOUBTS).some((type) => types.has(type as SignalType)) && !types.has('objection.certification');
}

/**
 * True when the message's one complaint is the price: a price objection
 * and no other objection or chasing ("2.40? Seriously? Last year it was
 * 1.90"). A frustrated buyer of this kind needs the price talked through,
 * not an apology for a delay.
 */
export function complainsOnlyOfPrice(entry: TimelineEntry): boolean {
  const types = new Set(entry.analysis.signals.map((signal) => signal.type));
  if (!types.has('objection.price') || types.has('intent.urgency')) return false;
  return [...types].every((type) => type === 'objection.price' || !type.startsWith('objection.'));
}

/**
 * Returns the doubt that calls for certificates and test reports: the latest
 * buyer message reading skeptical, or an open quality or supplier-history
 * objection, each only while no documents were sent after it.
 */
function doubtToAnswer(input: RecommendInput): Explanation | null {
  const last: TimelineEntry | null = input.context.lastInbound;
  const sentiment = last?.analysis.sentiment;
  if (last && sentiment?.mode === 'skeptical' && !doubtsOnlyPrice(last) && !documentsSentAfter(input, last.time)) {
    const text = sentiment.evidence?.[0]?.text ?? cutText(last.message.text, 80);
    return { type: 'sentiment.skeptical', messageId: last.message.id, text, effect: 0 };
  }
  const open = openObjections(input.context.objections).find(
    (o) => DOUBTS[o.type] !== undefined && !documentsSentAfter(input, o.time),
  );
  return open ? { type: open.type, messageId: open.messageId, text: open.evidence, effect: 0 } : null;
}

/**
 * send_documents when the buyer asked for documents, samples or a quote that
 * no later seller message delivered, or doubts the offer: a skeptical buyer
 * gets certificates and test reports, ranked above a plain request.
 */
export function documentsRule(input: RecommendInput): ActionCandidate | null {
  const missing = missingRequests(input);
  const doubt = doubtToAnswer(input);
  if (missing.length === 0 && !doubt) return null;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`Buyer asked for items not yet sent: ${missing.map((m) => quote(m.text)).join('; ')}`);
  if (doubt) parts.push(`Buyer doubts ${DOUBTS[doubt.type] ?? 'the offer'}: ${quote(doubt.text)}, so send certificates and test reports`);
  const certificates = missing.some((m) => m.type === 'objection.certification');
  const technical = input.segments.includes('technical_gatekeeper') ? 10 : 0;
  const proof = doubt !== null || certificates;
  return {
    rank: proof ? Math.max(PROOF.rank, 65 + technical) : 65 + technical,
    urgent: isUrgent(input),
    action: {
      type: 'send_documents',
      dueBy: dueIn(input.context.asOf, replyHours(input)),
      reason: `${parts.join('; ')}.`,
      basis: doubt ? [...missing, doubt] : missing,
    },
    ...(proof ? { purpose: 'proof' as const } : {}),
  };
}

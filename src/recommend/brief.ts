/** Deal brief: what the buyer wants, commitments, open objections and questions, in items and plain sentences. */
import type { BriefItem, DealBrief, Entity, Signal, SignalType } from '../core/types.js';
import { openObjections } from '../model/objections.js';
import type { ConversationContext, SellerActionKind, TimelineEntry } from '../model/types.js';
import { lastOpenMessage } from '../model/follow-ups.js';
import { formatWait, nextReplyOwedBy, quote } from './types.js';

/** Wants and commitments named in the brief's text; the item arrays keep them all. */
const MAX_TEXT_ITEMS = 8;

const BUYER_COMMITMENTS: Partial<Record<SignalType, string>> = {
  'commitment.detailed_specs': 'gave detailed specifications',
  'commitment.delivery_terms': 'stated delivery terms',
  'commitment.sample_request': 'asked for samples',
  'commitment.invoice_request': 'asked for a proforma invoice',
  'commitment.order_confirmation': 'confirmed the order',
  'commitment.payment': 'reported a payment',
};
const SELLER_ACTIONS: Record<SellerActionKind, string> = {
  quote_sent: 'sent a quotation',
  samples_sent: 'sent samples',
  documents_sent: 'sent documents',
};

/**
 * Describes an entity the buyer wants, or returns null for entity types that
 * are not wants. Money in a message that reports a payment is not a price;
 * money next to a price objection is the buyer's target price.
 */
function wantText(entity: Entity, signals: ReadonlySet<SignalType>): string | null {
  switch (entity.type) {
    case 'quantity':
    case 'product':
      return entity.text;
    case 'money':
      if (signals.has('commitment.payment')) return null;
      return signals.has('objection.price') ? `target price ${entity.text}` : `price ${entity.text}`;
    case 'incoterm':
      return entity.place ? `${entity.code} ${entity.place}` : entity.code;
    case 'date':
      return `by ${entity.iso}`;
    case 'certification':
      return `${entity.code} certificate`;
    case 'port':
      return `port ${entity.value}`;
    default:
      return null;
  }
}

/** A sentence end: a mark followed by a space or the text's end, or a line break. "12.50" has none. */
const SENTENCE_END_RE = /[.!?؟](?:\s|$)|\n/u;

/** Key of a money amount, to compare the buyer's figures with the seller's. */
function moneyKey(entity: Entity): string | null {
  return entity.type === 'money' ? `${entity.currency}:${entity.amount}` : null;
}

/**
 * True when money in a buyer message is the seller's price, not the buyer's
 * own figure: an amount the seller already sent, or an amount written before
 * the price objection in its sentence ("USD 12.50 is too high for us").
 */
function isSellerPrice(entity: Entity, entry: TimelineEntry, sellerAmounts: ReadonlySet<string>): boolean {
  const key = moneyKey(entity);
  if (key === null) return false;
  if (sellerAmounts.has(key)) return true;
  const objection = entry.analysis.signals.find((s) => s.type === 'objection.price')?.evidence[0];
  if (objection === undefined || entity.end > objection.start) return false;
  return !SENTENCE_END_RE.test(entry.message.text.slice(entity.end, objection.start));
}

/**
 * Lists what the buyer wants, once each. Only the latest deadline is kept,
 * because a later date replaces an earlier one, and a port already named by
 * an Incoterm place is not repeated. A deadline counts only in a message
 * with urgency or delivery terms. The seller's own price quoted back is no
 * want.
 */
function wants(context: ConversationContext): BriefItem[] {
  const items: BriefItem[] = [];
  const seen = new Set<string>();
  let deadline: BriefItem | null = null;
  const sellerMoney = context.outbound.flatMap((reply) =>
    reply.analysis.entities.flatMap((entity) => {
      const key = moneyKey(entity);
      return key === null ? [] : [{ time: reply.time, key }];
    }),
  );
  for (const entry of context.inbound) {
    const signals = new Set(entry.analysis.signals.map((s) => s.type));
    const places = new Set(entry.analysis.entities.flatMap((e) => (e.type === 'incoterm' && e.place ? [e.place.toLowerCase()] : [])));
    const sellerAmounts = new Set(sellerMoney.filter((money) => money.time <= entry.time).map((money) => money.key));
    for (const entity of entry.analysis.entities) {
      if (entity.type === 'port' && places.has(entity.value.toLowerCase())) continue;
      if (isSellerPrice(entity, entry, sellerAmounts)) continue;
      const text = wantText(entity, signals);
      if (text === null) continue;
      if (entity.type === 'date') {
        // A deadline is wanted when the message presses for time or states delivery terms, not in "we'll remit the deposit by Thursday".
        const deliveryDeadline = signals.has('intent.urgency') || signals.has('commitment.delivery_terms');
        if (entity.kind !== 'date' && deliveryDeadline) deadline = { text, messageId: entry.message.id };
        continue;
      }
      const key = `${entity.type}:${text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ text, messageId: entry.message.id });
    }
  }
  return deadline ? [...items, deadline] : items;
}

/** A figure or code: "AC220-240V", "60x60", "12W". */
const HAS_DIGIT_RE = /\p{N}/u;

/**
 * Returns the words that quote a commitment: its first evidence, or for
 * specifications the first evidence with a figure, because "AC220-240V"
 * gives the seller more than "specification".
 */
function commitmentQuote(signal: Signal): string | undefined {
  const evidence = signal.type === 'commitment.detailed_specs' ? (signal.evidence.find((e) => HAS_DIGIT_RE.test(e.text)) ?? signal.evidence[0]) : signal.evidence[0];
  return evidence?.text;
}

function commitments(context: ConversationContext): BriefItem[] {
  const items: { item: BriefItem; time: number }[] = [];
  for (const entry of context.inbound) {
    for (const signal of entry.analysis.signals) {
      const label = BUYER_COMMITMENTS[signal.type];
      if (!label) continue;
      const words = commitmentQuote(signal);
      items.push({ item: { text: `buyer ${label}${words ? ` ("${words}")` : ''}`, messageId: entry.message.id }, time: entry.time });
    }
  }
  for (const action of context.sellerActions) {
    const text = `seller ${SELLER_ACTIONS[action.kind]} ("${action.evidence}")`;
    items.push({ item: { text, messageId: action.messageId }, time: action.time });
  }
  return items.sort((a, b) => a.time - b.time).map((entry) => entry.item);
}

function lastAction(context: ConversationContext): BriefItem | null {
  const last = [...context.timeline].reverse().find((entry) => !entry.message.automated);
  if (!last) return null;
  const id = last.message.id;
  if (last.message.direction === 'outbound') {
    const action = context.sellerActions.find((a) => a.messageId === id);
    return { text: action ? `seller ${SELLER_ACTIONS[action.kind]}` : `seller wrote ${quote(last.message.text)}`, messageId: id };
  }
  const ranked = [...last.analysis.signals].sort((a, b) => b.strength - a.strength);
  const commitment = ranked.map((signal) => BUYER_COMMITMENTS[signal.type]).find((label) => label !== undefined);
  const objection = ranked.find((signal) => signal.type.startsWith('objection.'));
  let text = `buyer wrote ${quote(last.message.text)}`;
  if (objection) text = `buyer objected (${objection.type.replace('objection.', '')})`;
  if (commitment) text = `buyer ${commitment}`;
  return { text, messageId: id };
}

/** Joins the texts as "a", "a and b" or "a, b and c". */
function listText(texts: readonly string[]): string {
  if (texts.length <= 1) return texts[0] ?? '';
  return `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`;
}

/** Keeps the first MAX_TEXT_ITEMS texts and counts the rest. */
function limit(texts: string[]): string[] {
  if (texts.length <= MAX_TEXT_ITEMS) return texts;
  return [...texts.slice(0, MAX_TEXT_ITEMS), `${texts.length - MAX_TEXT_ITEMS} more`];
}

/**
 * Keeps one commitment text per kind ("buyer stated delivery terms"), the
 * latest one, in order of each kind's first appearance.
 */
function latestPerKind(items: BriefItem[]): string[] {
  const latest = new Map<string, string>();
  for (const item of items) {
    const kind = item.text.replace(/ \(".*$/, '');
    latest.delete(kind);
    latest.set(kind, item.text);
  }
  return [...latest.values()];
}

function briefText(brief: Omit<DealBrief, 'text'>, context: ConversationContext): string {
  const sentences: string[] = [];
  if (brief.wants.length > 0) sentences.push(`The buyer wants ${listText(limit(brief.wants.map((w) => w.text)))}.`);
  if (brief.commitments.length > 0) sentences.push(`So far: ${listText(limit(latestPerKind(brief.commitments)))}.`);
  if (brief.openObjections.length > 0) sentences.push(`Open objections: ${listText(brief.openObjections.map((o) => o.text))}.`);
  const questions = context.unansweredQuestions;
  if (questions.length > 0) {
    const oldest = questions[0]?.openHours ?? 0;
    const noun = questions.length === 1 ? 'question is' : 'questions are';
    sentences.push(`${questions.length} buyer ${noun} unanswered, the oldest for ${formatWait(oldest)}.`);
  }
  // A buyer who last only acknowledged ("ok 👍", a photo) is owed no reply, as the reply rule reads it too.
  const comingBack = context.buyerComingBack;
  if (comingBack !== null) {
    sentences.push(`The buyer wrote last and said they will come back ("${comingBack.text}"), so the buyer owes the next reply.`);
  } else if (brief.nextReplyOwedBy === 'seller' && questions.length === 0 && lastOpenMessage(context.timeline) === null) {
    sentences.push('The buyer wrote last, only to acknowledge, so no reply is owed.');
  } else if (brief.nextReplyOwedBy) {
    sentences.push(`The ${brief.nextReplyOwedBy} owes the next reply.`);
  }
  return sentences.join(' ') || 'No messages yet.';
}

/** Builds the deal brief from the context; every item points to the message it came from. */
export function buildBrief(context: ConversationContext): DealBrief {
  const brief: Omit<DealBrief, 'text'> = {
    wants: wants(context),
    commitments: commitments(context),
    openObjections: openObjections(context.objections).map((o) => ({
      text: `${o.type.replace('objection.', '').replace('_', ' ')} ("${o.evidence}")`,
      messageId: o.messageId,
    })),
    unansweredQuestions: context.unansweredQuestions.map((q) => ({ text: q.text, messageId: q.messageId })),
    lastAction: lastAction(context),
    nextReplyOwedBy: nextReplyOwedBy(context),
  };
  return { ...brief, text: briefText(brief, context) };
}

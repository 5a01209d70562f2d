/**
 * Builders of hand-written conversations for the conversation-level tests:
 * messages are placed in hours after a fixed start, with signals, entities
 * and sentiment written out as the extractor would produce them.
 */
import type {
  Attachment,
  Channel,
  Entity,
  Message,
  MessageAnalysis,
  SentimentMode,
  Signal,
  SignalType,
} from '../core/types.js';
import type { ConversationInput } from './types.js';

/** Start of every test conversation: Monday 2 March 2026, 09:00 UTC. */
export const START = Date.parse('2026-03-02T09:00:00Z');

/** Returns the instant `hours` after START. */
export function at(hours: number): Date {
  return new Date(START + hours * 3_600_000);
}

/** A signal written as [type, evidence words, strength (default 0.8)]. */
export type SignalSpec = [SignalType, string?, number?];

export interface MessageSpec {
  id?: string;
  dir: 'in' | 'out';
  /** Hours after START. */
  h: number;
  text: string;
  channel?: Channel;
  signals?: SignalSpec[];
  entities?: Entity[];
  mode?: SentimentMode;
  polarity?: number;
  attachments?: Attachment[];
  automated?: boolean;
  language?: string;
  /** UTC offset the send time is written in ("-06:00"); default UTC ("Z"). */
  offset?: string;
}

/** Writes an instant in a UTC offset ("-06:00"), as a sender's client would. */
function sentAtIn(time: Date, offset: string | undefined): string {
  const match = offset === undefined ? null : /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (match === null) return time.toISOString();
  const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  return `${new Date(time.getTime() + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}

function span(text: string, words: string): { start: number; end: number; text: string } {
  const start = Math.max(0, text.indexOf(words));
  return { start, end: start + words.length, text: words };
}

function toSignal(text: string, [type, words, strength]: SignalSpec): Signal {
  return { type, strength: strength ?? 0.8, evidence: [span(text, words ?? text)] };
}

/** Builds a message and its analysis from a spec; ids default to m1, m2, … by position. */
export function buildPair(spec: MessageSpec, index: number, conversationId = 'c1'): [Message, MessageAnalysis] {
  const id = spec.id ?? `m${index + 1}`;
  const inbound = spec.dir === 'in';
  const message: Message = {
    id,
    channel: spec.channel ?? 'email',
    conversationId,
    direction: inbound ? 'inbound' : 'outbound',
    sender: inbound ? { name: 'Buyer', email: 'buyer@example.com', phone: null } : { name: 'Seller', email: 'sales@example.org', phone: null },
    sentAt: sentAtIn(at(spec.h), spec.offset),
    text: spec.text,
    rawText: spec.text,
    attachments: spec.attachments ?? [],
    language: { code: spec.language ?? 'en', confidence: 1 },
    subject: null,
    source: `test:${index}`,
    automated: spec.automated ?? false,
  };
  const analysis: MessageAnalysis = {
    id,
    language: spec.language ?? 'en',
    sentiment: inbound ? { mode: spec.mode ?? 'neutral', polarity: spec.polarity ?? 0 } : null,
    signals: (spec.signals ?? []).map((signal) => toSignal(spec.text, signal)),
    entities: spec.entities ?? [],
    scores: { intent: 0, urgency: 0, sentiment: 50, friction: 0 },
  };
  return [message, analysis];
}

/** Builds a conversation input from message specs, in the order given. */
export function conversation(specs: MessageSpec[], id = 'c1'): ConversationInput {
  const pairs = specs.map((spec, index) => buildPair(spec, index, id));
  return { id, accountId: null, messages: pairs.map(([m]) => m), analyses: pairs.map(([, a]) => a) };
}

/** Entity builders; spans are left at 0 because the conversation stages read only the values and text. */
export const entity = {
  money: (amount: number, currency: string, text: string): Entity => ({ type: 'money', amount, currency, start: 0, end: text.length, text }),
  quantity: (value: number, unit: string, text: string): Entity => ({ type: 'quantity', value, unit, start: 0, end: text.length, text }),
  deadline: (iso: string, text: string): Entity => ({ type: 'date', iso, kind: 'deadline', start: 0, end: text.length, text }),
  certification: (code: string): Entity => ({ type: 'certification', code, start: 0, end: code.length, text: code }),
  incoterm: (code: string, place: string): Entity => ({ type: 'incoterm', code, place, start: 0, end: code.length, text: `${code} ${place}` }),
  product: (value: string): Entity => ({ type: 'product', value, start: 0, end: value.length, text: value }),
};

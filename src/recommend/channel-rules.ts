/** Action rules about the channel: the one the buyer replies fastest on, and email for a long technical chat. */
import type { Explanation } from '../core/types.js';
import { cutText } from '../core/text.js';
import type { ConversationContext, TimelineEntry } from '../model/types.js';
import { ACTION_RULES } from '../score/weights.js';
import { replyHours } from './reply-rules.js';
import { TECHNICAL_THREAD } from './rule-thresholds.js';
import { type ActionCandidate, type RecommendInput, dueIn, quote } from './types.js';

/**
 * switch_channel when the buyer's median reply on their preferred channel is
 * at least switchChannelSpeedRatio times faster than on the channel of the
 * seller's last message, or the buyer replied only on the preferred one.
 */
export function channelRule(input: RecommendInput): ActionCandidate | null {
  const { context } = input;
  const current = context.lastOutbound?.message.channel;
  const preferred = context.preferredChannel;
  if (!current || !preferred || current === preferred) return null;
  const fast = context.channelStats.find((s) => s.channel === preferred)?.buyerMedianReplyHours ?? null;
  const slow = context.channelStats.find((s) => s.channel === current)?.buyerMedianReplyHours ?? null;
  if (fast === null) return null;
  if (slow !== null && slow < fast * ACTION_RULES.switchChannelSpeedRatio) return null;
  const slowText = slow === null ? 'no reply' : `${slow.toFixed(1)} h`;
  const reason = `Buyer answers on ${preferred} in a median ${fast.toFixed(1)} h against ${slowText} on ${current}, ` +
    `but the seller's last message went by ${current}.`;
  const signal = context.signals.find((s) => s.type === 'context.channel_preference');
  const basis: Explanation[] = signal ? [{ type: signal.type, messageId: null, text: signal.text, effect: 0 }] : [];
  const dueBy = dueIn(context.asOf, replyHours(input));
  return { rank: 55, urgent: false, action: { type: 'switch_channel', dueBy, reason, basis } };
}

/** File endings of drawings, datasheets and other technical documents. */
const TECHNICAL_FILE = /\.(pdf|dwg|dxf|step|stp|igs|iges|xlsx?|csv)$/i;

/** Returns the words that make a buyer message technical, or null when it is not. */
function technicalWords(entry: TimelineEntry): string | null {
  const signal = entry.analysis.signals.find(
    (s) => s.type === 'commitment.detailed_specs' || s.type === 'intent.evaluation' || s.type === 'objection.certification',
  );
  if (signal) return signal.evidence[0]?.text ?? cutText(entry.message.text, 40);
  const certificate = entry.analysis.entities.find((e) => e.type === 'certification');
  if (certificate) return certificate.text;
  const file = entry.message.attachments.find((a) => TECHNICAL_FILE.test(a.name));
  if (file) return file.name;
  if (entry.message.text.length >= TECHNICAL_THREAD.longMessageChars) return cutText(entry.message.text, 40);
  return null;
}

/** Returns the channel of the last human message, where the conversation currently runs. */
function currentChannel(context: ConversationContext): string | null {
  const last = [...context.timeline].reverse().find((entry) => !entry.message.automated);
  return last?.message.channel ?? null;
}

/**
 * switch_channel to email when the conversation runs on WhatsApp, the
 * WhatsApp thread has at least minMessages human messages, and at least
 * minTechnicalMessages buyer messages there are technical. Drawings and
 * revisions get lost in a chat, so the technical part moves to email.
 */
export function technicalThreadRule(input: RecommendInput): ActionCandidate | null {
  const { context } = input;
  if (currentChannel(context) !== 'whatsapp') return null;
  const thread = context.timeline.filter((e) => e.message.channel === 'whatsapp' && !e.message.automated);
  if (thread.length < TECHNICAL_THREAD.minMessages) return null;
  const technical = thread
    .filter((e) => e.message.direction === 'inbound')
    .map((entry) => ({ entry, words: technicalWords(entry) }))
    .filter((found): found is { entry: TimelineEntry; words: string } => found.words !== null);
  if (technical.length < TECHNICAL_THREAD.minTechnicalMessages) return null;
  const email = context.inbound.find((e) => e.message.sender.email)?.message.sender.email ?? null;
  const examples = technical.slice(0, 2).map((t) => quote(t.words)).join(', ');
  const target = email ? `email (${email})` : 'email and ask for their address';
  const reason =
    `The WhatsApp thread has ${thread.length} messages and ${technical.length} technical buyer messages ` +
    `(${examples}); move the specifications to ${target} so drawings and revisions stay in one thread.`;
  const basis: Explanation[] = technical.map((t) => ({
    type: 'behavior.technical_message',
    messageId: t.entry.message.id,
    text: t.words,
    effect: 0,
  }));
  const dueBy = dueIn(context.asOf, replyHours(input));
  return {
    rank: TECHNICAL_THREAD.rank,
    urgent: false,
    action: { type: 'switch_channel', dueBy, reason, basis },
    purpose: 'move_to_email',
  };
}

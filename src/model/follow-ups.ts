/**
 * Which buyer messages chase the seller. A buyer who writes again before
 * any reply is following up. A burst of lines written minutes apart ("Hi"
 * then "price for 500 pcs?") is one turn, and a message that only
 * acknowledges or shares media ("ok", "👍", a photo, a location link)
 * is no follow-up.
 */
import { WEB_ADDRESS_RE } from '../core/text.js';
import type { TimelineEntry } from './types.js';

/** Minutes between two buyer messages from which the second counts as a follow-up. Closer lines are one turn. */
export const FOLLOW_UP_GAP_MINUTES = 10;
/** Words an acknowledgement has at most ("ok merci", "image omitted"). */
const ACKNOWLEDGEMENT_WORDS = 2;
/** Words a media message has at most besides its file names ("IMG-0042.jpg (file attached)"). */
const MEDIA_WORDS = 4;
/** WhatsApp placeholders such as "<Media omitted>" and "<attached: 00000012-PHOTO.jpg>". */
const PLACEHOLDER_RE = /<[^<>\n]*>/gu;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const QUESTION_RE = /[?？؟]/u;
const MINUTE_MS = 60_000;

/**
 * Returns true for a buyer message that carries no request: no signal
 * besides context, no question mark, and at most two words once web
 * addresses, media placeholders and file names are left out (four with an
 * attachment).
 */
export function isAcknowledgement(entry: TimelineEntry): boolean {
  if (entry.analysis.signals.some((signal) => !signal.type.startsWith('context.'))) return false;
  const { attachments } = entry.message;
  let text = entry.message.text.replace(WEB_ADDRESS_RE, ' ').replace(PLACEHOLDER_RE, ' ');
  for (const attachment of attachments) text = text.split(attachment.name).join(' ');
  if (QUESTION_RE.test(text)) return false;
  const words = text.match(WORD_RE)?.length ?? 0;
  return words <= (attachments.length > 0 ? MEDIA_WORDS : ACKNOWLEDGEMENT_WORDS);
}

/**
 * Returns the buyer messages that follow up: each sent after another buyer
 * message with no seller reply between, at least FOLLOW_UP_GAP_MINUTES after
 * it, and not an acknowledgement. Automated messages are skipped.
 */
export function followUpEntries(timeline: readonly TimelineEntry[]): TimelineEntry[] {
  const followUps: TimelineEntry[] = [];
  let previousInbound: TimelineEntry | null = null;
  for (const entry of timeline) {
    if (entry.message.automated) continue;
    if (entry.message.direction !== 'inbound') {
      previousInbound = null;
      continue;
    }
    if (previousInbound !== null && entry.time - previousInbound.time >= FOLLOW_UP_GAP_MINUTES * MINUTE_MS && !isAcknowledgement(entry)) {
      followUps.push(entry);
    }
    previousInbound = entry;
  }
  return followUps;
}

/**
 * Returns the buyer's latest message since the seller's last one that is
 * more than an acknowledgement ("ok", "👍", a photo), or null when the buyer
 * only acknowledged. Then no reply is owed. Before any seller message there
 * is nothing to acknowledge, so an opening "Hello!" is returned.
 */
export function lastOpenMessage(timeline: readonly TimelineEntry[]): TimelineEntry | null {
  let latest: TimelineEntry | null = null;
  for (let i = timeline.length - 1; i >= 0; i -= 1) {
    const entry = timeline[i]!;
    if (entry.message.automated) continue;
    if (entry.message.direction !== 'inbound') return null;
    if (!isAcknowledgement(entry)) return entry;
    latest ??= entry;
  }
  return latest;
}

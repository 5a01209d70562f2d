import type { SellerConfig } from '../config/seller-config.js';
import { hasTeamIdentities } from '../config/seller-config.js';
import type { Direction, ParsedMessage, Sender } from '../core/types.js';
import { emailDomain, foldName, senderKey, toE164 } from './identity-keys.js';

/** Decides whether a sender belongs to the seller team named in the config. */
export function createTeamMatcher(config: SellerConfig): (sender: Sender) => boolean {
  const domains = new Set(config.team.domains.map((d) => d.toLowerCase().replace(/^@/, '')));
  const emails = new Set(config.team.emails.map((e) => e.toLowerCase()));
  const names = new Set(config.team.names.map(foldName));
  const phones = new Set(
    config.team.phones.map((p) => toE164(p, config.defaultCountry) ?? p.replace(/[^\d+]/g, '')),
  );
  return (sender) => {
    if (sender.email) {
      const email = sender.email.toLowerCase();
      const domain = emailDomain(email);
      if (emails.has(email) || (domain !== null && domains.has(domain))) return true;
    }
    if (sender.phone && phones.has(sender.phone)) return true;
    return sender.name !== null && names.has(foldName(withoutBrackets(sender.name)));
  };
}

/** Drops bracketed notes from a display name: "Mei Lin (Harbor Lighting)" is "Mei Lin". */
function withoutBrackets(name: string): string {
  const stripped = name.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
  return stripped || name;
}

/** A conversation's parsed messages, grouped before directions are decided. */
export interface ConversationGroup {
  conversationId: string;
  messages: ParsedMessage[];
}

/** The senders of one conversation, in the form the seller decision reads them. */
export interface ConversationParticipants {
  /**
   * Distinct sender keys (see `senderKey`) in the order of each one's first
   * message, so the first key is the first message's sender. Null is an
   * anonymous sender.
   */
  keys: (string | null)[];
  /** Source of the conversation's first message, which names a WhatsApp export's chat. */
  firstSource: string | undefined;
}

/**
 * Decides the direction of every message, in this order:
 * 1. a direction the source states (canonical `.jsonl`) is kept;
 * 2. with team identities in the config, a sender matching one is
 *    outbound and every other sender inbound;
 * 3. without them, each conversation's seller is chosen by `decideSellerKey`
 *    from the counts of the given groups.
 *
 * Returns a map from each ParsedMessage to its direction.
 */
export function decideDirections(
  groups: ConversationGroup[],
  config: SellerConfig,
): Map<ParsedMessage, Direction> {
  const result = new Map<ParsedMessage, Direction>();
  const isTeam = hasTeamIdentities(config) ? createTeamMatcher(config) : null;
  const seenIn = isTeam ? new Map<string, number>() : conversationCounts(groups);
  for (const group of groups) {
    const sellerKey = isTeam ? null : decideSellerKey(participantsOf(group), seenIn);
    for (const message of group.messages) {
      if (message.direction) {
        result.set(message, message.direction);
      } else if (isTeam) {
        result.set(message, isTeam(message.sender) ? 'outbound' : 'inbound');
      } else {
        result.set(message, directionFor(senderKey(message.sender), sellerKey));
      }
    }
  }
  return result;
}

/**
 * Returns the direction of a message without a team config: outbound when
 * its sender is the conversation's seller. An anonymous sender (null key) is
 * inbound, because a seller is always a named sender.
 */
function directionFor(senderKey: string | null, sellerKey: string | null): Direction {
  return senderKey !== null && senderKey === sellerKey ? 'outbound' : 'inbound';
}

/**
 * Returns the sender key of a conversation's seller when no team config
 * names one, or null when nothing decides it:
 * 1. the participant seen in more conversations than any other participant
 *    of this one is the seller, because the person who exported the mailbox
 *    or the chats writes in all of them. `conversationsOf` counts, per
 *    sender key, the conversations of the run it writes in.
 * 2. where that does not decide it (a tie, such as a single exported chat),
 *    the person a WhatsApp export is named after ("WhatsApp Chat with X") is
 *    the buyer. Otherwise the author of the conversation's first message is
 *    the buyer, because buyers usually open an inquiry.
 * NOTE: only senders are counted. A seller who only receives mail (every
 * thread a single buyer message) is not seen as the shared participant, so
 * a buyer who writes in many threads is taken for the seller. A config that
 * names the team avoids this.
 */
export function decideSellerKey(
  participants: ConversationParticipants,
  conversationsOf: ReadonlyMap<string, number>,
): string | null {
  const keys = participants.keys.filter((k): k is string => k !== null);
  return mostSharedParticipant(keys, conversationsOf) ?? fallbackSellerKey(keys, participants);
}

function participantsOf(group: ConversationGroup): ConversationParticipants {
  return {
    keys: [...new Set(group.messages.map((m) => senderKey(m.sender)))],
    firstSource: group.messages[0]?.source,
  };
}

/** Counts, for each sender key, the conversations it writes in. */
function conversationCounts(groups: ConversationGroup[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of groups) {
    const keys = new Set(group.messages.map((m) => senderKey(m.sender)));
    for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Returns the participant seen in strictly more conversations than every other one of this conversation. */
function mostSharedParticipant(keys: string[], seenIn: ReadonlyMap<string, number>): string | null {
  const ranked = keys.map((key) => [key, seenIn.get(key) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2) return null;
  return second && second[1] === first[1] ? null : first[0];
}

/** Picks the seller of one conversation when nothing else decides it. */
function fallbackSellerKey(keys: string[], participants: ConversationParticipants): string | null {
  const chatWith = participants.firstSource?.match(/WhatsApp Chat (?:with|-) ([^/]+?)(?:\.txt|\.zip|$)/i);
  if (chatWith?.[1]) {
    const buyer = `name:${foldName(chatWith[1])}`;
    const others = keys.filter((k) => k !== buyer && !k.endsWith(foldName(chatWith[1] ?? '')));
    if (others.length === 1 && keys.length === 2) return others[0] ?? null;
    // The buyer the chat is named after wrote nothing, so its only writer is the seller who exported it.
    if (others.length === 1 && keys.length === 1) return others[0] ?? null;
  }
  const firstKey = participants.keys[0] ?? null;
  return keys.find((k) => k !== firstKey) ?? null;
}

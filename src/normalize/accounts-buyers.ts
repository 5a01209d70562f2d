import type { ConversationBuyers, Message, Sender } from '../core/types.js';
import type { AccountIndex } from './accounts.js';
import { signaturePhones } from './identity-keys-signature.js';
import { withE164Phone } from './identity-keys.js';

/**
 * Returns the buyers of each conversation of a batch, ready to store. Phones
 * are in E.164, and a number without a country code is read as one of
 * `defaultCountry`. Phones in inbound e-mail signatures become identities
 * of their sender, and repeated buyers are removed.
 */
export function conversationBuyers(
  index: Pick<AccountIndex, 'buyersOf' | 'labelOf'>,
  messages: Message[],
  defaultCountry?: string,
): ConversationBuyers[] {
  const signatureBuyers = signatureSenders(messages, defaultCountry);
  return [...index.buyersOf].map(([conversationId, buyers]) => ({
    conversationId,
    buyers: distinctSenders([
      ...buyers.map((buyer) => withE164Phone(buyer, defaultCountry)),
      ...(signatureBuyers.get(conversationId) ?? []),
    ]),
    label: index.labelOf.get(conversationId) ?? null,
  }));
}

/**
 * Joins the stored buyers of a conversation with those of a new batch, so a
 * run that reads only the latest messages of a thread keeps the identities
 * of earlier ones. The batch's label replaces the stored one when it has one.
 */
export function mergeConversationBuyers(stored: ConversationBuyers | undefined, batch: ConversationBuyers): ConversationBuyers {
  if (!stored) return batch;
  return {
    conversationId: batch.conversationId,
    buyers: distinctSenders([...stored.buyers, ...batch.buyers]),
    label: batch.label ?? stored.label,
  };
}

/** Returns, per conversation, a sender entry for each phone in the signature of an inbound e-mail. */
function signatureSenders(messages: Message[], defaultCountry?: string): Map<string, Sender[]> {
  const result = new Map<string, Sender[]>();
  for (const message of messages) {
    if (message.channel !== 'email' || message.direction !== 'inbound' || message.automated) continue;
    for (const phone of signaturePhones(message.rawText, defaultCountry)) {
      const list = result.get(message.conversationId) ?? [];
      list.push({ ...message.sender, phone });
      result.set(message.conversationId, list);
    }
  }
  return result;
}

/** Removes repeated senders and sorts them, so the stored list does not depend on message order. */
function distinctSenders(senders: Sender[]): Sender[] {
  const byKey = new Map<string, Sender>();
  for (const sender of senders) {
    const normalized: Sender = {
      name: sender.name,
      email: sender.email?.toLowerCase() ?? null,
      phone: sender.phone,
      ...(sender.handle ? { handle: sender.handle } : {}),
    };
    byKey.set(JSON.stringify(normalized), normalized);
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

import type { Account, ConversationBuyers, Message, Sender } from '../core/types.js';
import { resolveAccounts } from './accounts-resolve.js';

/** Accounts of a batch, the account of each conversation, and each conversation's buyers. */
export interface AccountIndex {
  accounts: Account[];
  accountOf: Map<string, string>;
  /** Buyers of each conversation of the batch, one entry per message they wrote or received. */
  buyersOf: Map<string, Sender[]>;
  /** Chat names of the batch's conversations, where the format gives one. */
  labelOf: Map<string, string>;
}

/**
 * Groups the buyers of one batch into contacts and accounts. The buyers of
 * a conversation are the senders of its inbound messages, or the recipients
 * of its outbound ones when the buyer never wrote. Conversations share an
 * account when a buyer has the same email address, phone number or
 * marketplace handle in both, or an address on the same company domain.
 * Display names alone never merge conversations, and free-mail domains
 * never merge companies. `analyze` regroups these across runs with the
 * stored conversations (see `resolveAccounts`).
 */
export function buildAccounts(
  messages: Message[],
  recipientsOf: Map<string, Sender[]>,
  labels: Map<string, string> = new Map(),
): AccountIndex {
  const buyersOf = collectBuyers(messages, recipientsOf);
  const records: ConversationBuyers[] = [...buyersOf].map(([conversationId, buyers]) => ({
    conversationId,
    buyers,
    label: labels.get(conversationId) ?? null,
  }));
  const { accounts, accountOf } = resolveAccounts(records, []);
  return { accounts, accountOf, buyersOf, labelOf: labels };
}

/** Returns the buyers of each conversation, by conversation id in sorted order. */
export function collectBuyers(messages: Message[], recipientsOf: Map<string, Sender[]>): Map<string, Sender[]> {
  const inbound = new Map<string, Sender[]>();
  const outboundRecipients = new Map<string, Sender[]>();
  for (const message of messages) {
    if (message.automated) continue;
    const target = message.direction === 'inbound' ? inbound : outboundRecipients;
    const found = message.direction === 'inbound' ? [message.sender] : (recipientsOf.get(message.id) ?? []);
    const list = target.get(message.conversationId);
    if (list) list.push(...found);
    else target.set(message.conversationId, [...found]);
  }
  const result = new Map<string, Sender[]>();
  const conversationIds = new Set(messages.map((m) => m.conversationId));
  for (const id of [...conversationIds].sort()) {
    result.set(id, inbound.get(id) ?? outboundRecipients.get(id) ?? []);
  }
  return result;
}

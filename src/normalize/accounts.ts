import { stableId } from '../core/ids.js';
import type { Account, Contact, Message, Sender } from '../core/types.js';
import { companyDomain, foldName, senderKey } from './identity-keys.js';

/** Accounts and the account of each conversation. */
export interface AccountIndex {
  accounts: Account[];
  accountOf: Map<string, string>;
}

/**
 * Groups buyers into contacts and accounts. The buyers of a conversation are
 * the senders of its inbound messages, or the recipients of its outbound ones
 * when the buyer never wrote. Conversations share an account when a buyer
 * has the same email address, phone number or marketplace handle in both, or
 * an address on the same company domain; display names alone never merge
 * conversations, and free-mail domains never merge companies.
 */
export function buildAccounts(
  messages: Message[],
  recipientsOf: Map<string, Sender[]>,
  labels: Map<string, string> = new Map(),
): AccountIndex {
  const buyersByConversation = collectBuyers(messages, recipientsOf);
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const [conversationId, buyers] of buyersByConversation) {
    parent.set(`conv:${conversationId}`, find(`conv:${conversationId}`));
    for (const key of linkKeys(buyers)) {
      if (!parent.has(key)) parent.set(key, key);
      union(`conv:${conversationId}`, key);
    }
  }
  const members = new Map<string, string[]>();
  for (const conversationId of buyersByConversation.keys()) {
    const root = find(`conv:${conversationId}`);
    const list = members.get(root);
    if (list) list.push(conversationId);
    else members.set(root, [conversationId]);
  }
  const accounts: Account[] = [];
  const accountOf = new Map<string, string>();
  for (const conversationIds of members.values()) {
    const account = makeAccount(conversationIds.sort(), buyersByConversation, labels);
    accounts.push(account);
    for (const id of conversationIds) accountOf.set(id, account.id);
  }
  accounts.sort((a, b) => a.id.localeCompare(b.id));
  return { accounts, accountOf };
}

function collectBuyers(messages: Message[], recipientsOf: Map<string, Sender[]>): Map<string, Sender[]> {
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

/** Identity keys that may link conversations: never display names. */
function linkKeys(buyers: Sender[]): string[] {
  const keys = new Set<string>();
  for (const buyer of buyers) {
    if (buyer.email) keys.add(`email:${buyer.email.toLowerCase()}`);
    if (buyer.phone) keys.add(`phone:${buyer.phone}`);
    if (buyer.handle) keys.add(`handle:${buyer.handle.toLowerCase()}`);
    const domain = companyDomain(buyer.email);
    if (domain) keys.add(`domain:${domain}`);
  }
  return [...keys].sort();
}

function makeAccount(conversationIds: string[], buyersOf: Map<string, Sender[]>, labels: Map<string, string>): Account {
  const contacts = new Map<string, Contact>();
  let domain: string | null = null;
  for (const id of conversationIds) {
    for (const buyer of buyersOf.get(id) ?? []) {
      domain ??= companyDomain(buyer.email);
      const key = senderKey(buyer);
      if (!key) continue;
      const contact = contacts.get(key) ?? { id: stableId('contact', key), name: null, emails: [], phones: [] };
      contact.name ??= buyer.name;
      if (buyer.email && !contact.emails.includes(buyer.email.toLowerCase())) contact.emails.push(buyer.email.toLowerCase());
      if (buyer.phone && !contact.phones.includes(buyer.phone)) contact.phones.push(buyer.phone);
      contacts.set(key, contact);
    }
  }
  const contactList = [...contacts.values()].sort((a, b) => a.id.localeCompare(b.id));
  const anchor = domain ? `domain:${domain}` : (contactList[0]?.id ?? `conv:${conversationIds[0]}`);
  return {
    id: stableId('acct', anchor),
    name: accountName(domain, contactList) ?? labels.get(conversationIds[0] ?? '') ?? 'Unknown buyer',
    domain,
    contacts: contactList,
    conversationIds,
  };
}

/** Names an account after its company domain, else its first contact; null when neither has a name. */
function accountName(domain: string | null, contacts: Contact[]): string | null {
  if (domain) {
    const label = domain.split('.')[0] ?? domain;
    return label.split(/[-_]/).map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
  }
  const first = contacts[0];
  const name = first?.name && foldName(first.name) ? first.name : null;
  return name ?? first?.phones[0] ?? first?.emails[0] ?? null;
}

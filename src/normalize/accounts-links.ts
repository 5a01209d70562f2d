import type { AccountLink, Identity, Sender } from '../core/types.js';
import { identityKey, senderIdentities } from './identity-keys.js';

/** Returns the distinct identities of a conversation's buyers, sorted by kind and value. */
export function conversationIdentities(buyers: Sender[]): Identity[] {
  const byKey = new Map<string, Identity>();
  for (const identity of buyers.flatMap(senderIdentities)) byKey.set(identityKey(identity), identity);
  return [...byKey.values()].sort((a, b) => identityKey(a).localeCompare(identityKey(b)));
}

/** Inputs of `accountLinks` for one account. */
export interface LinkInput {
  conversationIds: string[];
  identitiesOf: Map<string, Identity[]>;
  split: Set<string>;
  mergedBy: Map<string, number>;
}

/**
 * Explains why each conversation is in the account: the identities it
 * shares with another conversation of the account, or the manual merge
 * that put it there. A conversation that was split out links by merge only,
 * because its identities no longer join it to anything.
 */
export function accountLinks(input: LinkInput): AccountLink[] {
  if (input.conversationIds.length < 2) return [];
  const seenIn = new Map<string, number>();
  for (const id of input.conversationIds) {
    if (input.split.has(id)) continue;
    for (const identity of input.identitiesOf.get(id) ?? []) {
      seenIn.set(identityKey(identity), (seenIn.get(identityKey(identity)) ?? 0) + 1);
    }
  }
  const links: AccountLink[] = [];
  for (const conversationId of input.conversationIds) {
    const shared = input.split.has(conversationId)
      ? []
      : (input.identitiesOf.get(conversationId) ?? []).filter((identity) => (seenIn.get(identityKey(identity)) ?? 0) > 1);
    for (const identity of shared) links.push({ conversationId, matchedBy: identity.kind, value: identity.value });
    const merge = input.mergedBy.get(conversationId);
    if (shared.length === 0 && merge !== undefined) {
      links.push({ conversationId, matchedBy: 'manual', value: `merge #${merge}` });
    }
  }
  return links;
}

import type { AccountOverride, ConversationBuyers } from '../core/types.js';
import { identityKey, senderIdentities } from './identity-keys.js';

/** Conversations grouped into accounts, and how manual overrides shaped the groups. */
export interface Partition {
  /** Conversation ids per group, each list sorted; groups in no particular order. */
  groups: string[][];
  /** Conversations taken out of identity matching by a split. */
  split: Set<string>;
  /** The latest merge that listed each conversation. */
  mergedBy: Map<string, number>;
}

/**
 * Groups conversations that share an identity (union-find over identity
 * keys), then replays the manual overrides in order. A conversation that
 * was ever split links to nothing by identity, so a later run cannot pull
 * it back; only a later manual merge can.
 */
export function partitionConversations(conversations: ConversationBuyers[], overrides: AccountOverride[]): Partition {
  const split = new Set(overrides.flatMap((o) => (o.action === 'split' ? [o.conversationId] : [])));
  const groupOf = identityGroups(conversations, split);
  const mergedBy = new Map<string, number>();
  for (const override of [...overrides].sort((a, b) => a.id - b.id)) {
    if (override.action === 'split') {
      if (groupOf.has(override.conversationId)) groupOf.set(override.conversationId, `split:${override.conversationId}`);
      continue;
    }
    const known = override.conversationIds.filter((id) => groupOf.has(id));
    mergeGroups(groupOf, known);
    for (const id of known) mergedBy.set(id, override.id);
  }
  return { groups: collectGroups(groupOf), split, mergedBy };
}

/** Returns each conversation's group label after union over shared identity keys. */
function identityGroups(conversations: ConversationBuyers[], split: Set<string>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const { conversationId, buyers } of conversations) {
    const node = `conv:${conversationId}`;
    parent.set(node, find(node));
    if (split.has(conversationId)) continue;
    for (const identity of buyers.flatMap(senderIdentities)) union(node, identityKey(identity));
  }
  return new Map(conversations.map((c) => [c.conversationId, find(`conv:${c.conversationId}`)]));
}

/** Relabels every member of the groups of `conversationIds` to the first one's group. */
function mergeGroups(groupOf: Map<string, string>, conversationIds: string[]): void {
  const first = conversationIds[0];
  if (first === undefined) return;
  const target = groupOf.get(first)!;
  const sources = new Set(conversationIds.map((id) => groupOf.get(id)!));
  for (const [id, group] of groupOf) {
    if (sources.has(group)) groupOf.set(id, target);
  }
}

function collectGroups(groupOf: Map<string, string>): string[][] {
  const members = new Map<string, string[]>();
  for (const [id, group] of groupOf) {
    const list = members.get(group);
    if (list) list.push(id);
    else members.set(group, [id]);
  }
  return [...members.values()].map((ids) => ids.sort());
}

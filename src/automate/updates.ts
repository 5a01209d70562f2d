/** Builds the `ConversationUpdate`s of stored conversations, as the server hands them to `handleUpdates` after an ingest. */
import type { Store } from '../store/store.js';
import type { ConversationUpdate } from './types.js';

/**
 * Loads the stored state (as of the latest message) and the state history of
 * those of `conversationIds` that are stored, in id order.
 */
export async function loadConversationUpdates(store: Store, workspaceId: string, conversationIds: string[]): Promise<ConversationUpdate[]> {
  const analyses = await store.loadConversationAnalyses(conversationIds);
  const updates: ConversationUpdate[] = [];
  for (const analysis of analyses) {
    const history = await store.loadStateHistory(analysis.id);
    updates.push({
      workspaceId,
      conversationId: analysis.id,
      accountId: analysis.accountId,
      analysis,
      changes: history?.changes ?? [],
    });
  }
  return updates;
}

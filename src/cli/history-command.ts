import { InputError } from '../core/errors.js';
import { findConversations } from '../pipeline/buyer-lookup.js';
import type { Store } from '../store/store.js';
import { renderHistory, type HistoryView } from './history-render.js';
import { withExistingStore } from './store-access.js';

export interface HistoryOptions {
  db: string;
  json?: boolean;
}

/**
 * Runs `parley history QUERY`: finds the conversations the query names (id,
 * or buyer name, email or phone) and prints how each buyer's state changed
 * and why, or `{"conversations":[…]}` with `--json`. Throws InputError (exit
 * code 2) when nothing matches or no matching conversation has a stored
 * history.
 */
export async function historyCommand(query: string, options: HistoryOptions): Promise<void> {
  await withExistingStore(options.db, async (store) => {
    const matches = await findConversations(store, query);
    if (matches.length === 0) {
      throw new InputError(query, 'no conversation id, buyer name, email or phone matches; `parley accounts list` shows them');
    }
    const views: HistoryView[] = [];
    const missing: string[] = [];
    for (const match of matches) {
      const view = await loadView(store, match);
      if (view) views.push(view);
      else missing.push(match.conversationId);
    }
    if (views.length === 0) {
      throw new InputError(query, `no state history stored for ${missing.join(', ')}; run \`parley analyze\` on its messages again`);
    }
    for (const id of missing) process.stderr.write(`parley history: no state history stored for ${id}; run \`parley analyze\` again\n`);
    if (options.json) {
      const conversations = views.map(({ texts: _texts, history, ...rest }) => ({ ...rest, ...history }));
      process.stdout.write(JSON.stringify({ conversations }, null, 2) + '\n');
    } else {
      process.stdout.write(views.map(renderHistory).join('\n'));
    }
  });
}

/** Loads a matched conversation's stored history, outcome and the texts of the messages it names; null without history. */
async function loadView(store: Store, match: Awaited<ReturnType<typeof findConversations>>[number]): Promise<HistoryView | null> {
  const history = await store.loadStateHistory(match.conversationId);
  if (!history) return null;
  const [outcome] = await store.loadOutcomes([match.conversationId]);
  const named = new Set([...history.snapshots.slice(0, 1), ...history.changes].map((item) => item.messageId));
  const messages = await store.loadConversationMessages([match.conversationId]);
  const texts = new Map(messages.filter((message) => named.has(message.id)).map((message) => [message.id, message.text]));
  return { ...match, history, outcome: outcome ?? null, texts };
}

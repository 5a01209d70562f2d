import { mergeAccounts, splitAccount } from '../pipeline/account-edits.js';
import { renderAccount, renderAccounts } from './accounts-render.js';
import { withExistingStore as withStore } from './store-access.js';

export interface AccountsOptions {
  db: string;
  json?: boolean;
}

/** Runs `parley accounts list`: the stored accounts as text, or as `{"accounts":[…]}` with `--json`. */
export async function listAccountsCommand(options: AccountsOptions): Promise<void> {
  await withStore(options.db, async (store) => {
    const accounts = await store.loadAccounts();
    const stats = await store.loadConversationStats();
    if (options.json) {
      const rows = accounts.map((account) => ({
        ...account,
        conversationCount: account.conversationIds.length,
        conversations: account.conversationIds.map((id) => ({ id, channels: [], messages: 0, ...stats.get(id) })),
      }));
      process.stdout.write(JSON.stringify({ accounts: rows }, null, 2) + '\n');
    } else {
      process.stdout.write(renderAccounts(accounts, stats));
    }
  });
}

/** Runs `parley accounts merge ID ID...` and prints the merged account. */
export async function mergeAccountsCommand(accountIds: string[], options: AccountsOptions): Promise<void> {
  await withStore(options.db, async (store) => {
    const account = await mergeAccounts(store, accountIds);
    const stats = await store.loadConversationStats();
    process.stdout.write(`Merged ${new Set(accountIds).size} accounts into ${account.id}.\n${renderAccount(account, stats)}`);
  });
}

/** Runs `parley accounts split ID --conversation CONVERSATION_ID` and prints the new account. */
export async function splitAccountCommand(accountId: string, conversationId: string, options: AccountsOptions): Promise<void> {
  await withStore(options.db, async (store) => {
    const account = await splitAccount(store, accountId, conversationId);
    const stats = await store.loadConversationStats();
    process.stdout.write(`Moved ${conversationId} out of ${accountId} into ${account.id}.\n${renderAccount(account, stats)}`);
  });
}

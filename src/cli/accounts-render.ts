import type { Account, Contact } from '../core/types.js';
import type { ConversationStats } from '../store/store.js';

/** Renders accounts for `parley accounts list`: contacts, identities, and how each conversation matched. */
export function renderAccounts(accounts: Account[], stats: Map<string, ConversationStats>): string {
  if (accounts.length === 0) return 'No accounts stored yet. Run `parley analyze` first.\n';
  return accounts.map((account) => renderAccount(account, stats)).join('\n') + `\n${plural(accounts.length, 'account')}.\n`;
}

/** Renders one account as a header line and indented detail lines. */
export function renderAccount(account: Account, stats: Map<string, ConversationStats>): string {
  const count = account.conversationIds.length;
  const lines = [`${account.id}  ${account.name}  (${plural(count, 'conversation')})`];
  for (const contact of account.contacts) lines.push(`  contact       ${contactLine(contact)}`);
  const identities = (account.identities ?? []).map((i) => `${i.kind} ${i.value}`);
  if (identities.length > 0) lines.push(`  identities    ${identities.join(', ')}`);
  for (const conversationId of account.conversationIds) {
    const matched = (account.links ?? [])
      .filter((link) => link.conversationId === conversationId)
      .map((link) => (link.matchedBy === 'manual' ? link.value : `${link.matchedBy} ${link.value}`));
    const reason = matched.length > 0 ? `  matched by ${matched.join(', ')}` : '';
    const stat = stats.get(conversationId);
    const detail = stat ? `  ${stat.channels.join('+')}, ${plural(stat.messages, 'message')}` : '';
    lines.push(`  conversation  ${conversationId}${detail}${reason}`);
  }
  return lines.join('\n') + '\n';
}

function contactLine(contact: Contact): string {
  const identities = [...contact.emails, ...contact.phones, ...(contact.handles ?? []).map((h) => `@${h}`)];
  return [contact.name ?? '(no name)', ...identities].join('  ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

import { describe, expect, it } from 'vitest';
import type { AccountOverride, ConversationBuyers, Sender } from '../core/types.js';
import { resolveAccounts } from './accounts-resolve.js';

function conversation(conversationId: string, ...buyers: Partial<Sender>[]): ConversationBuyers {
  return {
    conversationId,
    buyers: buyers.map((buyer) => ({ name: null, email: null, phone: null, ...buyer })),
    label: null,
  };
}

const createdAt = '2026-03-10T00:00:00.000Z';
const chat = conversation('chat', { name: 'Omar', phone: '+971550100123' });
const mail = conversation('mail', { name: 'Omar Haddad', email: 'omar@gulf-trading.example', phone: '+971550100123' });
const rfq = conversation('rfq', { email: 'sara@gulf-trading.example', handle: 'Gulf_Sara' });
const other = conversation('other', { name: 'Lena', email: 'lena@nordlicht.example' });

describe('resolveAccounts', () => {
  it('joins conversations by phone and company domain', () => {
    const { accounts, accountOf } = resolveAccounts([chat, mail, rfq, other], []);
    expect(accounts).toHaveLength(2);
    expect(accountOf.get('chat')).toBe(accountOf.get('rfq'));
    expect(accountOf.get('other')).not.toBe(accountOf.get('chat'));
  });

  it('records which identity matched each conversation', () => {
    const account = resolveAccounts([chat, mail, rfq], []).accounts[0]!;
    expect(account.links).toContainEqual({ conversationId: 'chat', matchedBy: 'phone', value: '+971550100123' });
    expect(account.links).toContainEqual({ conversationId: 'rfq', matchedBy: 'domain', value: 'gulf-trading.example' });
    expect(account.links?.filter((link) => link.conversationId === 'mail').map((l) => l.matchedBy).sort()).toEqual(['domain', 'phone']);
  });

  it('joins one person into one contact', () => {
    const account = resolveAccounts([chat, mail, rfq], []).accounts[0]!;
    expect(account.contacts).toHaveLength(2);
    const omar = account.contacts.find((contact) => contact.phones.includes('+971550100123'))!;
    expect(omar.emails).toEqual(['omar@gulf-trading.example']);
    expect(omar.name).toBe('Omar');
  });

  it('gives the same ids for the same input', () => {
    const first = resolveAccounts([chat, mail, rfq, other], []);
    const second = resolveAccounts([other, rfq, mail, chat], []);
    expect(second.accounts).toEqual(first.accounts);
  });

  it('never joins on free-mail domains or names', () => {
    const a = conversation('a', { name: 'John', email: 'a@gmail.com' });
    const b = conversation('b', { name: 'John', email: 'b@gmail.com' });
    expect(resolveAccounts([a, b], []).accounts).toHaveLength(2);
  });
});

describe('resolveAccounts overrides', () => {
  const split: AccountOverride = { id: 1, action: 'split', conversationId: 'chat', createdAt };

  it('keeps a split conversation apart despite shared identities', () => {
    const { accounts, accountOf } = resolveAccounts([chat, mail, rfq], [split]);
    expect(accounts).toHaveLength(2);
    expect(accountOf.get('mail')).toBe(accountOf.get('rfq'));
    expect(accountOf.get('chat')).not.toBe(accountOf.get('mail'));
  });

  it('gives a split conversation its own id', () => {
    const split2: AccountOverride = { id: 1, action: 'split', conversationId: 'rfq', createdAt };
    const { accounts, accountOf } = resolveAccounts([chat, mail, rfq], [split2]);
    expect(new Set(accounts.map((a) => a.id)).size).toBe(2);
    // The larger group keeps the company's plain id.
    expect(accountOf.get('mail')).toBe(resolveAccounts([chat, mail, rfq], []).accountOf.get('mail'));
  });

  it('merges by hand and explains the merge', () => {
    const merge: AccountOverride = { id: 1, action: 'merge', conversationIds: ['chat', 'other'], createdAt };
    const { accounts } = resolveAccounts([chat, mail, rfq, other], [merge]);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]!.links).toContainEqual({ conversationId: 'other', matchedBy: 'manual', value: 'merge #1' });
  });

  it('replays merge then split in order', () => {
    const merge: AccountOverride = { id: 1, action: 'merge', conversationIds: ['chat', 'mail', 'rfq', 'other'], createdAt };
    const splitOther: AccountOverride = { id: 2, action: 'split', conversationId: 'other', createdAt };
    const { accountOf } = resolveAccounts([chat, mail, rfq, other], [merge, splitOther]);
    expect(accountOf.get('other')).not.toBe(accountOf.get('chat'));
    expect(accountOf.get('rfq')).toBe(accountOf.get('chat'));
  });

  it('merges back a split conversation', () => {
    const mergeBack: AccountOverride = { id: 2, action: 'merge', conversationIds: ['mail', 'chat'], createdAt };
    const { accounts } = resolveAccounts([chat, mail, rfq], [split, mergeBack]);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]!.links).toContainEqual({ conversationId: 'chat', matchedBy: 'manual', value: 'merge #2' });
  });

  it('ignores overrides naming unknown conversations', () => {
    const merge: AccountOverride = { id: 1, action: 'merge', conversationIds: ['gone', 'other'], createdAt };
    const splitGone: AccountOverride = { id: 2, action: 'split', conversationId: 'gone', createdAt };
    expect(resolveAccounts([chat, other], [merge, splitGone]).accounts).toHaveLength(2);
  });
});

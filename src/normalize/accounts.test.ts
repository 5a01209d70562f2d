import { describe, expect, it } from 'vitest';
import { normalizedMessage } from '../test-support/parsed-message.js';
import { buildAccounts } from './accounts.js';

describe('buildAccounts', () => {
  it('merges conversations of one company domain into one account', () => {
    const messages = [
      normalizedMessage({ id: '1', conversationId: 'email-1', sender: { name: 'Omar', email: 'omar@gulf-trading.example', phone: null } }),
      normalizedMessage({ id: '2', conversationId: 'email-2', sender: { name: 'Sara', email: 'sara@gulf-trading.example', phone: null } }),
    ];
    const { accounts, accountOf } = buildAccounts(messages, new Map());
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.name).toBe('Gulf Trading');
    expect(accounts[0]?.contacts).toHaveLength(2);
    expect(accountOf.get('email-1')).toBe(accountOf.get('email-2'));
  });

  it('splits a run-together domain name before business words', () => {
    const names = ['priya@lotusretail.example', 'tegan@harbourline-interiors.example', 'ops@shop.example', 'a@goldencrustbakeries.example'].map((email, index) => {
      const { accounts } = buildAccounts([normalizedMessage({ id: String(index), conversationId: `c${index}`, sender: { name: null, email, phone: null } })], new Map());
      return accounts[0]?.name;
    });
    expect(names).toEqual(['Lotus Retail', 'Harbourline Interiors', 'Shop', 'Goldencrust Bakeries']);
  });

  it('never merges companies on a free-mail domain', () => {
    const messages = [
      normalizedMessage({ id: '1', conversationId: 'a', sender: { name: 'A', email: 'a@gmail.com', phone: null } }),
      normalizedMessage({ id: '2', conversationId: 'b', sender: { name: 'B', email: 'b@gmail.com', phone: null } }),
    ];
    const { accounts } = buildAccounts(messages, new Map());
    expect(accounts).toHaveLength(2);
  });

  it('merges a chat and an email thread sharing a phone number', () => {
    const messages = [
      normalizedMessage({ id: '1', conversationId: 'chat', sender: { name: 'Omar', email: null, phone: '+971550100123' } }),
      normalizedMessage({
        id: '2',
        channel: 'email',
        conversationId: 'mail',
        sender: { name: 'Omar', email: 'omar@gmail.com', phone: '+971550100123' },
      }),
    ];
    const { accounts } = buildAccounts(messages, new Map());
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.conversationIds).toEqual(['chat', 'mail']);
  });

  it('does not merge on display names alone', () => {
    const messages = [
      normalizedMessage({ id: '1', conversationId: 'a', sender: { name: 'John', email: null, phone: null } }),
      normalizedMessage({ id: '2', conversationId: 'b', sender: { name: 'John', email: null, phone: null } }),
    ];
    expect(buildAccounts(messages, new Map()).accounts).toHaveLength(2);
  });

  it('uses outbound recipients when the buyer never wrote', () => {
    const messages = [normalizedMessage({ id: '1', direction: 'outbound', conversationId: 'x', sender: { name: 'Mei', email: 'mei@harbor.example', phone: null } })];
    const recipients = new Map([['1', [{ name: 'Lena', email: 'lena@nordlicht.example', phone: null }]]]);
    const { accounts } = buildAccounts(messages, recipients);
    expect(accounts[0]?.domain).toBe('nordlicht.example');
  });
});

describe('buildAccounts names', () => {
  it('falls back to the chat name when the buyer has none', () => {
    const messages = [normalizedMessage({ id: '1', conversationId: 'chat', sender: { name: null, email: null, phone: null } })];
    const { accounts } = buildAccounts(messages, new Map(), new Map([['chat', 'Omar Haddad']]));
    expect(accounts[0]?.name).toBe('Omar Haddad');
  });
});

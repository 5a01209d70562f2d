import { describe, expect, it } from 'vitest';
import type { ConversationBuyers } from '../core/types.js';
import { matchBuyers } from './buyer-lookup.js';

const RECORDS: ConversationBuyers[] = [
  { conversationId: 'c-wa', buyers: [{ name: 'Omar Haddad', email: null, phone: '+971550100123' }], label: null },
  { conversationId: 'c-mail', buyers: [{ name: 'Omar Haddad', email: 'Omar@Gulf-Trading.example', phone: null }], label: null },
  { conversationId: 'c-br', buyers: [{ name: 'João Ribeiro', email: null, phone: '+5511987654321' }], label: null },
  { conversationId: 'c-group', buyers: [{ name: null, email: null, phone: '+447700900417' }], label: 'Sahel Trading buyers' },
];

const ids = (query: string): string[] => matchBuyers(RECORDS, query).map((match) => `${match.conversationId}:${match.matchedBy}`);

describe('matchBuyers', () => {
  it('matches names ignoring case and accents', () => {
    expect(ids('omar haddad')).toEqual(['c-mail:name', 'c-wa:name']);
    expect(ids('Haddad')).toEqual(['c-mail:name', 'c-wa:name']);
    expect(ids('joao')).toEqual(['c-br:name']);
    expect(ids('Had')).toEqual([]);
  });

  it('matches email addresses exactly', () => {
    expect(ids('omar@gulf-trading.example')).toEqual(['c-mail:email']);
    expect(ids('omar@gulf.example')).toEqual([]);
  });

  it('matches international and national phones', () => {
    expect(ids('+971 55 010 0123')).toEqual(['c-wa:phone']);
    expect(ids('00971550100123')).toEqual(['c-wa:phone']);
    expect(ids('055 010 0123')).toEqual(['c-wa:phone']);
    expect(ids('(11) 98765-4321')).toEqual(['c-br:phone']);
    expect(ids('+44 55 010 0123')).toEqual([]);
    expect(ids('0100123')).toEqual([]);
  });

  it('matches the chat name', () => {
    expect(matchBuyers(RECORDS, 'sahel trading')).toEqual([
      { conversationId: 'c-group', matchedBy: 'name', buyer: RECORDS[3]!.buyers[0] },
    ]);
  });
});

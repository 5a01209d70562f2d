import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, parseSellerConfig } from '../config/seller-config.js';
import { parsedMessage } from '../test-support/parsed-message.js';
import { decideDirections } from './direction.js';

const config = parseSellerConfig(
  { team: { domains: ['harbor.example'], names: ['Mei Lin'], phones: ['+86 138 0013 8000'] } },
  'test config',
);

describe('decideDirections with a config', () => {
  it('marks team domain, name and phone as outbound', () => {
    const byDomain = parsedMessage({ sender: { name: 'Sales', email: 'sales@Harbor.example', phone: null } });
    const byName = parsedMessage({ sender: { name: 'mei  lin', email: null, phone: null } });
    const byLabelledName = parsedMessage({ sender: { name: 'Mei Lin (Harbor)', email: null, phone: null } });
    const byPhone = parsedMessage({ sender: { name: null, email: null, phone: '+8613800138000' } });
    const buyer = parsedMessage({ sender: { name: 'Omar', email: 'omar@gulf.example', phone: null } });
    const result = decideDirections([{ conversationId: 'c', messages: [byDomain, byName, byLabelledName, byPhone, buyer] }], config);
    expect(result.get(byDomain)).toBe('outbound');
    expect(result.get(byName)).toBe('outbound');
    expect(result.get(byLabelledName)).toBe('outbound');
    expect(result.get(byPhone)).toBe('outbound');
    expect(result.get(buyer)).toBe('inbound');
  });

  it('keeps a direction the source states', () => {
    const stated = parsedMessage({ direction: 'outbound', sender: { name: 'Omar', email: null, phone: null } });
    const result = decideDirections([{ conversationId: 'c', messages: [stated] }], config);
    expect(result.get(stated)).toBe('outbound');
  });
});

describe('decideDirections without a config', () => {
  it('reads a message without a sender as the buyer\'s', () => {
    const anonymous = { name: null, email: null, phone: null };
    const alone = parsedMessage({ sender: anonymous });
    const first = parsedMessage({ sender: anonymous });
    const seller = parsedMessage({ sender: { name: 'Mei', email: null, phone: null } });
    const result = decideDirections(
      [
        { conversationId: 'a', messages: [alone] },
        { conversationId: 'b', messages: [first, seller] },
      ],
      EMPTY_CONFIG,
    );
    expect([result.get(alone), result.get(first), result.get(seller)]).toEqual(['inbound', 'inbound', 'outbound']);
  });

  it('takes the sender present in most conversations as the seller', () => {
    const seller = { name: 'Mei', email: null, phone: null };
    const a1 = parsedMessage({ sender: { name: 'Omar', email: null, phone: null } });
    const a2 = parsedMessage({ sender: seller });
    const b1 = parsedMessage({ sender: { name: 'Ana', email: null, phone: null } });
    const b2 = parsedMessage({ sender: seller });
    const result = decideDirections(
      [
        { conversationId: 'a', messages: [a1, a2] },
        { conversationId: 'b', messages: [b1, b2] },
      ],
      EMPTY_CONFIG,
    );
    expect([result.get(a1), result.get(a2), result.get(b1), result.get(b2)]).toEqual([
      'inbound',
      'outbound',
      'inbound',
      'outbound',
    ]);
  });

  it('takes the person a chat export is named after as the buyer', () => {
    const source = 'exports/WhatsApp Chat with Omar Haddad.txt';
    const seller = parsedMessage({ source, sender: { name: 'Mei', email: null, phone: null } });
    const buyer = parsedMessage({ source, sender: { name: 'Omar Haddad', email: null, phone: null } });
    const result = decideDirections([{ conversationId: 'a', messages: [seller, buyer] }], EMPTY_CONFIG);
    expect(result.get(seller)).toBe('outbound');
    expect(result.get(buyer)).toBe('inbound');
  });

  it('takes the only writer as the seller when the named buyer wrote nothing', () => {
    const source = 'exports/WhatsApp Chat - Ana Souza.txt';
    const first = parsedMessage({ source, sender: { name: 'Mei', email: null, phone: null } });
    const second = parsedMessage({ source, sender: { name: 'Mei', email: null, phone: null } });
    const result = decideDirections([{ conversationId: 'a', messages: [first, second] }], EMPTY_CONFIG);
    expect(result.get(first)).toBe('outbound');
    expect(result.get(second)).toBe('outbound');
  });

  it('takes the first writer as the buyer when nothing else decides', () => {
    const first = parsedMessage({ sender: { name: 'Ana', email: null, phone: null } });
    const second = parsedMessage({ sender: { name: 'Mei', email: null, phone: null } });
    const result = decideDirections([{ conversationId: 'a', messages: [first, second] }], EMPTY_CONFIG);
    expect(result.get(first)).toBe('inbound');
    expect(result.get(second)).toBe('outbound');
  });
});

describe('decideDirections per conversation', () => {
  it('finds two sellers who each export several chats', () => {
    const mei = { name: 'Mei', email: null, phone: null };
    const dan = { name: 'Dan', email: null, phone: null };
    const groups = ['a', 'b', 'c', 'd'].map((id, index) => ({
      conversationId: id,
      messages: [
        parsedMessage({ sender: { name: `Buyer ${id}`, email: null, phone: null } }),
        parsedMessage({ sender: index < 2 ? mei : dan }),
      ],
    }));
    const result = decideDirections(groups, EMPTY_CONFIG);
    for (const group of groups) {
      expect(result.get(group.messages[0]!)).toBe('inbound');
      expect(result.get(group.messages[1]!)).toBe('outbound');
    }
  });
});

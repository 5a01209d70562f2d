import { describe, it } from 'vitest';
import { expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('contact extractors', () => {
  it('reads an email', () => {
    expectOneEntity('write to Sales.Team@gulf-trading.ae today', 'email', { value: 'sales.team@gulf-trading.ae', text: 'Sales.Team@gulf-trading.ae' });
  });

  it('reads a URL without trailing punctuation', () => {
    expectOneEntity('see https://example.com/spec?id=4.', 'url', { value: 'https://example.com/spec?id=4' });
    expectOneEntity('or www.example.org, thanks', 'url', { value: 'www.example.org' });
  });

  it.each([
    ['زوروا https://example.com/x، شكرا', 'https://example.com/x'],
    ['الرابط https://example.com/x،شكرا', 'https://example.com/x'],
    ['الرابط https://ar.example.com/منتج؟', 'https://ar.example.com/منتج'],
    ['voir «https://exemple.fr/produit» merci', 'https://exemple.fr/produit'],
    ['see https://example.com/a?b=1&c=2#top.', 'https://example.com/a?b=1&c=2#top'],
  ])('ends the URL in "%s" before non-ASCII punctuation', (text, value) => {
    expectOneEntity(text, 'url', { value, text: value });
  });

  it('reads an international phone as E.164', () => {
    expectOneEntity('call +971 55 010 0123 now', 'phone', { value: '+971550100123', text: '+971 55 010 0123' });
  });

  it('reads a local phone with the sender country', () => {
    const sender = { name: null, email: null, phone: '+971550100123' };
    expectOneEntity('my office 04 123 4567', 'phone', { value: '+97141234567' }, { sender });
  });

  it.each([['order 5,000 pcs on 2026-03-10'], ['ISO 9001:2015'], ['price 1200000 total']])('finds no phone in "%s"', (text) => {
    expectNoEntity(text, 'phone');
  });

  it('finds no email in a handle', () => {
    expectNoEntity('ping @omar on chat', 'email');
  });
});

import { describe, expect, it } from 'vitest';
import { expectNoSignal, expectOneSignal } from '../test-builder.js';

describe('relationship signals', () => {
  it('reads warmth as tone', () => {
    const signal = expectOneSignal('Thank you my friend, hope you are well', 'relationship.tone', 'Thank');
    expect(signal.value).toBe('warm');
  });

  it('reads a politeness formula as polite tone', () => {
    const signal = expectOneSignal('Kindly send the catalogue', 'relationship.tone', 'Kindly');
    expect(signal.value).toBe('polite');
  });

  it.each([
    ['Can we meet in the middle?', 'meet in the middle'],
    ['What if we order 10k pcs?', 'What if we order'],
    ['We are open to discuss the volume', 'open to discuss'],
  ])('"%s" shows negotiation openness', (text, evidence) => {
    expectOneSignal(text, 'relationship.negotiation_openness', evidence);
  });

  it.each([
    ['To clarify, we need the 40W version', 'To clarify'],
    ['As requested, here are the drawings', 'As requested'],
    ['Regarding your question, the voltage is 220V', 'Regarding your question'],
  ])('"%s" is a clarification', (text, evidence) => {
    expectOneSignal(text, 'relationship.clarification', evidence);
  });

  it.each([
    ['Send price.', 'relationship.tone'],
    ['This is our final offer', 'relationship.negotiation_openness'],
    ['We need 500 pcs', 'relationship.clarification'],
  ] as const)('"%s" gives no %s', (text, type) => {
    expectNoSignal(text, type);
  });
});

import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../../core/types.js';
import { analyze } from '../test-builder.js';

function sentimentOf(text: string): Sentiment {
  const sentiment = analyze(text).sentiment;
  expect(sentiment).not.toBeNull();
  return sentiment as Sentiment;
}

describe('sentiment', () => {
  it.each([
    ['Need 2x40HQ, best FOB price?', 'neutral'],
    ['Kindly send the catalogue. Thanks in advance, please advise.', 'neutral'],
    ['Not bad, the samples look fine', 'constructive'],
    ['Sounds good, we agree with the terms', 'constructive'],
    ['Maybe, we will see. Not sure yet.', 'hesitant'],
    ['We are not happy with the delay', 'frustrated'],
    ['Great, another delay. Still waiting!!!', 'frustrated'],
    ['How many times do I have to ask??', 'frustrated'],
    ['Are you sure these are original? Sounds too good to be true', 'skeptical'],
    ['We are sooo excited about this project!!! 😍😍', 'highly_engaged'],
    ["Perfect, let's do it 👍🎉", 'highly_engaged'],
  ] as const)('"%s" is %s', (text, mode) => {
    expect(sentimentOf(text).mode).toBe(mode);
  });

  it('reads "price too high" as negative', () => {
    expect(sentimentOf('price too high').polarity).toBeLessThan(0);
  });

  it('does not read "no problem" as negative', () => {
    expect(sentimentOf('No problem').polarity).toBeGreaterThanOrEqual(0);
  });

  it('does not read "not bad" as negative', () => {
    expect(sentimentOf('not bad').polarity).toBeGreaterThan(0);
  });

  it('reads "not happy" as negative', () => {
    expect(sentimentOf('not happy').polarity).toBeLessThan(0);
  });

  it('gives politeness formulas no polarity', () => {
    expect(sentimentOf('Kindly advise, thanks in advance. Best regards').polarity).toBe(0);
  });

  it('lets intensifiers and elongation raise polarity', () => {
    expect(sentimentOf('sooo good').polarity).toBeGreaterThan(sentimentOf('good').polarity);
    expect(sentimentOf('very good').polarity).toBeGreaterThan(sentimentOf('good').polarity);
  });

  it('counts each of several emoji', () => {
    expect(sentimentOf('👍👍👍').polarity).toBeGreaterThan(sentimentOf('👍').polarity);
  });

  it('turns sarcastic praise negative', () => {
    expect(sentimentOf('Great, another delay').polarity).toBeLessThan(0);
  });

  it('gives evidence for the mode', () => {
    const evidence = sentimentOf('We are not happy with the delay').evidence ?? [];
    expect(evidence.map((e) => e.text)).toContain('not happy');
  });

  it('keeps polarity in [-1, 1]', () => {
    const polarity = sentimentOf('terrible awful horrible disaster nightmare 😡😡😡!!!').polarity;
    expect(polarity).toBeGreaterThanOrEqual(-1);
    expect(polarity).toBeLessThan(-0.9);
  });

  it('is null for outbound messages', () => {
    expect(analyze('Thanks, great news', { direction: 'outbound' }).sentiment).toBeNull();
  });

  it('treats a missing direction as inbound', () => {
    expect(analyze('Thanks, great news').sentiment).not.toBeNull();
  });

  it('ignores a token named like an object property', () => {
    expect(sentimentOf('constructor toString').polarity).toBe(0);
  });
});

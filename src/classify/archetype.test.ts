import { describe, expect, it } from 'vitest';
import { buildContext } from '../model/context.js';
import { at, conversation, type MessageSpec } from '../model/test-builder.js';
import { ARCHETYPE_CASES } from './archetype-cases.js';
import { classifyArchetype } from './archetype.js';
import { normalizeFeatures, rawFeatures } from './features.js';

function archetypeOf(specs: MessageSpec[]) {
  const context = buildContext(conversation(specs), at(1000));
  return classifyArchetype(normalizeFeatures(rawFeatures(context)));
}

describe('classifyArchetype', () => {
  for (const [expected, specs] of Object.entries(ARCHETYPE_CASES)) {
    it(`recognizes ${expected}`, () => {
      const archetype = archetypeOf(specs);
      expect(archetype.id).toBe(expected);
      expect(archetype.runnerUp).not.toBe(expected);
      expect(archetype.confidence).toBeGreaterThan(0.2);
      expect(archetype.confidence).toBeLessThanOrEqual(1);
    });
  }

  it('counts the buyer messages it read', () => {
    const context = buildContext(conversation(ARCHETYPE_CASES.price_negotiator), at(1000));
    const features = normalizeFeatures(rawFeatures(context));
    const prior = classifyArchetype(features, 0);
    expect(prior.buyerMessages).toBe(0);
    expect(prior.confidence).toBe(0.2);
    expect(classifyArchetype(features, context.inbound.length).buyerMessages).toBe(context.inbound.length);
  });

  it('reports the features behind the decision', () => {
    const archetype = archetypeOf(ARCHETYPE_CASES.price_negotiator);
    expect(archetype.features?.priceFocus).toBe(1);
    expect(archetype.features?.vagueness).toBe(0);
  });

  it('gives a clear case high confidence', () => {
    const features = normalizeFeatures(rawFeatures(buildContext(conversation(ARCHETYPE_CASES.urgent_buyer), at(3))));
    const top = classifyArchetype(features);
    // With every feature equal, all five archetypes would share 0.2; a clear case is well above that.
    expect(top.confidence).toBeGreaterThan(0.4);
  });
});

describe('classifyArchetype confidence', () => {
  const features = {
    length: 0, shortness: 1, technical: 0, followUp: 0, replySpeed: 0, slowness: 0, priceFocus: 1,
    urgency: 0, vagueness: 0, irregularity: 0, documents: 0, questions: 0, span: 0,
  };

  it('shrinks toward uniform for few messages', () => {
    const one = classifyArchetype(features, 1);
    const many = classifyArchetype(features, 30);
    expect(one.id).toBe('price_negotiator');
    expect(many.id).toBe('price_negotiator');
    expect(one.confidence).toBeLessThan(many.confidence);
    expect(one.confidence).toBeGreaterThan(0.2);
  });
});

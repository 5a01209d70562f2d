import { describe, expect, it } from 'vitest';
import { ARCHETYPES, type ArchetypeId } from '../core/types.js';
import { analyzeConversation } from '../model/index.js';
import { at, conversation, type MessageSpec } from '../model/test-builder.js';
import { ARCHETYPE_CONVERSATIONS } from '../recommend/test-conversations.js';

/** Analyzes a conversation one hour after its last message. */
function archetypeOf(specs: MessageSpec[]) {
  const last = specs.at(-1)?.h ?? 0;
  return analyzeConversation(conversation(specs), { asOf: at(last + 1) }).archetype;
}

/** The runner-up each written conversation is expected to have: the archetype it most resembles besides its own. */
const RUNNER_UP: Record<ArchetypeId, ArchetypeId> = {
  spec_seeker: 'long_cycle_planner',
  urgent_buyer: 'uncertain_evaluator',
  price_negotiator: 'urgent_buyer',
  uncertain_evaluator: 'spec_seeker',
  long_cycle_planner: 'spec_seeker',
};

describe('archetype of written conversations', () => {
  for (const id of ARCHETYPES) {
    it(`recognizes ${id}`, () => {
      const archetype = archetypeOf(ARCHETYPE_CONVERSATIONS[id]);
      expect(archetype.id).toBe(id);
      expect(archetype.runnerUp).toBe(RUNNER_UP[id]);
      expect(archetype.runnerUp).not.toBe(id);
      // Five archetypes share 0.2 when nothing distinguishes them; each case is a clear one.
      expect(archetype.confidence).toBeGreaterThan(0.5);
      expect(archetype.confidence).toBeLessThanOrEqual(1);
    });
  }

  it('reads the features behind spec_seeker', () => {
    const features = archetypeOf(ARCHETYPE_CONVERSATIONS.spec_seeker).features;
    expect(features?.technical).toBe(1);
    expect(features?.urgency).toBe(0);
  });

  it('reads the features behind urgent_buyer', () => {
    const features = archetypeOf(ARCHETYPE_CONVERSATIONS.urgent_buyer).features;
    expect(features?.urgency).toBe(1);
    expect(features?.followUp).toBeGreaterThan(0);
  });

  it('re-evaluates the archetype as messages arrive', () => {
    const specs = ARCHETYPE_CONVERSATIONS.price_negotiator;
    const first = archetypeOf(specs.slice(0, 1));
    const full = archetypeOf(specs);
    expect(first.id).not.toBe('price_negotiator');
    expect(full.id).toBe('price_negotiator');
    expect(full.confidence).toBeGreaterThan(first.confidence);
  });
});

import { describe, expect, it } from 'vitest';
import { buildContext } from '../model/context.js';
import { at, conversation } from '../model/test-builder.js';
import { momentumAt } from './momentum.js';
import { frictionBehavior, signalExplanations, urgencyBehavior } from './signal-scores.js';

// 59 letters, then an emoji whose two UTF-16 units sit at 59 and 60: a cut at 60 units would halve it.
const EMOJI_AT_59 = `${'a'.repeat(59)}😀 need it soon`;
const LONE_SURROGATE = /\p{Cs}/u;
const EMOJI_AT_79 = `${'b'.repeat(79)}😀 price is too high`;

/** Builds a conversation whose signals carry no evidence words, so the explanations quote the message text. */
function withoutEvidence() {
  const input = conversation([
    { id: 'q', dir: 'in', h: 0, text: 'First question' },
    { id: 'f', dir: 'in', h: 1, text: EMOJI_AT_59 },
    { id: 'o', dir: 'in', h: 2, text: EMOJI_AT_79, signals: [['objection.price'], ['commitment.sample_request']], mode: 'frustrated' },
  ]);
  for (const analysis of input.analyses) for (const signal of analysis.signals) signal.evidence = [];
  return buildContext(input, at(3));
}

describe('explanation texts cut from a message', () => {
  it('never split an emoji', () => {
    const context = withoutEvidence();
    const texts = [
      ...urgencyBehavior(context),
      ...signalExplanations(context, 'friction'),
      ...frictionBehavior(context),
      ...momentumAt(context, [], at(3).getTime()).explanations,
    ].map((e) => e.text);
    expect(texts).toContain(`follow-up before any reply: ${'a'.repeat(59)}…`);
    // The price objection in friction, the frustrated mode in friction, and both signals in momentum.
    expect(texts.filter((t) => t === `${'b'.repeat(79)}…`).length).toBe(4);
    for (const text of texts) expect(text).not.toMatch(LONE_SURROGATE);
  });
});

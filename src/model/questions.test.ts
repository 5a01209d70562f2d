import { describe, expect, it } from 'vitest';
import { buildContext } from './context.js';
import { at, conversation } from './test-builder.js';

describe('unanswered questions', () => {
  it('quote an asking message without "?" in whole characters', () => {
    const text = `${'c'.repeat(119)}😀 send the catalogue`;
    const input = conversation([{ id: 'r', dir: 'in', h: 0, text, signals: [['intent.evaluation']] }]);
    for (const signal of input.analyses[0]!.signals) signal.evidence = [];
    const [question] = buildContext(input, at(5)).unansweredQuestions;
    expect(question?.text).toBe(`${'c'.repeat(119)}…`);
    expect(question?.text).not.toMatch(/\p{Cs}/u);
    expect(question?.openHours).toBe(5);
  });

  it('reads an Arabic question mark', () => {
    const input = conversation([{ id: 'q', dir: 'in', h: 0, text: 'هل السعر 2.40 دولار؟' }]);
    expect(buildContext(input, at(2)).unansweredQuestions.map((q) => q.text)).toEqual(['هل السعر 2.40 دولار؟']);
  });
});

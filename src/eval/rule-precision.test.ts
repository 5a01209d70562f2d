import { describe, expect, it } from 'vitest';
import { parseLabeledLines } from './labeled-read.js';
import { ruleHits, rulePrecision } from './rule-precision.js';

function line(id: string, text: string, signals: string[]): string {
  return JSON.stringify({ id, language: 'en', direction: 'inbound', sentAt: '2026-03-10T09:15:00+04:00', text, signals, mode: 'neutral', entities: [], tags: [] });
}

describe('rule precision', () => {
  const { entries, issues } = parseLabeledLines(
    [
      line('a', 'Please send the proforma invoice', ['commitment.invoice_request']),
      line('b', 'Please send the proforma invoice for the new model', []),
      line('c', 'We need it ASAP', ['intent.urgency']),
      line('d', 'As requested, here is the drawing with the sizes.', []),
    ].join('\n'),
    'cases.jsonl',
  );

  it('parses the hand-written cases', () => {
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(4);
  });

  it('counts right and wrong hits per rule', () => {
    const invoice = rulePrecision(entries, 'commitment.invoice_request');
    expect(invoice.length).toBeGreaterThan(0);
    const total = invoice.reduce((sum, row) => ({ right: sum.right + row.right, wrong: sum.wrong + row.wrong }), { right: 0, wrong: 0 });
    expect(total).toEqual({ right: 1, wrong: 1 });
    expect(invoice.every((row) => row.language === 'en' && row.type === 'commitment.invoice_request')).toBe(true);
  });

  it('leaves out types the sets do not label', () => {
    const types = new Set(rulePrecision(entries).map((row) => row.type));
    expect(types.size).toBeGreaterThan(0);
    expect([...types].some((type) => type.startsWith('context.') || type === 'relationship.clarification')).toBe(false);
  });

  it('keeps only the types asked for', () => {
    const urgency = rulePrecision(entries, 'intent.urgency');
    expect(urgency.length).toBeGreaterThan(0);
    expect(urgency.every((row) => row.type === 'intent.urgency')).toBe(true);
    expect(urgency.some((row) => row.right === 1 && row.wrong === 0)).toBe(true);
  });

  it('lists the hits of one rule with their text', () => {
    const rule = rulePrecision(entries, 'commitment.invoice_request')[0]!;
    const hits = ruleHits(entries, `${rule.language}:${rule.rule}`, 'commitment.invoice_request');
    expect(hits.map((hit) => [hit.id, hit.right])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(hits[1]!.context).toContain('[');
    expect(hits[1]!.context).toContain('new model');
    expect(ruleHits(entries, `fr:${rule.rule}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './index.js';

describe('analyzeMessage contract', () => {
  // The message-analysis example of the public contract: same fields, same kinds of values.
  const text = 'Need 2x40HQ, best FOB price?';
  const analysis = analyzeMessage({ id: 'm-17', text, sentAt: '2026-03-10T09:15:00+04:00', channel: 'whatsapp', direction: 'inbound' });

  it('has the top-level fields', () => {
    expect(Object.keys(analysis).sort()).toEqual(['entities', 'id', 'language', 'scores', 'sentiment', 'signals']);
    expect(analysis.id).toBe('m-17');
    expect(analysis.language).toBe('en');
  });

  it('has a neutral sentiment near zero', () => {
    expect(analysis.sentiment?.mode).toBe('neutral');
    expect(Math.abs(analysis.sentiment?.polarity ?? 1)).toBeLessThanOrEqual(0.1);
  });

  it('has one quotation signal with its evidence', () => {
    const quotation = analysis.signals.filter((s) => s.type === 'intent.quotation');
    expect(quotation).toHaveLength(1);
    expect(quotation[0]?.strength).toBe(0.8);
    expect(quotation[0]?.evidence[0]).toMatchObject({ start: 13, end: 27, text: 'best FOB price' });
  });

  it('has the quantity and Incoterm entities', () => {
    expect(analysis.entities).toEqual([
      { type: 'quantity', value: 2, unit: 'containers_40hq', start: 5, end: 11, text: '2x40HQ' },
      { type: 'incoterm', code: 'FOB', start: 18, end: 21, text: 'FOB' },
    ]);
  });

  it('has scores in the shape of the example', () => {
    expect(Object.keys(analysis.scores).sort()).toEqual(['friction', 'intent', 'sentiment', 'urgency']);
    expect(analysis.scores.intent).toBeGreaterThanOrEqual(50);
    // The design's example reads 62. The learned layer may also read "2x40HQ" as a spec, which adds to intent.
    expect(analysis.scores.intent).toBeLessThanOrEqual(80);
    expect(analysis.scores.urgency).toBeLessThanOrEqual(30);
    expect(analysis.scores.sentiment).toBeGreaterThanOrEqual(45);
    expect(analysis.scores.sentiment).toBeLessThanOrEqual(55);
    expect(analysis.scores.friction).toBe(0);
  });

  it('is deterministic', () => {
    const again = analyzeMessage({ id: 'm-17', text, sentAt: '2026-03-10T09:15:00+04:00', channel: 'whatsapp', direction: 'inbound' });
    expect(again).toEqual(analysis);
  });

  it('serializes to JSON and back unchanged', () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('uses options.now when sentAt is missing', () => {
    const result = analyzeMessage({ id: 'x', text: 'deliver tomorrow' }, { now: new Date('2026-05-01T12:00:00Z') });
    expect(result.entities).toMatchObject([{ type: 'date', iso: '2026-05-02' }]);
  });

  it('handles empty text', () => {
    const result = analyzeMessage({ id: 'x', text: '' });
    expect(result.entities).toEqual([]);
    expect(result.signals.map((s) => s.type)).toEqual(['context.language']);
  });
});

describe('analyzeMessage on short lines with no stop word', () => {
  it.each([
    ['Cerramos.', 'es', 'intent.purchase'],
    ['On signe.', 'fr', 'intent.purchase'],
    ['Pix feito ✅', 'pt', 'commitment.payment'],
  ])('reads "%s" in %s with its own cues', (text, language, type) => {
    const analysis = analyzeMessage({ id: 'short', text, direction: 'inbound' }, { learned: null });
    expect(analysis.language).toBe(language);
    expect(analysis.signals.map((s) => s.type)).toContain(type);
    const decision = analysis.signals.find((s) => s.type === 'context.language');
    expect(decision?.evidence[0]?.rule).toBe('language.cue-words');
  });
});

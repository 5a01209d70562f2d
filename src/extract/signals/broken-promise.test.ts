import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../index.js';

function leadTime(text: string): string[] {
  const analysis = analyzeMessage({ id: 'm', text, sentAt: '2026-04-22T10:00:00+00:00', direction: 'inbound' }, { learned: null });
  const signal = analysis.signals.find((s) => s.type === 'objection.lead_time');
  return signal === undefined ? [] : signal.evidence.map((e) => e.rule ?? '');
}

describe('broken promise', () => {
  it.each([
    'Your offer said 30 days production. Today is 22 April.',
    'Nos prometieron la carga para la semana 14. Estamos en la 17.',
    'Vocês disseram que saía na segunda. Hoje já é quarta.',
    'Vous aviez dit livraison mi-mars. Nous sommes le 22 avril.',
    'وعدتونا بالشحن الأسبوع الماضي، لحد الآن ما وصل شي',
    'قلتوا الشحن خلال أسبوعين. اليوم 30 وما في شي',
  ])('reads a missed date in "%s"', (text) => {
    // French has its own cues for this ("aviez dit", "nous sommes le"), which may quote the words first.
    expect(leadTime(text).length).toBeGreaterThan(0);
  });

  it('needs the promise before the present', () => {
    expect(leadTime('Today is our inventory day. You said you would call.')).not.toContain('lead_time.broken_promise');
  });

  it('needs both phrases', () => {
    expect(leadTime('You said the price includes freight to Durban.')).toEqual([]);
  });
});

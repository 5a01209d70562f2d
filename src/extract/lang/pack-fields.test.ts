import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../index.js';

/** Analyzes an inbound message in `language`, sent 2026-03-10 09:00 UTC. */
function analyze(text: string, language: string) {
  return analyzeMessage({ id: 'm', text, language, sentAt: '2026-03-10T09:00:00+00:00', direction: 'inbound' });
}

const dates = (text: string, language: string) =>
  analyze(text, language).entities.flatMap((e) => (e.type === 'date' ? [[e.iso.slice(0, 10), e.kind]] : []));

describe('pack cue fields', () => {
  it('keeps a Portuguese cue after the contraction "no"', () => {
    expect(analyze('Temos um problema no preço, está muito caro.', 'pt').signals.map((s) => s.type)).toContain('objection.price');
  });

  it.each([
    ['Precisamos até o dia 15, sem falta.', 'pt'],
    ['Lo necesitamos para el 15.', 'es'],
    ['Il nous faut la livraison avant le 15.', 'fr'],
    ['نحتاجها قبل 15 كحد أقصى', 'ar'],
  ])('reads a bare day after a marker: %s', (text, language) => {
    expect(dates(text, language)).toContainEqual(['2026-03-15', 'deadline']);
  });

  it('reads a deadline marker after the date', () => {
    expect(dates('Entrega el viernes a más tardar.', 'es')).toContainEqual(['2026-03-13', 'deadline']);
  });

  it('reads an Arabic price per ton', () => {
    const money = analyze('السعر 120 دولار للطن', 'ar').entities.find((e) => e.type === 'money');
    expect(money).toMatchObject({ amount: 120, currency: 'USD', per: 'tons' });
  });

  it.each([
    ['Lo tengo que ver con mi socio, que está de viaje hasta el lunes.', 'es'],
    ['المدير في إجازة لين الخميس.', 'ar'],
  ])('reads no urgency in a wait: %s', (text, language) => {
    expect(analyze(text, language).signals.map((s) => s.type)).not.toContain('intent.urgency');
    expect(dates(text, language).map(([, kind]) => kind)).toContain('deadline');
  });

  it.each([
    ["We'll remit the deposit by Thursday.", 'en'],
    ['Transferimos el anticipo antes del jueves.', 'es'],
    ['O saldo cai na vossa conta até quinta.', 'pt'],
    ['Le solde part avant jeudi.', 'fr'],
    ['بنحول الدفعة قبل الخميس', 'ar'],
  ])('reads no urgency in the buyer\'s own payment date: %s', (text, language) => {
    expect(analyze(text, language).signals.map((s) => s.type)).not.toContain('intent.urgency');
  });

  it.each([
    ['Enviaremos el saldo antes del viernes.', 'es', 'intent.purchase'],
    ["Nous verserons l'acompte d'ici vendredi.", 'fr', 'intent.purchase'],
    ['Pagado. El comprobante va adjunto.', 'es', 'commitment.payment'],
  ])('reads the buyer\'s payment step: %s', (text, language, type) => {
    expect(analyzeMessage({ id: 'm', text, language, sentAt: '2026-03-10T09:00:00+00:00', direction: 'inbound' }, { learned: null }).signals.map((s) => s.type)).toContain(type);
  });

  it.each([
    ['Necesitamos la mercancía antes del jueves.', 'es'],
    ['نحتاجها قبل الخميس', 'ar'],
  ])('reads urgency in a near due date: %s', (text, language) => {
    expect(analyze(text, language).signals.map((s) => s.type)).toContain('intent.urgency');
  });
});

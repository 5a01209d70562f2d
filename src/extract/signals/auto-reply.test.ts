import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../index.js';

function analyze(text: string) {
  return analyzeMessage({ id: 'm', text, sentAt: '2026-03-10T09:00:00+00:00', direction: 'inbound' });
}

const types = (text: string) => analyze(text).signals.map((s) => s.type);

describe('automatic replies', () => {
  it.each([
    'Out of office: I am away until Monday 6 April with limited access to email. For urgent matters please contact purchasing@example.com.',
    'رد آلي: أنا خارج المكتب لغاية 12 أبريل. للاستفسارات العاجلة يرجى التواصل مع سارة',
    'Respuesta automática: Estaré fuera de la oficina hasta el 2 de febrero. Para temas urgentes, por favor contactad con compras@example.es',
    '[Resposta automática] Estou fora do escritório até 18/02. Para assuntos urgentes, por favor contatar compras@example.com.br.',
    'Accusé de réception : votre message a bien été reçu par le service Achats. Il sera traité dans les meilleurs délais, merci.',
  ])('reads no urgency or tone in "%s"', (text) => {
    const analysis = analyze(text);
    expect(analysis.signals.map((s) => s.type)).not.toContain('intent.urgency');
    expect(analysis.signals.map((s) => s.type)).not.toContain('relationship.tone');
    expect(analysis.sentiment?.mode).toBe('neutral');
    expect(analysis.sentiment?.evidence?.[0]?.rule).toBe('auto_reply');
  });

  it('keeps the question a marketplace relays', () => {
    expect(types('Mensaje automático de Mercado Libre: El comprador realizó una pregunta: ¿me pasan la ficha técnica?')).toContain('intent.evaluation');
  });

  it('keeps tone in a request for an order acknowledgment', () => {
    expect(types("Merci de nous retourner l'accusé de réception de commande.")).toContain('relationship.tone');
  });

  it('keeps urgency in a buyer message that names urgent matters', () => {
    expect(types('Urgent: please ship the 200 cartons by Friday, our customer is waiting.')).toContain('intent.urgency');
  });

  it.each([
    "I'll be out of office next week, so please send the quotation urgently today.",
    'Got your automatic reply, but this is urgent: we need 2x40HQ shipped ASAP.',
    'Our buyer is out of office, but we need the PI urgently.',
  ])('keeps urgency when a buyer mentions one: "%s"', (text) => {
    expect(types(text)).toContain('intent.urgency');
  });

  it('reads an away notice that opens with a greeting', () => {
    const analysis = analyze('Hello, I am out of the office until 12 May. For urgent matters please call Ana.');
    expect(analysis.signals.map((s) => s.type)).not.toContain('intent.urgency');
    expect(analysis.sentiment?.evidence?.[0]?.rule).toBe('auto_reply');
  });
});

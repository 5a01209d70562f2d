import { describe, expect, it } from 'vitest';
import { analyze, expectNoSignal, expectOneSignal, signalsOf } from '../test-builder.js';

describe('commitment signals', () => {
  it.each([
    ['Attached the drawing with our requirements', 'commitment.detailed_specs', 'Attached the drawing'],
    ['Size 600x600 mm, 40W, 220V, IP65, 500 pcs', 'commitment.detailed_specs', '600x600 mm'],
    ['Please send the proforma invoice', 'commitment.invoice_request', 'proforma'],
    ['Share your bank details please', 'commitment.invoice_request', 'Share your bank details'],
    ['Price CIF Dammam, delivery in May', 'commitment.delivery_terms', 'CIF Dammam'],
    ['Please ship to Lagos by sea', 'commitment.delivery_terms', 'ship to'],
    ['Can you send samples first?', 'commitment.sample_request', 'send samples'],
    ['We start with a trial order of 200 pcs', 'commitment.sample_request', 'trial order'],
    ['We confirm the order, PO attached', 'commitment.order_confirmation', 'confirm the order'],
    ['Here is our PO for 3,000 units', 'commitment.order_confirmation', 'Here is our PO'],
    ['We have paid the 30% deposit today', 'commitment.payment', 'paid the 30% deposit'],
    ['The L/C has been opened by our bank', 'commitment.payment', 'L/C has been opened'],
    ['Order confirmed.', 'commitment.order_confirmation', 'Order confirmed'],
    ['Contract signed', 'commitment.order_confirmation', 'Contract signed'],
  ] as const)('"%s" gives %s', (text, type, evidence) => {
    expectOneSignal(text, type, evidence);
  });

  it.each([
    ['We do not need samples', 'commitment.sample_request'],
    ['We received the samples', 'commitment.sample_request'],
    ['Is the order confirmed on your side?', 'commitment.payment'],
    ['What sizes do you have?', 'commitment.detailed_specs'],
    ['Thanks for the invoice template idea', 'commitment.invoice_request'],
    ['We never confirm orders by chat', 'commitment.order_confirmation'],
  ] as const)('"%s" gives no %s', (text, type) => {
    expectNoSignal(text, type);
  });

  it('reads no payment in a proforma sent', () => {
    expect(signalsOf(analyze('Hi, I have sent the proforma invoice by email.', { language: 'en', direction: 'outbound' }, { learned: null }), 'commitment.payment')).toEqual([]);
  });

  // A proforma that came is no request for one, in every language; the rules alone must read it.
  it.each([
    ['Received the proforma, thanks.', 'en'],
    ['Recebi a proforma.', 'pt'],
    ['Recibimos la proforma, gracias.', 'es'],
    ['On a bien reçu la proforma.', 'fr'],
    ['استلمنا البروفورما', 'ar'],
  ] as const)('reads no invoice request in a proforma received: "%s"', (text, language) => {
    expect(signalsOf(analyze(text, { language }, { learned: null }), 'commitment.invoice_request')).toEqual([]);
  });

  // "Pagamos" is both "we pay" and "we paid": beside tomorrow it is a promise, which the guide does not count as a payment.
  it.each([
    ['Pagamos mañana el anticipo.', 'es'],
    ['Pagamos amanhã o sinal.', 'pt'],
  ] as const)('reads no payment in a promise to pay tomorrow: "%s"', (text, language) => {
    expectNoSignal(text, 'commitment.payment', { language });
  });

  it.each([
    ['Pagamos el anticipo ayer, mañana les mando el comprobante.', 'es', 'Pagamos el anticipo'],
    ['Deposit paid today, balance tomorrow.', 'en', 'Deposit paid'],
  ] as const)('keeps a payment made beside a later step: "%s"', (text, language, evidence) => {
    expectOneSignal(text, 'commitment.payment', evidence, { language });
  });

  // docs/labeling.md: naming the Incoterm the buyer needs states a delivery term, also in a price question.
  it('reads the Incoterm in a price question as a delivery term', () => {
    expect(signalsOf(analyze('Need 2x40HQ, best FOB price?'), 'commitment.delivery_terms')).toHaveLength(1);
  });

  // NOTE: the learned layer reads "The payment terms are 30% deposit" as a
  // payment made (a deposit without a past-tense verb looks like its training
  // examples), so this checks the cue rules alone.
  it('does not read stated payment terms as a payment in the cue rules', () => {
    expect(signalsOf(analyze('The payment terms are 30% deposit', {}, { learned: null }), 'commitment.payment')).toEqual([]);
  });

  // A past verb keeps a PO sent on a weekday a confirmation: dates resolve forward, so the weekday reads as the next one.
  it.each([
    ['We sent the PO on Monday', 'en'],
    ['Enviei a PO na segunda-feira', 'pt'],
    ['Le bon de commande a été envoyé lundi', 'fr'],
    ['Ya les mandé la OC el lunes', 'es'],
  ])('reads "%s" as a PO already sent', (text, language) => {
    const types = analyze(text, { language, direction: 'inbound' }, { learned: null }).signals.map((s) => s.type);
    expect(types).toContain('commitment.order_confirmation');
    expect(types).not.toContain('intent.purchase');
  });

  it('reads a payment made in Spanish', () => {
    const types = analyze('Hemos realizado el pago del 30%.', { language: 'es', direction: 'inbound' }, { learned: null }).signals.map((s) => s.type);
    expect(types).toContain('commitment.payment');
  });

  // Sizes in a complaint name the goods at fault; the buyer sets no requirement.
  it.each([
    ['Reclamo N° 331. Los 50 rollos de geomembrana HDPE 1,5 mm llegaron con un espesor de 1,32 mm. Es inaceptable.', 'es'],
    ['Ticket 9931: the solar batteries you sold as 200Ah only hold 120Ah, very poor quality.', 'en'],
  ] as const)('"%s" gives no specs (%s)', (text, language) => {
    const analysis = analyze(text, { language, direction: 'inbound' }, { learned: null });
    expect(signalsOf(analysis, 'objection.quality')).not.toEqual([]);
    expect(signalsOf(analysis, 'commitment.detailed_specs')).toEqual([]);
  });

  it('keeps specs a complaint sets as requirements', () => {
    const text = 'The last batch was defective. For the new order, as per the attached drawing: 304 steel, 1.2 mm.';
    const analysis = analyze(text, { language: 'en', direction: 'inbound' }, { learned: null });
    expect(signalsOf(analysis, 'objection.quality')).not.toEqual([]);
    expect(signalsOf(analysis, 'commitment.detailed_specs')).not.toEqual([]);
  });

  // Portuguese "logo" is also the adverb "soon", and a question sets no requirement.
  it.each([
    ['Tou na estrada agora, mais logo falamos', 'pt', false],
    ['Mandaaa as amostras logo que eu tô ansiosa!!', 'pt', false],
    ['Queremos as mochilas com o nosso logo bordado', 'pt', true],
    ['We need the boxes printed with our logo.', 'en', true],
    ['Logo embroidered on the left chest, 3 colours.', 'en', true],
    ['Can you print our logo?', 'en', false],
  ] as const)('"%s" (%s) reads a logo spec: %s', (text, language, expected) => {
    const analysis = analyze(text, { language, direction: 'inbound' }, { learned: null });
    const logo = signalsOf(analysis, 'commitment.detailed_specs').some((signal) => signal.evidence.some((e) => /logo/iu.test(e.text)));
    expect(logo).toBe(expected);
  });

  it('quotes a whole port name as delivery-terms evidence', () => {
    const analysis = analyze('نحتاج الشحن إلى ميناء جبل علي قبل نهاية الشهر', { language: 'ar', direction: 'inbound' }, { learned: null });
    const quoted = signalsOf(analysis, 'commitment.delivery_terms').flatMap((signal) => signal.evidence.map((e) => e.text));
    expect(quoted).toContain('ميناء جبل علي');
  });
});

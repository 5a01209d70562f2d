import { describe, expect, it } from 'vitest';
import { EN } from '../lang/en/index.js';
import type { LanguageCues } from '../lang/types.js';
import { analyzeMessage } from '../index.js';
import { analyze, expectNoSignal, expectOneSignal, signalsOf } from '../test-builder.js';

describe('intent signals', () => {
  it.each([
    ['What is your MOQ?', 'intent.early_qualification', 'What is your MOQ'],
    ['Are you a manufacturer or a trading company?', 'intent.early_qualification', 'Are you a manufacturer'],
    ['How many sets can you produce per month?', 'intent.early_qualification', 'How many sets can you produce'],
    ['Please share the datasheet for model X-200', 'intent.evaluation', 'datasheet'],
    ['Do you have the test report?', 'intent.evaluation', 'have the test report'],
    ['Quote 5,000 pcs CIF Jebel Ali', 'intent.quotation', 'Quote'],
    ['Send us your best price', 'intent.quotation', 'Send us your best price'],
    ['How much for 300 units?', 'intent.quotation', 'How much'],
    ['Send the price today', 'intent.urgency', 'Send the price today'],
    ['This is urgent, we need it quickly', 'intent.urgency', 'urgent'],
    ['We want to place the order this week', 'intent.purchase', 'place the order'],
    ['We are ready to buy', 'intent.purchase', 'ready to buy'],
  ] as const)('"%s" gives %s', (text, type, evidence) => {
    expectOneSignal(text, type, evidence);
  });

  it.each([
    ['Thanks, we received your catalogue.', 'intent.quotation'],
    ['We do not need a quote yet', 'intent.quotation'],
    ['No rush on this one', 'intent.urgency'],
    ['We will not place an order this year', 'intent.purchase'],
    ['The MOQ you gave is fine', 'intent.early_qualification'],
    ['Our team liked the lamps', 'intent.evaluation'],
  ] as const)('"%s" gives no %s', (text, type) => {
    expectNoSignal(text, type);
  });

  // Thanks for a quick reply praise one that came; they put no time pressure, in any language.
  it.each([
    ['Thanks for the super fast reply, much appreciated', 'en'],
    ['Appreciate your prompt response on this', 'en'],
    ['Gracias por la rápida respuesta, lo revisamos', 'es'],
    ['Merci pour votre réponse rapide, nous étudions le devis', 'fr'],
    ['Obrigado por uma resposta rápida, vamos analisar', 'pt'],
    ['شكرا على الرد السريع، سندرس العرض', 'ar'],
  ] as const)('"%s" gives no urgency (%s)', (text, language) => {
    expectNoSignal(text, 'intent.urgency', { language });
  });

  it.each([
    ['Send a fast quote please', 'en', 'fast quote'],
    ['Necesitamos una cotización rápida', 'es', 'cotización rápida'],
    ['Merci de nous envoyer un devis rapide', 'fr', 'devis rapide'],
  ] as const)('"%s" still gives urgency (%s)', (text, language, evidence) => {
    expectOneSignal(text, 'intent.urgency', evidence, { language });
  });

  // A header naming an RFQ already sent requests no quotation, but a header that opens a new RFQ does.
  it.each([
    ['Re: RFQ #4410 Let us start with a trial order of 50 pcs', 'en'],
    ['Mensaje sobre RFQ #CL-2291 (mallas antigranizo): su oferta es la más completa', 'es'],
    ['Referente à RFQ #BR-1180, ainda estamos avaliando as ofertas', 'pt'],
    ['Suite à la RFQ #55817, votre offre est en cours d’examen', 'fr'],
    ['رد على RFQ رقم 5512: وصلتنا العينات', 'ar'],
    ['Concernant la RFQ #55817 : la marchandise est bien arrivée.', 'fr'],
    ['Réf. RFQ #55817 : la marchandise est bien arrivée.', 'fr'],
    ['Sobre a RFQ #BR-1180: a mercadoria chegou bem.', 'pt'],
    ['En relación con la RFQ #CL-2291: todo llegó bien.', 'es'],
    ['RFQ #4410 follow up', 'en'],
    ['RFQ 40021 - status?', 'en'],
    ['RFQ #55817 : relance', 'fr'],
    ['RFQ #BR-1180 acompanhamento', 'pt'],
    ['RFQ 44102 follow-up: USD 96 per lock is too high', 'en'],
    ['RFQ #61502 – mensagem do comprador: Recebi o preço, obrigado.', 'pt'],
    ["Message de l'acheteur (RFQ #SN-1160) : vos prix sont corrects.", 'fr'],
    ['Mensagem automática – RFQ #60601: o comprador prorrogou o prazo.', 'pt'],
    ['RFQ #4410 closed', 'en'],
    ['RFQ 5531 cancelled, thanks', 'en'],
  ] as const)('"%s" is no quotation request (%s)', (text, language) => {
    expectNoSignal(text, 'intent.quotation', { language });
  });

  it.each([
    ['RFQ #445920 | Product: yoga mats, TPE 6 mm, 2,000 pcs', 'en'],
    ['RFQ #CO-88214 Producto: uniformes quirúrgicos', 'es'],
  ] as const)('"%s" is a quotation request (%s)', (text, language) => {
    expect(signalsOf(analyze(text, { language }), 'intent.quotation')).not.toEqual([]);
  });

  // A stock question comes before buying: the buyer checks the supplier can deliver at all.
  it.each([
    ['Hello, is the rattan armchair still available?', 'en'],
    ['Is the wooden train set still in stock? We need 24.', 'en'],
    ['Do you have these in stock or is it made to order?', 'en'],
    ['Salam, vous avez les pagnes wax en stock ?', 'fr'],
    ['Ainda tem o azul em estoque?', 'pt'],
    ['عندكم ستوك جاهز ولا تصنيع؟', 'ar'],
    ['هل ما زالت كاميرا 4MP متوفرة؟', 'ar'],
  ] as const)('reads the stock question "%s" as early qualification (%s)', (text, language) => {
    expect(signalsOf(analyze(text, { language }), 'intent.early_qualification')).not.toEqual([]);
  });

  // NOTE: the learned layer still reads "available" alone as qualification, so this checks the rules.
  it.each(['Are you still available for a call tomorrow?', 'Is the position still available?'])('reads "%s" as no stock question', (text) => {
    expect(signalsOf(analyze(text, { language: 'en' }, { learned: null }), 'intent.early_qualification')).toEqual([]);
  });

  it('reads stock in a statement as none', () => {
    const text = 'Vous pouvez nous envoyer ce que vous avez en stock maintenant et le reste plus tard.';
    expect(signalsOf(analyze(text, { language: 'fr' }), 'intent.early_qualification')).toEqual([]);
  });

  it('reads "donne-moi le prix" as quotation', () => {
    expect(signalsOf(analyze('Donne-moi le prix du jour pour 5 tonnes', { language: 'fr' }), 'intent.quotation')).not.toEqual([]);
  });

  it('reads a deadline a few days away as urgency', () => {
    expectOneSignal('Deliver the goods by next Friday', 'intent.urgency', 'next Friday');
  });

  it.each([
    ['Out of office till Monday, will circle back then.', 'en'],
    ["Je suis en congé jusqu'à lundi, je reviens vers vous après.", 'fr'],
  ] as const)('reads no urgency in the buyer\'s own wait: "%s"', (text, language) => {
    expectNoSignal(text, 'intent.urgency', { language });
  });

  it.each([
    ['Out of office until 20 March. For anything urgent contact my colleague.', 'en'],
    ['Estoy de vacaciones. Para temas urgentes escribir a compras@example.com', 'es'],
    ['Estou fora. Em caso de urgência, falar com a Ana.', 'pt'],
    ['Je suis absent. Pour toute urgence, contactez Marc.', 'fr'],
  ] as const)('reads no urgency where an away notice points elsewhere: "%s"', (text, language) => {
    expectNoSignal(text, 'intent.urgency', { language });
  });

  // Over ten writer rounds these words were rarely labeled urgent: "right now" means currently, and
  // "tout de suite" or a reminder states the buyer's own pace, not pressure on the seller.
  it.each([
    ['The market is slow right now, let us talk after the holidays.', 'en'],
    ['Matchez ce prix et on signe tout de suite.', 'fr'],
    ['Petit rappel concernant notre demande de devis.', 'fr'],
  ] as const)('reads no urgency in "%s"', (text, language) => {
    expectNoSignal(text, 'intent.urgency', { language });
  });

  it('applies cancelling words to a non-negatable cue', () => {
    const cues: LanguageCues = { ...EN, signals: [{ id: 'test.urgent', type: 'intent.urgency', pattern: 'urgent', strength: 0.9, negatable: false, cancelledBy: ['anything'] }] };
    const urgency = (text: string) => signalsOf(analyze(text, {}, { cues, learned: null }), 'intent.urgency');
    expect(urgency('For anything urgent call Ana')).toEqual([]);
    expect(urgency('This is urgent')).toHaveLength(1);
    expect(urgency('This is not urgent')).toHaveLength(1);
  });

  it('does not read a distant deadline as urgency', () => {
    expectNoSignal('Deliver by 30 November', 'intent.urgency');
  });

  // A certificate of origin is a shipping document, not material to judge the product.
  it.each([
    ['Kindly send the original certificate of origin.', 'en'],
    ['¿Nos pueden enviar el certificado de origen?', 'es'],
    ['Podem enviar o certificado de origem?', 'pt'],
    ["Pouvez-vous envoyer le certificat d'origine ?", 'fr'],
    ['نرجو إرسال شهادة المنشأ مصدقة من الغرفة', 'ar'],
    ['Do you have a certificate of origin?', 'en'],
    ['¿Tienen certificado de origen?', 'es'],
    ['Vocês têm certificado de origem?', 'pt'],
    ["Avez-vous un certificat d'origine ?", 'fr'],
    ['هل عندكم شهادة المنشأ؟', 'ar'],
  ])('reads no evaluation in "%s"', (text, language) => {
    const types = analyzeMessage({ id: 'm', text, language, direction: 'inbound' }, { learned: null }).signals.map((s) => s.type);
    expect(types).not.toContain('intent.evaluation');
  });

  it('still reads a quality certificate request as evaluation', () => {
    const types = analyzeMessage({ id: 'm', text: 'Please send the ISO certificate of the plant.', direction: 'inbound' }, { learned: null }).signals.map((s) => s.type);
    expect(types).toContain('intent.evaluation');
  });
});

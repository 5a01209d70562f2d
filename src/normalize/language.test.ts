import { describe, expect, it } from 'vitest';
import { tokenize } from '../extract/text/tokens.js';
import { cueWordLanguage } from '../extract/lang/cue-words.js';
import { detectLanguage, detectLanguageWithMethod } from './language.js';
import { HELD_OUT_CASES, LONG_CASES, SHORT_CASES, type LanguageCase } from './language-cases.js';

/** Share of cases detected right, with and without the extract tokens. */
function accuracy(cases: readonly LanguageCase[]): { plain: number; tokens: number } {
  let plain = 0;
  let tokens = 0;
  for (const c of cases) {
    plain += detectLanguage(c.text).code === c.code ? 1 : 0;
    tokens += detectLanguageWithMethod(c.text, tokenize(c.text)).code === c.code ? 1 : 0;
  }
  return { plain: plain / cases.length, tokens: tokens / cases.length };
}

describe('detectLanguage', () => {
  it.each([
    ['Hello, please send your best price for 500 pieces delivered to our warehouse', 'en'],
    ['Buenos días, necesitamos el precio de quinientas piezas con entrega en nuestro almacén', 'es'],
    ['Bom dia, gostaria de saber o preço de quinhentas peças com entrega no nosso armazém', 'pt'],
    ['Bonjour, pouvez-vous nous envoyer le prix pour cinq cents pièces livrées à notre entrepôt', 'fr'],
    ['مرحبا، نحتاج إلى عرض سعر لخمسمائة قطعة مع التوصيل إلى مستودعنا', 'ar'],
  ])('detects "%s" as %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it.each([
    ['ok', 'en'],
    ['Gracias!', 'es'],
    ['Merci beaucoup', 'fr'],
    ['Obrigado pelo retorno', 'pt'],
    ['Por favor envie a fatura proforma.', 'pt'],
    ['Por favor envie la factura proforma.', 'es'],
    ['تمام', 'ar'],
    ['Venga', 'es'],
    ['BC ci-joint', 'fr'],
    ['Oi', 'pt'],
    ['Ano passado era 1,90. Por que subiu tanto?', 'pt'],
    ['El año pasado era 1,90. ¿Por qué subió tanto?', 'es'],
  ])('detects the short reply "%s" as %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('decides Arabic by script without franc', () => {
    expect(detectLanguageWithMethod('السعر من فضلك').method).toBe('script');
  });

  it('uses stop words on short text', () => {
    expect(detectLanguageWithMethod('gracias, el precio')).toMatchObject({ code: 'es', method: 'stopwords' });
  });

  it('falls back to English with low confidence', () => {
    const guess = detectLanguageWithMethod('ok 👍');
    expect(guess).toMatchObject({ code: 'en', method: 'fallback' });
    expect(guess.confidence).toBeLessThan(0.5);
  });

  it.each(['baddi 20 carton', 'ba3atli el catalogue please'])('reads "%s" as unsure Arabic', (text) => {
    expect(detectLanguage(text)).toEqual({ code: 'ar', confidence: 0.4 });
  });

  it.each(['Le confirmo la próxima semana', 'Ahí le cuento.', 'Les envío el PO mañana', 'Para diciembre capaz le compro algo, pero no le aseguro.'])('reads Spanish "le" in "%s"', (text) => {
    expect(detectLanguage(text).code).toBe('es');
    expect(detectLanguageWithMethod(text, tokenize(text)).code).toBe('es');
  });

  it.each([
    ['Entrega em dezembro', 'pt'],
    ['Livraison en décembre', 'fr'],
    ['Entrega en diciembre', 'es'],
    ['Manda logo a proforma se puder.', 'pt'],
    ['Laissez-moi y réfléchir', 'fr'],
    ['Je vais y réfléchir.', 'fr'],
    ['Envoyez-nous la fiche', 'fr'],
    ['Envie-me o catálogo', 'pt'],
    ['Precio y plazo', 'es'],
  ] as const)('reads "%s" as %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
    expect(detectLanguageWithMethod(text, tokenize(text)).code).toBe(code);
  });

  it.each([
    ['Manufacturers only, no traders', 'en'],
    ['Goods received, 20 pcs broken.', 'en'],
    ['Ey, llegaron 48 cubetas, no 50. Faltan 2 de beige arena.', 'es'],
    ['Pedido #2291 llegó completo. Todo ok.', 'es'],
  ])('reads the short line "%s" as %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('keeps French "le" before nouns', () => {
    expect(detectLanguage('Le numéro de commande est 123').code).toBe('fr');
  });

  it('reads a shared Iberian word as Spanish', () => {
    expect(detectLanguage('Entendido.')).toEqual({ code: 'es', confidence: 0.4 });
    expect(detectLanguage('Claro!')).toEqual({ code: 'es', confidence: 0.4 });
  });

  it.each([
    'Location: https://maps.google.com/?q=41.38,2.17',
    'Email: vous.pour.les.commandes@example.fr',
    'Contact: https://example.es/los-precios-del-mes',
  ])('lets no word of an address vote in "%s"', (text) => {
    expect(detectLanguageWithMethod(text).code).toBe('en');
    expect(detectLanguageWithMethod(text, tokenize(text)).code).toBe('en');
  });

  it('returns a confidence in [0, 1]', () => {
    const { confidence } = detectLanguage('Merci pour votre offre, nous allons réfléchir et revenir vers vous');
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('handles empty text', () => {
    expect(detectLanguage('')).toEqual({ code: 'en', confidence: 0.3 });
  });
});

describe('detectLanguage on mixed messages', () => {
  it.each([
    ['CIF Los Angeles, 2x40HQ', 'en'],
    ['Quote 500 units DAP Rio de Janeiro', 'en'],
    ['Los Angeles warehouse needs 300 units', 'en'],
    ['Shipment to Buenos Aires via Santos, please confirm', 'en'],
  ])('does not let place names vote in "%s"', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it.each([
    ['Hola, ¿cuál es el MOQ y el lead time FOB Shanghai?', 'es'],
    ['Best price? El target price del cliente es USD 9,50', 'es'],
    ['Le MOQ est trop élevé, et le lead time?', 'fr'],
    ['Qual o MOQ e o lead time para CIF Santos?', 'pt'],
  ])('reads "%s" by its main language despite English terms', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it.each([
    ['نحتاج LED panel 600x600 بسعر FOB والـ MOQ كم؟', 'ar'],
    ['ok حبيبي', 'ar'],
    ['Please send the catalog, شكرا جزيلا', 'en'],
    ['We confirm the order, إن شاء الله we pay the deposit tomorrow', 'en'],
  ])('weighs Arabic script against Latin stop words in "%s"', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('lets capitals vote when the whole message is in Title Case', () => {
    expect(detectLanguage('Muchas Gracias Por Todo').code).toBe('es');
    expect(detectLanguage('Muchas Gracias MOQ').code).toBe('es');
  });

  it.each([
    ['Listo.', 'es'],
    ['Entendu.', 'fr'],
    ['Merciiii 🙏', 'fr'],
    ['valeuuu', 'pt'],
    ['kkkkk blz', 'pt'],
    ['jajaja dale', 'es'],
    ['vc recebeu?', 'pt'],
    ['<Mídia oculta>', 'pt'],
    ['Appel vocal manqué', 'fr'],
    ['\u200eimagen omitida', 'es'],
    ['De acuerdo.', 'es'],
    ['Perfeito.', 'pt'],
    ['ok mrc', 'fr'],
  ])('reads chat words, stretched letters and a final period in "%s" as %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
    expect(detectLanguageWithMethod(text, tokenize(text)).code).toBe(code);
  });

  it('prefers Portuguese stop words to franc', () => {
    const text = 'Se o frete ficar abaixo de USD 2.300 CFR Maputo, fechamos duas cargas para a obra no mês que vem.';
    expect(detectLanguageWithMethod(text)).toMatchObject({ code: 'pt', method: 'stopwords' });
  });

  it.each([
    ['marhaba, 3andkom stock mn el kartoon el kbir? bidde 300', 'ar'],
    ['chhal l prix dyal had l model? bghina 2 palettes', 'ar'],
    ['tamam habibi, ba3atli el PI', 'ar'],
    ['3andkom stock?', 'ar'],
    ['kam se3r el carton?', 'ar'],
    // "el" is a Spanish stop word, but beside an Arabizi word it is the Arabic article.
    ['tamam ok el order, nafs el alwan w nafs el size', 'ar'],
    ['wain el shipment? el tracking wa2ef', 'ar'],
    ['el MOQ 3ndkom kteer, badna el sample awal', 'ar'],
  ])('reads Arabic in Latin letters "%s" as %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
    expect(detectLanguageWithMethod(text, tokenize(text)).code).toBe(code);
  });

  it.each([
    ['No podemos pagar 50% por adelantado, otro proveedor nos da 90 días de crédito.', 'es'],
    ['No aceptamos 50% de anticipo, otro proveedor nos da crédito.', 'es'],
    ['Um fornecedor de Ningbo me ofereceu o mesmo painel por US$ 1,80 a peça.', 'pt'],
    ['Só amanhã, mas fica combinado', 'pt'],
  ])('tells Spanish from Portuguese by a lead in stop words: "%s"', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('keeps Spanish "el" for Spanish when no Arabizi word is near', () => {
    expect(detectLanguage('el precio del contenedor').code).toBe('es');
    expect(detectLanguage('Hala, el pedido llega el lunes al puerto').code).toBe('es');
  });

  it('ignores codes and one Arabic loanword', () => {
    expect(detectLanguage('yalla on y va, confirmez-moi la date de chargement svp').code).toBe('fr');
    expect(detectLanguage('b2b order for 3 units, m3 and kg in the spec sheet').code).toBe('en');
    expect(detectLanguage('gen2 model with the mk3 board').code).toBe('en');
  });

  it('reads English with Arabic courtesy as English', () => {
    expect(detectLanguage('Tamam, inshallah we confirm Sunday').code).toBe('en');
    expect(detectLanguage('ok habibi inshallah').code).toBe('en');
    expect(detectLanguage('ok noted, shukran').code).toBe('en');
  });

  it('does not let trade codes in capitals vote', () => {
    // "CE" would be French "ce" if codes voted.
    expect(detectLanguageWithMethod('is it CE and RoHS certified').code).toBe('en');
  });
});

describe('detection accuracy on hand-written messages', () => {
  it('is right on every short and long case it was tuned on', () => {
    expect(accuracy(SHORT_CASES)).toEqual({ plain: 1, tokens: 1 });
    expect(accuracy(LONG_CASES)).toEqual({ plain: 1, tokens: 1 });
  });

  it('is right on at least 85% of the held-out cases', () => {
    const { plain, tokens } = accuracy(HELD_OUT_CASES);
    expect(plain).toBeGreaterThanOrEqual(0.85);
    expect(tokens).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps every short case under 20 letters', () => {
    for (const c of SHORT_CASES) {
      expect([...c.text].filter((ch) => /\p{L}/u.test(ch)).length, c.text).toBeLessThan(20);
    }
  });
});

describe('detectLanguage with cue words', () => {
  it.each([
    ['Cerramos.', 'es'],
    ['Cerraaamos!! 🙌', 'es'],
    ['On signe.', 'fr'],
    ['Top ! On valide 👍', 'fr'],
    ['Pix feito ✅', 'pt'],
    ['Tem RoHS?', 'pt'],
    ['Destino: porto de Santos.', 'pt'],
    ['Frete-grátis?', 'pt'],
  ])('reads the short line "%s" as %s from the cue packs', (text, code) => {
    const guess = detectLanguageWithMethod(text, undefined, cueWordLanguage);
    expect(guess).toMatchObject({ code, method: 'cue-words' });
    expect(guess.confidence).toBeLessThan(0.5);
    expect(detectLanguageWithMethod(text).code).not.toBe(code);
  });

  it.each(['Voice message (0:47)', 'ok bro', 'Commercial director', 'Deal.'])('reads "%s" as English', (text) => {
    expect(detectLanguageWithMethod(text, undefined, cueWordLanguage).code).toBe('en');
  });

  it.each(['Pedido confirmado', 'Pago realizado', 'Ficha técnica?'])('reads "%s" as unsure Spanish', (text) => {
    expect(detectLanguageWithMethod(text, undefined, cueWordLanguage)).toMatchObject({ code: 'es', confidence: 0.4 });
  });

  it('reads Portuguese weekday names as Portuguese', () => {
    expect(detectLanguageWithMethod('Envio a PO segunda-feira')).toMatchObject({ code: 'pt', method: 'stopwords' });
  });

  it('counts capitals beside a one-letter capital', () => {
    expect(detectLanguageWithMethod('ME MANDA O RASTREIO AGORA. 3 SEMANAS')).toMatchObject({ code: 'pt', method: 'stopwords' });
  });
});

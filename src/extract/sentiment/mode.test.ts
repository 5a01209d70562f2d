import { describe, expect, it } from 'vitest';
import type { Sentiment, SentimentMode, Signal, SignalType } from '../../core/types.js';
import { analyze } from '../test-builder.js';
import { findIronyMarkers } from './irony.js';
import { chooseMode } from './mode.js';
import { signalVotes } from './signal-votes.js';
import { tokenize } from '../text/tokens.js';
import type { Wording } from './wording.js';

/**
 * The mode the cue rules decide: these cases pin the rules of `mode.ts`, one
 * per rule. The learned layer may change a neutral rule mode; its own cases
 * are in `learned/learned.test.ts`.
 */
function sentimentOf(text: string, language: string): Sentiment {
  const sentiment = analyze(text, { language }, { learned: null }).sentiment;
  expect(sentiment).not.toBeNull();
  return sentiment as Sentiment;
}

// Messages written for these tests, one per rule and language. Each reads
// through the language's own cue tables, so a case also fails when a pack
// loses a cue the rule depends on.
const CASES: [language: string, mode: SentimentMode, text: string][] = [
  ['en', 'neutral', 'Good afternoon, could you send the price list for your 20W floodlights? Thank you!'],
  ['en', 'neutral', 'Merry Christmas to you and the whole team 🎄 all the best'],
  ['en', 'neutral', 'Your lead time of 70 days is longer than we planned for. Can it be shortened to 45?'],
  ['en', 'frustrated', 'This is the fourth reminder and still no tracking number. Totally unacceptable.'],
  ['en', 'constructive', 'The MOQ of 3,000 is too high for a first run, but we could start with 1,000 and add a second lot in June.'],
  ['en', 'hesitant', 'Not sure we can commit this quarter, maybe after the trade show. Let me discuss with my partner.'],
  ['en', 'highly_engaged', 'Fantastic news!! The board approved the budget, we are placing the order for 5,000 units today 🎉'],
  ['en', 'frustrated', 'Love the "express shipping" 👏 two weeks late and still no tracking number.'],
  ['en', 'constructive', 'We had concerns about the lead time, but 40 days is fine now. Please prepare the contract.'],
  ['en', 'frustrated', 'That offer does not work for us at all and frankly the delays are killing our season.'],
  ['es', 'neutral', 'Buenos días, ¿nos pueden enviar el catálogo actualizado? Muchas gracias y saludos cordiales.'],
  ['es', 'frustrated', 'Llevamos un mes esperando y nadie responde. Esto es inaceptable.'],
  ['es', 'constructive', 'El precio de 6,20 USD es alto para nosotros; si lo dejan en 5,80 podemos tomar 8.000 unidades.'],
  ['es', 'hesitant', 'Todavía no sabemos si vamos a comprar este año, quizás más adelante. Lo consulto con gerencia.'],
  ['es', 'highly_engaged', '¡Excelente! Las muestras nos encantaron 😍 Queremos hacer el pedido esta misma semana.'],
  ['es', 'skeptical', 'Un proveedor anterior nos estafó con el anticipo, por eso solo trabajamos con carta de crédito.'],
  ['fr', 'neutral', "Bonjour, pourriez-vous nous envoyer la fiche technique du modèle X200 ? Merci d'avance, cordialement."],
  ['fr', 'frustrated', "Toujours aucune nouvelle de la livraison, c'est inadmissible. Vous ne répondez jamais."],
  ['fr', 'hesitant', "On hésite encore, peut-être au printemps. Je dois en parler à mon associé."],
  ['fr', 'highly_engaged', 'Génial !! Les échantillons sont parfaits, on passe commande de 2 000 pièces dès demain 🎉'],
  ['pt', 'neutral', 'Bom dia, podem enviar a tabela de preços atualizada? Obrigado, abraços.'],
  ['pt', 'frustrated', 'Já é a terceira vez que pergunto e ninguém responde. Assim não dá, que falta de respeito.'],
  ['pt', 'hesitant', 'Ainda não decidimos, talvez no próximo trimestre. Vou conversar com o meu sócio.'],
  ['pt', 'highly_engaged', 'Maravilha!! As amostras ficaram perfeitas 😍 vamos fechar o pedido hoje mesmo.'],
  ['ar', 'neutral', 'صباح الخير، ممكن ترسلون لنا كتالوج المنتجات؟ شكرا جزيلا'],
  ['ar', 'frustrated', 'صار لنا شهر ننتظر ومحد يرد علينا، هذا شي غير مقبول'],
  ['ar', 'hesitant', 'لسه ما قررنا، يمكن بعد رمضان. لازم أشاور المدير'],
  ['ar', 'highly_engaged', 'ممتاز جدا!! العينات رائعة 😍 بنطلب 3 حاويات هالأسبوع'],
];

describe('sentiment mode in five languages', () => {
  it.each(CASES)('%s message is %s: %s', (language, mode, text) => {
    expect(sentimentOf(text, language).mode).toBe(mode);
  });
});

describe('negated sentiment phrases', () => {
  it.each([
    ['fr', 'Ce délai nous convient.', 'Ce délai ne nous convient pas.'],
    ['fr', 'Ça nous convient.', 'Ça nous convient pas.'],
    ['es', 'Ese plazo nos conviene.', 'Ese plazo no nos conviene.'],
    ['pt', 'Esse prazo funciona para nós.', 'Esse prazo não funciona para nós.'],
    ['en', 'This works for us.', 'This does not work for us.'],
  ])('%s "%s" is constructive and its negation is not', (language, positive, negated) => {
    expect(sentimentOf(positive, language).mode).toBe('constructive');
    const sentiment = sentimentOf(negated, language);
    expect(sentiment.mode).not.toBe('constructive');
    expect(sentiment.polarity).toBeLessThan(0);
  });

  it('keeps an idiom written with its own negator', () => {
    expect(sentimentOf('Not bad at all, the finish looks fine', 'en').mode).toBe('constructive');
    expect(sentimentOf('No problem, we can work with that', 'en').polarity).toBeGreaterThan(0);
  });
});

describe('mode decision order', () => {
  it('reads praise with an irony emoji as frustration', () => {
    const sentiment = sentimentOf('Great job on the packing 🙃 half the cartons arrived open', 'en');
    expect(sentiment.mode).toBe('frustrated');
    expect(sentiment.polarity).toBeLessThan(0);
    expect((sentiment.evidence ?? []).map((e) => e.rule)).toContain('irony');
  });

  it('reads scare quotes beside an objection as frustration', () => {
    expect(sentimentOf('Your "discount" still leaves the price too high.', 'en').mode).toBe('frustrated');
  });

  it('keeps applause without a complaint as praise', () => {
    expect(sentimentOf('Excellent work on the samples 👏 the colours are perfect!', 'en').mode).toBe('highly_engaged');
  });

  it('puts a hedge before mild agreement', () => {
    expect(sentimentOf('The price looks good, but maybe we wait until next quarter.', 'en').mode).toBe('hesitant');
  });

  it('lets a settled worry read as agreement', () => {
    const sentiment = sentimentOf('We were worried about the MOQ, but 500 pcs is fine now.', 'en');
    expect(sentiment.mode).toBe('constructive');
    expect((sentiment.evidence ?? []).map((e) => e.text)).not.toContain('worried');
  });

  it('does not settle on a negated resolution', () => {
    expect(sentimentOf("C'est la deuxième fois que la facture est fausse, et ce n'est toujours pas corrigé.", 'fr').mode).toBe('frustrated');
  });

  it('keeps greetings, thanks and acknowledgement emoji neutral', () => {
    expect(sentimentOf('Happy new year! 👍 Thanks for the update, noted.', 'en').mode).toBe('neutral');
    expect(sentimentOf('Thank you 🙏🙏', 'en').mode).toBe('neutral');
  });

  it('reads a capitalized name part as no praise', () => {
    expect(sentimentOf('We will visit your booth at the Canton Fair in April.', 'en').polarity).toBe(0);
    expect(sentimentOf('The price is fair.', 'en').polarity).toBeGreaterThan(0);
  });

  it('reads anger about a past supplier as distrust', () => {
    const sentiment = sentimentOf('We were cheated by our previous supplier, so this time we pay only after inspection.', 'en');
    expect(sentiment.mode).toBe('skeptical');
    expect((sentiment.evidence ?? []).map((e) => e.rule)).toContain('past_supplier.lexicon.cheated');
  });
});

describe('chooseMode', () => {
  const votes = (v: Partial<Record<'frustrated' | 'skeptical' | 'hesitant' | 'engaged' | 'constructive', number>>) => ({
    frustrated: 0,
    skeptical: 0,
    hesitant: 0,
    engaged: 0,
    constructive: 0,
    ...v,
  });

  it('returns neutral below the threshold', () => {
    expect(chooseMode(votes({ constructive: 0.7, hesitant: 0.7 }))).toBe('neutral');
  });

  it('prefers resistance to progress', () => {
    expect(chooseMode(votes({ hesitant: 1, constructive: 1.8 }))).toBe('hesitant');
  });

  it('lets a much larger progress vote win', () => {
    expect(chooseMode(votes({ hesitant: 0.8, constructive: 1.8 }))).toBe('constructive');
  });

  it('breaks resistance ties in actionable order', () => {
    expect(chooseMode(votes({ skeptical: 1, frustrated: 1 }))).toBe('frustrated');
  });

  it('prefers engaged to constructive', () => {
    expect(chooseMode(votes({ engaged: 0.8, constructive: 2 }))).toBe('highly_engaged');
  });
});

describe('signalVotes', () => {
  function signal(type: SignalType, strength = 0.8): Signal {
    return { type, strength, evidence: [{ start: 0, end: 4, text: 'word' }] };
  }
  const plain: Wording = { complaint: false, enthusiasm: false, doubt: false };

  function modesOf(signals: Signal[], wording: Wording): string[] {
    return signalVotes(signals, wording).map((v) => `${v.rule}:${v.mode}`);
  }

  it('gives a plain objection to the terms no vote', () => {
    expect(modesOf([signal('objection.price')], plain)).toEqual([]);
  });

  it('reads an objection with negative wording as frustration', () => {
    expect(modesOf([signal('objection.lead_time')], { ...plain, complaint: true })).toEqual(['objection.lead_time:frustrated']);
  });

  it('reads an objection with a counter-offer as constructive', () => {
    const found = modesOf([signal('objection.moq'), signal('relationship.negotiation_openness')], plain);
    expect(found).toEqual(['objection.moq:constructive', 'relationship.negotiation_openness:constructive']);
  });

  it('reads supplier history as distrust whatever the wording', () => {
    expect(modesOf([signal('objection.supplier_history')], { ...plain, complaint: true })).toEqual(['objection.supplier_history:skeptical']);
  });

  it('gives a certificate fact no vote and a certificate doubt a skeptical one', () => {
    expect(modesOf([signal('objection.certification')], plain)).toEqual([]);
    expect(modesOf([signal('objection.certification')], { ...plain, doubt: true })).toEqual(['objection.certification:skeptical']);
  });

  it('counts progress once, by the strongest signal', () => {
    const votes = signalVotes([signal('commitment.order_confirmation', 0.9), signal('intent.purchase', 0.8)], plain);
    expect(votes.map((v) => v.rule)).toEqual(['intent.purchase']);
    expect(votes[0]?.weight).toBeCloseTo(0.8);
  });

  it('gives a payment report no vote unless said with enthusiasm', () => {
    expect(modesOf([signal('commitment.payment')], plain)).toEqual([]);
    expect(modesOf([signal('commitment.payment')], { ...plain, enthusiasm: true })).toEqual(['commitment.payment:engaged']);
  });

  it('adds engagement to an urgent purchase', () => {
    const found = modesOf([signal('intent.purchase'), signal('intent.urgency')], plain);
    expect(found).toContain('intent.purchase:engaged');
  });
});

describe('findIronyMarkers', () => {
  function markers(text: string): ReturnType<typeof findIronyMarkers> {
    return findIronyMarkers(text, tokenize(text));
  }

  it('finds an irony emoji', () => {
    expect(markers('thanks 🙃').ironic).toEqual([{ start: 7, end: 9 }]);
  });

  it('finds scare quotes of a few words in several quote styles', () => {
    expect(markers('the "premium" grade').mocking).toEqual([{ start: 4, end: 13 }]);
    expect(markers('la « conjoncture » encore').mocking).toHaveLength(1);
  });

  it('finds single scare quotes but no apostrophe or inch mark', () => {
    const text = "El rollo es 'azul marino' según ustedes.";
    expect(markers(text).quotes.map((q) => text.slice(q.start, q.end))).toEqual(["'azul marino'"]);
    expect(markers("l'offre d'aujourd'hui, don't worry, the suppliers' prices").quotes).toEqual([]);
    expect(markers('Válvulas de 1", 2" y 3" en bronce').quotes).toEqual([]);
  });

  it('ignores a long quotation', () => {
    expect(markers('he wrote "we will ship all of the goods next week for sure" yesterday').mocking).toEqual([]);
  });
});

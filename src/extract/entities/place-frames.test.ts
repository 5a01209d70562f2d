import { describe, expect, it } from 'vitest';
import type { ExtractInput, Message, MessageAnalysis } from '../../core/types.js';
import { buildContext } from '../../model/context.js';
import { buyerProfile } from '../../model/profile.js';
import { analyzeMessage } from '../index.js';
import { analyze, signalsOf } from '../test-builder.js';

type Language = 'en' | 'es' | 'pt' | 'fr' | 'ar';

function read(text: string, language: Language): MessageAnalysis {
  return analyze(text, { language } satisfies Partial<ExtractInput>);
}

function region(analysis: MessageAnalysis) {
  return signalsOf(analysis, 'context.region')[0];
}

function deliveryTerms(analysis: MessageAnalysis) {
  return signalsOf(analysis, 'commitment.delivery_terms')[0];
}

function portNames(analysis: MessageAnalysis): string[] {
  return analysis.entities.flatMap((e) => (e.type === 'port' ? [e.text] : []));
}

/** Places named as a supplier's, competitor's or factory's location or the goods' origin. */
const FOREIGN: [Language, string, string][] = [
  ['en', 'A supplier in Ningbo offered us 2.80 for the same panel.', 'Ningbo'],
  ['en', 'A factory in Shenzhen quoted 2.60, can you match?', 'Shenzhen'],
  ['en', 'These panels are made in Vietnam and cheaper.', 'Vietnam'],
  ['en', 'The supplier we use in Ningbo charges 2.40 for the same panel.', 'Ningbo'],
  ['en', 'A vendor that we worked with in Izmir delivered faster.', 'Izmir'],
  ['es', 'El proveedor con el que trabajamos en Ningbo cobra menos.', 'Ningbo'],
  ['pt', 'O fornecedor com quem trabalhamos em Ningbo cobra menos.', 'Ningbo'],
  ['fr', 'Le fournisseur avec qui nous travaillons à Izmir livre plus vite.', 'Izmir'],
  ['en', 'We used to buy from Turkey but the quality dropped.', 'Turkey'],
  ['en', 'Our suppliers in China and Vietnam give 60 days credit.', 'Vietnam'],
  ['en', 'A Ningbo supplier offered us 2.80.', 'Ningbo'],
  ['es', 'Un proveedor de Ningbo nos ofrece el mismo producto a 3,10', 'Ningbo'],
  ['es', 'Tuvimos una mala experiencia con un proveedor de la India.', 'India'],
  ['es', 'Tenemos un proveedor en Shanghai que nos da mejor precio.', 'Shanghai'],
  ['es', 'Antes comprábamos en Turquía, ahora buscamos otro proveedor.', 'Turquía'],
  ['pt', 'O fornecedor de Guangzhou cobra menos pelo mesmo painel.', 'Guangzhou'],
  ['pt', 'Uma vez compramos de um fornecedor do Vietnã que trocou o material.', 'Vietnã'],
  ['pt', 'Esses painéis são fabricados na China e custam menos.', 'China'],
  ['fr', 'Un fournisseur à Shenzhen nous propose 2,90 pour le même produit.', 'Shenzhen'],
  ['fr', 'Ces lampes sont fabriquées en Chine et coûtent moins cher.', 'Chine'],
  ['fr', 'Notre fournisseur actuel en Turquie livre en 30 jours.', 'Turquie'],
  ['ar', 'مورد من الصين عرض علينا سعر أقل', 'الصين'],
  ['ar', 'كنا نشتري من تركيا لكن الجودة ضعيفة', 'تركيا'],
  ['ar', 'المنافسين في الهند يبيعون بسعر أقل', 'الهند'],
  ['ar', 'المورد التركي في إسطنبول عرض علينا 12.80 دولار', 'إسطنبول'],
  ['fr', 'Un fournisseur italien de Milan nous propose 7,50 EUR la pièce.', 'Milan'],
  ['es', 'Un proveedor turco en Estambul nos da mejor precio.', 'Estambul'],
  ['pt', 'Um fornecedor chinês de Ningbo oferece 2,90.', 'Ningbo'],
  ['en', 'Hi, we met at the fair in Guangzhou last month.', 'Guangzhou'],
  ['pt', 'Olá, nos conhecemos na feira em Guangzhou no mês passado.', 'Guangzhou'],
  ['es', 'Hola, nos conocimos en la feria de Shanghai en abril.', 'Shanghai'],
  ['fr', 'Bonjour, nous nous sommes rencontrés au salon de Shanghai.', 'Shanghai'],
];

/** Places the buyer names as its own location or destination, with the country they give. */
const OWN: [Language, string, string][] = [
  ['en', 'Please quote CIF Callao, we are a distributor in Lima.', 'PE'],
  ['en', 'Deliver to our factory in Lagos please.', 'NG'],
  ['en', 'We are a leading supplier in Kenya, please quote 500 pcs.', 'KE'],
  ['en', 'We have a factory in Lagos and need 500 pcs.', 'NG'],
  ['en', 'We are suppliers and we ship from Mombasa, quote 300 pcs.', 'KE'],
  ['es', 'Buscamos un proveedor que nos entregue en Lima, CIF Callao.', 'PE'],
  ['es', 'Necesitamos CIF Callao, entrega en nuestro almacén en Lima.', 'PE'],
  ['es', 'Somos fabricantes de muebles en Bogotá y necesitamos bisagras.', 'CO'],
  ['pt', 'Precisamos de preço CIF Santos, entrega no nosso armazém em Campinas.', 'BR'],
  ['pt', 'Temos uma fábrica em Curitiba e precisamos de 3 mil peças.', 'BR'],
  ['fr', 'Nous sommes à Dakar, merci de coter CIF Dakar.', 'SN'],
  ['fr', 'Nous avons une usine à Casablanca et il nous faut 2 conteneurs.', 'MA'],
  ['ar', 'نريد السعر إلى ميناء جدة', 'SA'],
  ['ar', 'نحن موردين في الكويت ونحتاج عرض سعر', 'KW'],
];

/** A competitor's place and the buyer's destination in one message. */
const BOTH: [Language, string, string, string][] = [
  ['en', 'A supplier in Ningbo offers 2.80. We need it CIF Callao.', 'Ningbo', 'PE'],
  ['es', 'Un proveedor de Ningbo nos ofrece 3,10. Necesitamos CIF Callao.', 'Ningbo', 'PE'],
  ['pt', 'Um fornecedor de Ningbo me passou 3,15. Preciso CIF Santos.', 'Ningbo', 'BR'],
  ['fr', 'Un fournisseur à Shenzhen nous propose 2,90. Il nous faut CIF Dakar.', 'Shenzhen', 'SN'],
  ['ar', 'مورد من الصين عرض علينا سعر أقل، نحتاج الشحن إلى ميناء جدة', 'الصين', 'SA'],
];

/** A port where the goods go: delivery terms with the port as evidence. */
const DESTINATION_PORTS: [Language, string, string][] = [
  ['en', 'Please book the earliest vessel to Jebel Ali.', 'Jebel Ali'],
  ['en', 'Free freight till Port Qasim and we are done.', 'Port Qasim'],
  ['en', 'Discharge port should be Dammam, not Jubail.', 'Dammam'],
  ['es', 'Pueden embarcar el resto de la mercadería al Callao.', 'Callao'],
  ['es', 'Necesitamos la mercadería en San Antonio a más tardar el 15 de agosto.', 'San Antonio'],
  ['pt', 'Favor embarcar via Maersk, porto de destino Pecém.', 'Pecém'],
  ['pt', 'Se vocês incluírem o frete até Manaus, a gente fecha.', 'Manaus'],
  ['fr', "Il nous faut la marchandise au port d'Annaba avant le 15 octobre.", 'Annaba'],
  ['fr', 'Livraison au port de Dakar, on se charge du dédouanement.', 'Dakar'],
  ['ar', 'نحتاج الشحن إلى ميناء جدة قبل رمضان', 'جدة'],
];

/** A port where goods are stuck, arrived or left, or where the buyer is: no delivery terms. */
const OTHER_PORTS: [Language, string][] = [
  ['en', 'The container is still stuck at Jebel Ali customs.'],
  ['en', 'Vessel arrives Jebel Ali on Thursday, docs sent today.'],
  ['es', 'Buen día, el camión llega a Buenaventura a eso de las 3 pm.'],
  ['pt', 'Boa tarde. O container chegou no porto de Santos hoje.'],
  ['pt', 'Somos uma construtora em Maputo e gostaríamos de saber se exportam cimento.'],
  ['fr', 'Je suis à Douala demain, je passe voir le transitaire.'],
  ['fr', 'Le camion est bien arrivé à Tanger Med.'],
];

describe('place frames', () => {
  it.each(DESTINATION_PORTS)('read a destination port as delivery terms (%s): %s', (language, text, port) => {
    const terms = deliveryTerms(read(text, language));
    expect(terms?.evidence.some((e) => e.text.includes(port))).toBe(true);
  });

  it.each(OTHER_PORTS)('read a port that is no destination as no delivery terms (%s): %s', (language, text) => {
    const analysis = read(text, language);
    expect(portNames(analysis)).toHaveLength(1);
    expect(deliveryTerms(analysis)).toBeUndefined();
  });

  it.each(FOREIGN)('drop a supplier place (%s): %s', (language, text, place) => {
    const analysis = read(text, language);
    expect(region(analysis)).toBeUndefined();
    expect(portNames(analysis)).not.toContain(place);
    const terms = deliveryTerms(analysis);
    expect(terms?.evidence.map((e) => e.text) ?? []).not.toContain(place);
  });

  it.each(OWN)('keep the buyer place (%s): %s', (language, text, country) => {
    expect(region(read(text, language))?.value).toBe(country);
  });

  it.each(BOTH)('keep buyer place beside competitor (%s): %s', (language, text, foreign, country) => {
    const analysis = read(text, language);
    const signal = region(analysis);
    expect(signal?.value).toBe(country);
    expect(signal?.evidence.some((e) => e.text.includes(foreign))).toBe(false);
    expect(portNames(analysis)).not.toContain(foreign);
    const terms = deliveryTerms(analysis);
    expect(terms).toBeDefined();
    expect(terms?.evidence.some((e) => e.text.includes(foreign))).toBe(false);
  });

  it('keep destination port terms', () => {
    expect(deliveryTerms(read('Need CIF Callao, 2 containers.', 'en'))).toBeDefined();
  });
});

describe('buyerProfile with competitor places', () => {
  const lines: [id: string, direction: 'inbound' | 'outbound', text: string][] = [
    ['c1', 'inbound', 'Buenos días, necesito cotización de 2.000 paneles LED 60x60 40W'],
    ['c2', 'outbound', 'Hola Carlos, el precio es 3,45 USD por unidad.'],
    ['c3', 'inbound', 'Un proveedor de Ningbo nos ofrece el mismo producto a 3,10'],
    ['c4', 'inbound', 'Y nuestro proveedor actual en Shenzhen nos da 45 días de entrega'],
    ['c5', 'inbound', 'Si llegan a 3,20 cerramos. Necesitamos CIF Callao, entrega en nuestro almacén en Lima'],
  ];

  it('takes region from buyer destination', () => {
    const messages: Message[] = lines.map(([id, direction, text], i) => ({
      id,
      channel: 'whatsapp',
      conversationId: 'chat-carlos',
      direction,
      sender: direction === 'inbound' ? { name: 'Carlos', phone: null, email: null } : { name: 'Mei', phone: null, email: null },
      sentAt: `2026-05-12T09:0${i}:00-05:00`,
      text,
      rawText: text,
      attachments: [],
      language: null,
      subject: null,
      source: `test:${id}`,
      automated: false,
    }));
    const analyses = messages.map((m) => analyzeMessage({ id: m.id, text: m.text, sentAt: m.sentAt, direction: m.direction, sender: m.sender }));
    const profile = buyerProfile(buildContext({ id: 'chat-carlos', accountId: null, messages, analyses }, new Date('2026-05-13T00:00:00Z')));
    expect(profile.region?.country).toBe('PE');
    expect(profile.region?.confidence).toBe(1);
    expect(profile.otherRegions).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { languageCues } from '../lang/index.js';
import type { LanguageCues } from '../lang/types.js';
import { analyze, expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('quantity extractor', () => {
  it.each([
    ['We need 5,000 pcs next month', 5000, 'pcs', '5,000 pcs'],
    ['Need 2x40HQ, best price?', 2, 'containers_40hq', '2x40HQ'],
    ['Ship 1 x 20ft please', 1, 'containers_20ft', '1 x 20ft'],
    ["book 3 x 40' HC", 3, 'containers_40hq', "3 x 40' HC"],
    ['one 40ft container is enough', 1, 'containers_40ft', 'one 40ft'],
    ['Fill a 40HQ with mixed items', 1, 'containers_40hq', '40HQ'],
    ['about 500 kg of resin', 500, 'kg', '500 kg'],
    ['3 tons of copper wire', 3, 'tons', '3 tons'],
    ['10,000 m2 of flooring', 10000, 'm2', '10,000 m2'],
    ['200 sets of pumps', 200, 'sets', '200 sets'],
    ['1200 boxes of tiles', 1200, 'boxes', '1200 boxes'],
    ['80 rolls of film', 80, 'rolls', '80 rolls'],
    ['600 pairs of gloves', 600, 'pairs', '600 pairs'],
    ['2000 liters of oil', 2000, 'liters', '2000 liters'],
    ['Order 3000pcs now', 3000, 'pcs', '3000pcs'],
    ['order 5k units', 5000, 'pcs', '5k units'],
    ['We take 1.200 pcs', 1200, 'pcs', '1.200 pcs'],
    ['1.000 pcs please', 1000, 'pcs', '1.000 pcs'],
    ['necesitamos 2,500 kg', 2500, 'kg', '2,500 kg'],
    ['commande de 10 000 pcs', 10000, 'pcs', '10 000 pcs'],
    ['commande de 10\u202f000 pcs', 10000, 'pcs', '10\u202f000 pcs'],
    ['order 1,5k pcs', 1500, 'pcs', '1,5k pcs'],
    ['٥٠٠ pcs', 500, 'pcs', '٥٠٠ pcs'],
    ['۱۲۰۰ pcs', 1200, 'pcs', '۱۲۰۰ pcs'],
    ['١٬٢٠٠ kg', 1200, 'kg', '١٬٢٠٠ kg'],
    ['2٫5 tons', 2.5, 'tons', '2٫5 tons'],
    ['0.125 tons', 0.125, 'tons', '0.125 tons'],
    ['ship in 2026 100 pcs', 100, 'pcs', '100 pcs'],
    ["Menge 10'000 pcs", 10000, 'pcs', "10'000 pcs"],
    ['MOQ 500-1000 pcs', 1000, 'pcs', '500-1000 pcs'],
    ['between 500 to 1000 pcs', 1000, 'pcs', '500 to 1000 pcs'],
    ['5-10k pcs per month', 10000, 'pcs', '5-10k pcs'],
    ['5k-10k pcs per month', 10000, 'pcs', '5k-10k pcs'],
    ['order 2m pcs', 2000000, 'pcs', '2m pcs'],
  ])('reads "%s"', (text, value, unit, span) => {
    expectOneEntity(text, 'quantity', { value, unit, text: span });
  });

  it.each([
    ['Lead time is 30 days'],
    ['The lamp is 120x60 cm'],
    ['Call me at 9 tomorrow'],
    ['ISO 9001 certificate'],
    ['thickness 5 mm'],
    ['a 2mm steel sheet'],
  ])('finds no quantity in "%s"', (text) => {
    expectNoEntity(text, 'quantity');
  });

  it('does not read the price basis as an ordered quantity', () => {
    expectNoEntity('Price USD 2.35/pc FOB', 'quantity');
  });
});

describe('quantity ranges in other languages', () => {
  it.each([
    ['es', 'entre 5.000 a 10.000 piezas', 10000, '5.000 a 10.000 piezas'],
    ['pt', 'de 500 a 1.000 peças', 1000, '500 a 1.000 peças'],
    ['fr', 'entre 500-1 000 pièces', 1000, '500-1 000 pièces'],
    ['ar', 'نحتاج 500-1000 قطعة', 1000, '500-1000 قطعة'],
  ])('[%s] reads the upper bound of "%s"', (language, text, value, span) => {
    expectOneEntity(text, 'quantity', { value, unit: 'pcs', text: span }, { language });
  });
});

describe('quantity after an Arabic number prefix', () => {
  // Values the Arabic pack needs in `numberPrefixes`.
  const ar = languageCues('ar');
  const arabic: LanguageCues = { ...ar, entities: { ...ar.entities, numberPrefixes: ['و', 'ب'] } };

  function quantitiesOf(text: string) {
    return analyze(text, { language: 'ar' }, { cues: arabic }).entities.filter((e) => e.type === 'quantity');
  }

  it('reads the number after a glued conjunction', () => {
    expect(quantitiesOf('نحتاج 200 كرتون و500 قطعة')).toMatchObject([
      { value: 200, unit: 'cartons', text: '200 كرتون' },
      { value: 500, unit: 'pcs', text: '500 قطعة' },
    ]);
  });

  it('reads no number glued to a longer word', () => {
    expect(quantitiesOf('كتاب500 قطعة')).toEqual([]);
  });
});

describe('counts of goods named by their noun alone', () => {
  it.each([
    ['en', 'We need 800 projectors for the stadium', 800, '800 projectors'],
    ['en', 'Quote 500 LED bulbs, warm white', 500, '500 LED bulbs'],
    ['es', 'Necesitamos 1.200 sillas apilables para el salón', 1200, '1.200 sillas'],
    ['pt', 'queremos 1000 refletores LED 100W', 1000, '1000 refletores'],
    ['fr', 'Il nous faut 500 réglettes étanches', 500, '500 réglettes'],
    ['ar', 'نحتاج ١٢ كرسي مدير و6 ثلاجات', 12, '١٢ كرسي'],
    // A round hundred that could be a year is a count before goods.
    ['en', 'Please quote 2000 LED panels 60x60', 2000, '2000 LED panels'],
    ['pt', 'Preciso de 2000 painéis LED', 2000, '2000 painéis'],
  ])('[%s] reads "%s" as pieces', (language, text, value, span) => {
    const quantities = analyze(text, { language }).entities.filter((e) => e.type === 'quantity');
    expect(quantities[0]).toMatchObject({ value, unit: 'pcs', text: span });
  });

  it.each([
    ['en', 'We run 14 stores across the north'],
    ['en', 'I asked 3 times already'],
    ['en', 'we checked 2 other suppliers'],
    ['en', 'the 2026 catalogue please'],
    ['en', 'send the 2026 prices'],
    ['en', 'invoice 7781 attached'],
    ['en', 'we need a 300 thread count sheet'],
    ['en', 'rated 500 KVA'],
    ['es', 'llevamos 15 años en el mercado'],
    ['es', 'tenemos 4 tiendas en Lima'],
    ['es', 'el pedido 4521 para mañana'],
    ['pt', 'são 3 cores diferentes'],
    ['fr', 'nous avons 12 magasins au Québec'],
    ['ar', 'عندنا 5 فروع في الرياض'],
    ['ar', 'انتظرنا 48 ساعة'],
  ])('[%s] finds no quantity in "%s"', (language, text) => {
    expect(analyze(text, { language }).entities.filter((e) => e.type === 'quantity')).toEqual([]);
  });

  it('leaves a number that another entity holds', () => {
    const entities = analyze('Price USD 2,400 for 300 cartons, lead time 25 days', { language: 'en' }).entities;
    expect(entities.filter((e) => e.type === 'quantity')).toMatchObject([{ value: 300, unit: 'cartons' }]);
  });
});

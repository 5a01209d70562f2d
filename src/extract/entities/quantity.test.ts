import { describe, it } from 'vitest';
import { expectNoEntity, expectOneEntity } from '../test-builder.js';

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
    ['We take 1.200 pcs', 1.2, 'pcs', '1.200 pcs'],
  ])('reads "%s"', (text, value, unit, span) => {
    expectOneEntity(text, 'quantity', { value, unit, text: span });
  });

  it.each([
    ['Lead time is 30 days'],
    ['The lamp is 120x60 cm'],
    ['Call me at 9 tomorrow'],
    ['ISO 9001 certificate'],
  ])('finds no quantity in "%s"', (text) => {
    expectNoEntity(text, 'quantity');
  });

  it('does not read the price basis as an ordered quantity', () => {
    expectNoEntity('Price USD 2.35/pc FOB', 'quantity');
  });
});

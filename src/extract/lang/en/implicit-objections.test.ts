/**
 * English objections stated implicitly: a buyer that calls itself small, a
 * certificate that lapsed or names another company, a date already missed,
 * a price rise stated as a plain fact. The rules alone must read them, so the
 * messages are analyzed without the learned layer.
 */
import { describe, expect, it } from 'vitest';
import type { SignalType } from '../../../core/types.js';
import { analyze, signalsOf } from '../../test-builder.js';

const EN = { language: 'en' } as const;
const RULES_ONLY = { learned: null } as const;

/** Asserts exactly one signal of `type`, read by the rules alone, whose evidence includes `evidence`. */
function expectObjection(text: string, type: SignalType, evidence: string): void {
  const found = signalsOf(analyze(text, EN, RULES_ONLY), type);
  expect(found, `${type} in "${text}"`).toHaveLength(1);
  expect(found[0]?.evidence.map((e) => e.text)).toContain(evidence);
}

/** Asserts that the rules alone find no objection of any type. */
function expectNoObjection(text: string): void {
  const objections = analyze(text, EN, RULES_ONLY).signals.filter((s) => s.type.startsWith('objection.'));
  expect(objections.map((s) => s.type), `objections in "${text}"`).toEqual([]);
}

describe('implicit English objections', () => {
  it.each([
    ['We run a tiny gift shop, so 3,000 mugs would take us three years to move.', 'take us three years to move'],
    ['That minimum is more than our two stores sell in a whole year.', 'more than our two stores sell'],
    ['800 cartons means about eight months of inventory for us.', 'means about eight months of inventory'],
    ['A 4,000-piece opening order is a huge gamble for a family business like ours.', 'huge gamble for a family business'],
    ['Your 5,000 pcs minimum is for the big chains, not for a shop like mine.', 'minimum is for the big chains'],
    ['20 tons minimum for a trial lot? Wow.', '20 tons minimum for a trial'],
    ['Could we do 250 pcs for a trial and see how they sell?', '250 pcs for a trial and see'],
  ] as const)('reads a quantity beyond what the buyer sells or stores: "%s"', (text, evidence) => {
    expectObjection(text, 'objection.moq', evidence);
  });

  it.each([
    ['The GMP certificate you attached lapsed in January.', 'certificate you attached lapsed'],
    ['The declaration of conformity you sent is unsigned.', 'declaration of conformity you sent is unsigned'],
    ['The halal certificate was issued to a different slaughterhouse.', 'issued to a different'],
    ['I looked up your registration number and it is not listed on the FDA database.', 'not listed on the FDA database'],
    ['The test report comes from an in-house lab.', 'in-house lab'],
  ] as const)('reads a certificate that is lapsed, foreign or unverifiable: "%s"', (text, evidence) => {
    expectObjection(text, 'objection.certification', evidence);
  });

  it.each([
    ['We ordered in January and four weeks later the tracking still shows nothing.', 'still shows nothing'],
    ['Since April you keep saying next week.', 'you keep saying next'],
    ['The pallets landed two weeks after the date you confirmed.', 'landed two weeks after the date'],
    ['12 weeks for plain cotton tote bags?', '12 weeks for plain cotton tote bags?'],
    ['70 days puts us in late September.', 'puts us in late September'],
    ['By then the school season is over.', 'By then the school season is over'],
  ] as const)('reads a missed date or a lead time longer than the need: "%s"', (text, evidence) => {
    expectObjection(text, 'objection.lead_time', evidence);
  });

  it.each([
    ['Your price went up again this month.', 'objection.price', 'price went up'],
    ['Those prices are a joke.', 'objection.price', 'prices are a joke'],
    ['At this level we would be selling at a loss.', 'objection.price', 'at a loss'],
    ['Why do you need 100% upfront on a repeat order?', 'objection.payment_terms', 'Why do you need 100% upfront'],
    ["We don't pay deposits to suppliers we haven't audited.", 'objection.payment_terms', "don't pay deposits"],
    ['The fabric feels thinner than the approved sample.', 'objection.quality', 'thinner than the approved sample'],
    ['The soles came apart after two weeks of wear.', 'objection.quality', 'apart after two weeks'],
    ['Our customers are returning the kettles.', 'objection.quality', 'customers are returning'],
    ['Our last supplier turned out to be a trading company with no factory.', 'objection.supplier_history', 'turned out to be a trading'],
    ["We've been through three factories in two years on this part.", 'objection.supplier_history', 'through three factories'],
  ] as const)('reads a plain fact as an objection: "%s"', (text, type, evidence) => {
    expectObjection(text, type, evidence);
  });

  // Resolved objections, questions, valid certificates and deliveries on time object to nothing.
  it.each([
    ['The minimum was more than we sell in a year, but 300 pcs per colour is fine now.'],
    ['What is your MOQ for a trial order of the small jars?'],
    ['Is the 2,000 pcs minimum per colour or per design?'],
    ['Please send the catalogue, we are a small shop in Leeds.'],
    ['We need 500 pcs for our new store opening.'],
    ['Your ISO 9001 certificate is valid until 2028, thank you.'],
    ['Do you have a halal certificate for the beef line?'],
    ['The container arrived on the date you confirmed, thank you.'],
    ['The goods arrived on time and the tracking was clear.'],
    ['Prices have gone down since March, so we are ready to order.'],
    ['Your new price is fine now, we can go ahead.'],
    ['The stitching matches the approved sample perfectly.'],
    ['We can pay the 30% deposit this week as agreed.'],
    ['We have worked with you for three years without any problem.'],
  ] as const)('"%s" gives no objection', (text) => {
    expectNoObjection(text);
  });
});

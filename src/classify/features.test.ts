import { describe, expect, it } from 'vitest';
import { ParleyError } from '../core/errors.js';
import { buildContext, buildContextAt } from '../model/context.js';
import { at, conversation, entity, type MessageSpec } from '../model/test-builder.js';
import { classifyArchetype } from './archetype.js';
import { featuresAt, rawFeatures } from './features.js';
import { classifyStage } from './stage.js';

const LONG =
  'Please confirm the housing spec for the 150W high bay: die-cast ADC12 aluminium, driver Meanwell HBG, IP65 gasket, ' +
  '5000K, CRI above 80, beam 90 degrees, and surge protection 10 kV. Also share the LM-80 report and the IES files.';

/** A buyer who opens in a hurry, turns technical, then fights the price. */
const EVOLVING: MessageSpec[] = [
  { id: 'm1', dir: 'in', h: 0, text: 'Need 300 high bays now, price today pls', signals: [['intent.urgency', 'now'], ['intent.quotation', 'price']], entities: [entity.quantity(300, 'pcs', '300 high bays')] },
  { id: 'm2', dir: 'in', h: 0.5, text: 'hello??', signals: [['intent.urgency', 'hello??', 0.5]] },
  { id: 'm3', dir: 'out', h: 2, text: 'USD 32/pc FOB', entities: [entity.money(32, 'USD', 'USD 32/pc')] },
  { id: 'm4', dir: 'in', h: 30, text: LONG, signals: [['commitment.detailed_specs', 'die-cast ADC12 aluminium']], entities: [entity.certification('LM-80')] },
  { id: 'm5', dir: 'out', h: 40, text: 'Reports attached', attachments: [{ name: 'lm80.pdf', mediaType: 'application/pdf', size: 1 }] },
  { id: 'm6', dir: 'in', h: 100, text: `${LONG} What is the warranty?`, signals: [['commitment.detailed_specs', 'CRI above 80'], ['objection.price', 'price']] },
  { id: 'm7', dir: 'in', h: 170, text: `Too expensive vs Philips. ${LONG}`, signals: [['objection.price', 'Too expensive'], ['objection.quality', 'Philips']] },
];
const INPUT = conversation(EVOLVING);
const raw = (id: string) => featuresAt(INPUT, id).raw;

describe('features on a prefix of the messages', () => {
  it('change as buyer messages arrive', () => {
    const m1 = EVOLVING[0]!.text.length;
    expect(raw('m1').meanLength).toBe(m1);
    expect(raw('m2').meanLength).toBe((m1 + 'hello??'.length) / 2);
    expect(['m1', 'm4', 'm6', 'm7'].map((id) => raw(id).technicalDensity)).toEqual([0, 1 / 3, 0.5, 0.4]);
    expect(['m1', 'm2', 'm4', 'm7'].map((id) => raw(id).followUpRate)).toEqual([0, 0.5, 1 / 3, 0.4]);
    // m1 and m2 are one turn (30 minutes apart); the next turns come at 30 h, 100 h and 170 h.
    expect(['m2', 'm4', 'm6', 'm7'].map((id) => raw(id).cadenceHours)).toEqual([null, 30, 50, 70]);
    expect(['m2', 'm4', 'm6'].map((id) => raw(id).medianReplyHours)).toEqual([null, 28, 44]);
  });

  it('tracks the objection mix', () => {
    expect(raw('m4').objectionMix).toEqual({});
    expect(raw('m6').objectionMix).toEqual({ 'objection.price': 1 });
    expect(raw('m7').objectionMix).toEqual({ 'objection.price': 0.667, 'objection.quality': 0.333 });
    expect(raw('m7').objectionShare).toBe(0.4);
  });

  it('sees nothing of later messages', () => {
    const firstFour = rawFeatures(buildContext(conversation(EVOLVING.slice(0, 4)), at(30)));
    expect(raw('m4')).toEqual(firstFour);
    expect(raw('m4')).not.toEqual(raw('m7'));
    // A seller message without attachments changes no buyer feature, only the span of the exchange.
    expect({ ...raw('m3'), spanDays: 0 }).toEqual({ ...raw('m2'), spanDays: 0 });
    expect(raw('m3').spanDays).toBe(2 / 24);
    expect(raw('m5').documents).toBe(raw('m4').documents + 1);
  });

  it('lets stage and archetype evolve message by message', () => {
    const stageAt = (id: string) => classifyStage(buildContextAt(INPUT, id)).stage;
    expect(['m1', 'm4', 'm6'].map(stageAt)).toEqual(['evaluation', 'evaluation', 'negotiation']);
    const archetypeAt = (id: string) => classifyArchetype(featuresAt(INPUT, id).normalized, buildContextAt(INPUT, id).inbound.length);
    expect(archetypeAt('m1').id).toBe('urgent_buyer');
    expect(archetypeAt('m7')).toMatchObject({ id: 'price_negotiator', runnerUp: 'urgent_buyer' });
  });

  it('sets "now" to the message and rejects an unknown message', () => {
    expect(buildContextAt(INPUT, 'm4').asOf.toISOString()).toBe(at(30).toISOString());
    expect(buildContextAt(INPUT, 'm4').timeline.map((e) => e.message.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(() => buildContextAt(INPUT, 'nope')).toThrow(ParleyError);
  });
});

import { describe, expect, it } from 'vitest';
import { SENTIMENT_MODES } from '../../core/types.js';
import { analyzeMessage, analyzeWithRules } from '../index.js';
import { chooseMode, isFirmEvidence, keepSignal, modeRuleKey, ruleKey, settlesObjection, showsProgress, showsResistance, withFinalMode } from './decide.js';
import { messageFeatures } from './features.js';
import { fit, fitBatch, outputScores, type Example } from './fit.js';
import { applyModel, loadModel, readModelFile, shippedModel, sigmoid, type LearnedModelFile } from './model.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemOf } from './stem.js';
import { testDir } from '../../test-support/temp-dir.js';

function featuresOf(text: string, sentAt = '2026-03-10T09:00:00+00:00') {
  const rules = analyzeWithRules({ id: 'm', text, sentAt }, { learned: null });
  return { rules, features: messageFeatures(rules.doc, rules.language.code, rules) };
}

describe('stems', () => {
  it('folds inflections in each language', () => {
    expect(stemOf('en', 'delays')).toBe(stemOf('en', 'delayed'));
    expect(stemOf('es', 'retrasos')).toBe(stemOf('es', 'retraso'));
    expect(stemOf('pt', 'atrasos')).toBe(stemOf('pt', 'atrasado'));
    expect(stemOf('fr', 'livraisons')).toBe(stemOf('fr', 'livraison'));
    expect(stemOf('ar', 'الشحنات')).not.toBe('الشحنات');
  });

  it('stems Latin words inside Arabic text as English', () => {
    expect(stemOf('ar', 'samples')).toBe('sampl');
  });
});

describe('message features', () => {
  it('marks the words after a negator and keeps their spans', () => {
    const text = 'The price is not too expensive';
    const { features } = featuresOf(text);
    const negated = features.find((f) => f.name === 'w:n:expens');
    expect(negated).toBeDefined();
    expect(text.slice(negated!.start, negated!.end)).toBe('expensive');
    expect(features.some((f) => f.name === 'w:expens')).toBe(false);
  });

  it('gives topic words their own prefix and marks a topic under negative evaluation', () => {
    const text = 'Honestly the price is terrible for this market';
    const { features } = featuresOf(text);
    expect(features.some((f) => f.name === 'tw:price')).toBe(true);
    expect(features.some((f) => f.name === 'w:price')).toBe(false);
    const judged = features.find((f) => f.name === 'tn:objection.price');
    expect(judged).toBeDefined();
    expect(text.slice(judged!.start, judged!.end)).toBe('price is terrible');
    const neutral = featuresOf('The price is for this market').features;
    expect(neutral.some((f) => f.name.startsWith('tn:'))).toBe(false);
  });

  it('ends the negation scope at punctuation', () => {
    const { features } = featuresOf('No, the quality is bad');
    expect(features.some((f) => f.name === 'w:bad')).toBe(true);
    expect(features.some((f) => f.name === 'w:n:bad')).toBe(false);
  });

  it('reads rule signals, entities and the rule mode as features', () => {
    const { features } = featuresOf('Please quote 5,000 pcs CIF Jebel Ali by Friday?');
    const names = features.map((f) => f.name);
    expect(names).toContain('rule:intent.quotation');
    expect(names).toContain('entity:quantity');
    expect(names).toContain('entity:incoterm');
    expect(names).toContain('punct:?');
    expect(names.some((n) => n.startsWith('mode:'))).toBe(true);
  });
});

describe('fitting', () => {
  const examples: Example[] = [];
  // Feature 0 means signal 0 and feature 1 means mode 1. Feature 2 is noise.
  for (let i = 0; i < 60; i += 1) {
    const a = i % 2 === 0;
    const b = i % 3 === 0;
    const features = [...(a ? [0] : []), ...(b ? [1] : []), ...(i % 5 === 0 ? [2] : [])];
    examples.push({ features, signals: [a], mode: b ? 1 : 0 });
  }
  const settings = { signalCount: 1, modeCount: 2, featureCount: 3, epochs: 30, learningRate: 0.3, l2: 0.001, seed: 7 };

  it('learns which feature means which output', () => {
    const fitted = fit(examples, settings);
    expect(sigmoid(outputScores(fitted, [0])[0]!)).toBeGreaterThan(0.9);
    expect(sigmoid(outputScores(fitted, [2])[0]!)).toBeLessThan(0.1);
    const modeScores = outputScores(fitted, [1]);
    expect(modeScores[2]!).toBeGreaterThan(modeScores[1]!);
  });

  it('gives the same weights for the same examples and seed', () => {
    expect(Array.from(fit(examples, settings).weights)).toEqual(Array.from(fit(examples, settings).weights));
  });

  const batch = { signalCount: 1, modeCount: 2, featureCount: 3, l2: 0.5, iterations: 200 };

  it('learns the same meanings with the full-batch fit, deterministically', () => {
    const fitted = fitBatch(examples, batch);
    expect(sigmoid(outputScores(fitted, [0])[0]!)).toBeGreaterThan(0.9);
    expect(sigmoid(outputScores(fitted, [2])[0]!)).toBeLessThan(0.1);
    const modeScores = outputScores(fitted, [1]);
    expect(modeScores[2]!).toBeGreaterThan(modeScores[1]!);
    expect(Array.from(fitBatch(examples, batch).weights)).toEqual(Array.from(fitted.weights));
  });

  it('shrinks weights as the penalty grows and keeps blocked weights at 0', () => {
    const loose = fitBatch(examples, batch);
    const tight = fitBatch(examples, { ...batch, l2: 20 });
    expect(Math.abs(tight.weights[0 * 3 + 0]!)).toBeLessThan(Math.abs(loose.weights[0 * 3 + 0]!));
    // Feature 0 may not move signal 0 (bit 0): the signal then rests on the bias alone.
    const blocked = fitBatch(examples, { ...batch, blocked: Uint32Array.from([1, 0, 0]) });
    expect(blocked.weights[0]).toBe(0);
    expect(sigmoid(outputScores(blocked, [0])[0]!)).toBeLessThan(0.9);
  });
});

/**
 * Builds a hand-made model: "wobble" and "squeak" mean evaluation and a quality
 * objection, "love" skepticism, and a quote word no quotation.
 */
function toyModel(overrides: Partial<LearnedModelFile> = {}): LearnedModelFile {
  return {
    version: 1,
    fittedOn: { sets: ['toy'], messages: 0, features: 3 },
    signals: [
      { type: 'intent.evaluation', add: 0.6, veto: 0 },
      { type: 'intent.quotation', add: 0.6, veto: 0.2 },
      { type: 'objection.quality', add: 0.6, veto: 0 },
    ],
    modes: ['constructive', 'neutral', 'hesitant', 'frustrated', 'skeptical', 'highly_engaged'],
    modeOverride: { fromNeutral: 0.6, fromOther: 0.6 },
    bias: [-2, 0, -2, 1, 0, 0, 0, 0, 0],
    weights: { 'w:wobbl': [0, 3, 2, 3], 'w:squeak': [0, 1.5, 2, 1.5], 'w:love': [7, 4], 'tw:quot': [1, -6] },
    ...overrides,
  };
}

describe('cue-word and question features', () => {
  it('marks cue words by type, not topic words', () => {
    const en = featuresOf('We might reconsider the supplier').features.map((f) => f.name);
    const cueWords = en.filter((n) => n.startsWith('cw:'));
    expect(cueWords.length).toBeGreaterThan(0);
    const price = featuresOf('price').features.map((f) => f.name);
    expect(price.some((n) => n.startsWith('cw:'))).toBe(false);
    const es = featuresOf('Necesitamos urgente el pedido').features.map((f) => f.name);
    expect(es.some((n) => n.startsWith('cw:'))).toBe(true);
  });

  it('marks reference numbers apart from quantities', () => {
    const shapes = (text: string) =>
      featuresOf(text)
        .features.filter((f) => f.name.startsWith('shape:'))
        .map((f) => `${text.slice(f.start, f.end)}=${f.name}`);
    expect(shapes('PO HL-2231 attached for 600 stools')).toEqual(['HL-2231=shape:id', '600=shape:number']);
    expect(shapes('Re: RFQ #4410, 50 pcs')).toEqual(['4410=shape:id', '50=shape:number']);
    expect(shapes('Reclamo N° 331: llegaron 40 cajas')).toEqual(['331=shape:id', '40=shape:number']);
    expect(shapes('Phone: +61 491 570 156. We need 300 pieces')).toContain('300=shape:number');
    expect(shapes('Phone: +61 491 570 156. We need 300 pieces').filter((shape) => shape.endsWith('shape:id'))).toHaveLength(4);
  });

  it('marks a message whose every sentence is a question', () => {
    const names = (text: string) => featuresOf(text).features.map((f) => f.name);
    expect(names('Can you ship in May? Is FOB possible?')).toContain('q:only');
    expect(names('We ship in May. Is FOB possible?')).not.toContain('q:only');
    expect(names('We ship in May')).not.toContain('q:only');
  });

  it('marks one-word questions by stem', () => {
    const names = (text: string) => featuresOf(text).features.map((f) => f.name);
    expect(names('Hello??? Anyone there?')).toContain('q1:hello');
    expect(names('Alguien?? 3 días sin respuesta')).toContain('q1:algui');
    expect(names('Hello! We need 800 projectors.').some((n) => n.startsWith('q1:'))).toBe(false);
    expect(names('Hello, any update?').some((n) => n.startsWith('q1:'))).toBe(false);
  });

  it('adds no purchase to a question', () => {
    const text = 'Is a discount possible if we take 3 containers?';
    const { rules, features } = featuresOf(text);
    const model = loadModel(
      toyModel({
        signals: [{ type: 'intent.purchase', add: 0.5, veto: 0 }],
        bias: [5, 0, 0, 0, 0, 0, 0],
        weights: { [`w:${stemOf('en', 'take')}`]: [0, 1] },
      }),
    );
    expect(applyModel(model, text, features, rules).signals.some((s) => s.type === 'intent.purchase')).toBe(false);
    const statement = featuresOf('We take 3 containers.');
    const added = applyModel(model, statement.rules.doc.text, statement.features, statement.rules);
    expect(added.signals.some((s) => s.type === 'intent.purchase')).toBe(true);
  });
});

describe('settled topics', () => {
  it('marks a topic judged only positively', () => {
    const names = featuresOf('Lead time 25 days is fine').features.map((f) => f.name);
    expect(names).toContain('tp:objection.lead_time');
    expect(names.some((n) => n.startsWith('tn:'))).toBe(false);
  });

  it('adds no objection to a settled topic', () => {
    const output = { type: 'objection.lead_time' as const, add: 0.3, veto: 0 };
    const sight = { hit: false, suppressed: false };
    const base = { any: true, topics: new Set<string>(), named: new Set(['objection.lead_time']), questionsOnly: false };
    expect(keepSignal(output, 0.9, sight, { ...base, approved: new Set<string>() })).toBe(true);
    expect(keepSignal(output, 0.9, sight, { ...base, approved: new Set(['objection.lead_time']) })).toBe(false);
  });

  it('keeps tone in a frustrated message only when the model is nearly sure', () => {
    const output = { type: 'relationship.tone' as const, add: 0.5, veto: 0 };
    const sight = { hit: true, suppressed: false };
    const calm = { any: false, topics: new Set<string>(), named: new Set<string>(), approved: new Set<string>(), questionsOnly: false };
    const frustrated = { ...calm, any: true, frustrated: true };
    expect(keepSignal(output, 0.2, sight, calm)).toBe(true);
    expect(keepSignal(output, 0.2, sight, frustrated)).toBe(false);
    expect(keepSignal(output, 0.8, sight, frustrated)).toBe(false);
    expect(keepSignal(output, 0.95, sight, frustrated)).toBe(true);
    // Firm warmth and the model's own additions meet the same bar.
    const firm = { ...sight, firm: isFirmEvidence('tone.warm.brother') };
    expect(keepSignal(output, 0.8, firm, calm)).toBe(true);
    expect(keepSignal(output, 0.8, firm, frustrated)).toBe(false);
    expect(keepSignal(output, 0.95, { hit: false, suppressed: false }, frustrated)).toBe(true);
    expect(keepSignal(output, 0.8, { hit: false, suppressed: false }, frustrated)).toBe(false);
    expect(isFirmEvidence('tone.warm.thanks')).toBe(false);
  });

  it('settles a message only without a negative judgement', () => {
    expect(settlesObjection([], ['tp:objection.price'])).toBe(true);
    expect(settlesObjection([], ['tp:objection.price', 'tn:objection.quality'])).toBe(false);
    expect(settlesObjection([], [])).toBe(false);
    expect(settlesObjection(['objection.moq'])).toBe(true);
  });
});

describe('applying a model', () => {
  it('adds a signal the rules missed, quoting the words that pushed it', () => {
    const text = 'The handles wobble and the hinges squeak';
    const { rules, features } = featuresOf(text);
    expect(rules.signals.some((s) => s.type === 'objection.quality')).toBe(false);
    const result = applyModel(loadModel(toyModel()), text, features, rules);
    const evaluation = result.signals.find((s) => s.type === 'intent.evaluation');
    expect(evaluation?.evidence.map((e) => e.text)).toEqual(['wobble', 'squeak']);
    expect(evaluation?.evidence[0]?.rule).toBe('learned.intent.evaluation');
    expect(evaluation?.strength).toBeCloseTo(sigmoid(-2 + 3 + 1.5), 2);
  });

  it('quotes no word that pushed less than half as hard as the strongest', () => {
    const text = 'The handles wobble and the hinges squeak';
    const { rules, features } = featuresOf(text);
    const weak = toyModel({ weights: { 'w:wobbl': [0, 3, 2, 3], 'w:squeak': [0, 1.4, 2, 1.5] } });
    const evaluation = applyModel(loadModel(weak), text, features, rules).signals.find((s) => s.type === 'intent.evaluation');
    expect(evaluation?.evidence.map((e) => e.text)).toEqual(['wobble']);
  });

  it('quotes words that push this type more than others', () => {
    const text = 'The handles wobble and the hinges squeak';
    const { rules, features } = featuresOf(text);
    // "wobble" pushes quality three times as hard as evaluation, so it explains quality.
    const shared = toyModel({ weights: { 'w:wobbl': [0, 1, 2, 3], 'w:squeak': [0, 1.5] } });
    const evaluation = applyModel(loadModel(shared), text, features, rules).signals.find((s) => s.type === 'intent.evaluation');
    expect(evaluation?.evidence.map((e) => e.text)).toEqual(['squeak']);
  });

  it('quotes a short number or code', () => {
    const text = 'Need 40W panels';
    const { rules, features } = featuresOf(text);
    const coded = toyModel({ weights: { 'shape:coded': [0, 3] } });
    const evaluation = applyModel(loadModel(coded), text, features, rules).signals.find((s) => s.type === 'intent.evaluation');
    expect(evaluation?.evidence.map((e) => e.text)).toEqual(['40W']);
  });

  it('adds an objection only where the message shows resistance', () => {
    const calm = featuresOf('The handles wobble and the hinges squeak');
    const calmResult = applyModel(loadModel(toyModel()), calm.rules.doc.text, calm.features, calm.rules);
    expect(calmResult.signals.some((s) => s.type === 'objection.quality')).toBe(false);
    const text = 'Terrible batch, the handles wobble and the hinges squeak';
    const angry = featuresOf(text);
    expect(angry.rules.signals.some((s) => s.type === 'objection.quality')).toBe(false);
    const angryResult = applyModel(loadModel(toyModel()), text, angry.features, angry.rules);
    expect(angryResult.signals.some((s) => s.type === 'objection.quality')).toBe(true);
  });

  it('drops a rule hit whose probability is below the veto, and keeps context signals last', () => {
    const text = 'Please quote your best price';
    const { rules, features } = featuresOf(text);
    expect(rules.signals.some((s) => s.type === 'intent.quotation')).toBe(true);
    const result = applyModel(loadModel(toyModel()), text, features, rules);
    expect(result.signals.some((s) => s.type === 'intent.quotation')).toBe(false);
    expect(result.signals.at(-1)?.type.startsWith('context.')).toBe(true);
  });

  it('vetoes only the rules the model file lists as vetoable', () => {
    const text = 'Please quote your best price';
    const { rules, features } = featuresOf(text);
    const quotation = rules.signals.find((s) => s.type === 'intent.quotation');
    const keys = [...new Set(quotation?.evidence.map((e) => ruleKey('intent.quotation', rules.language.code, e.rule)))];
    expect(keys.length).toBeGreaterThan(0);
    const listed = applyModel(loadModel(toyModel({ vetoableRules: keys })), text, features, rules);
    expect(listed.signals.some((s) => s.type === 'intent.quotation')).toBe(false);
    const unlisted = applyModel(loadModel(toyModel({ vetoableRules: keys.slice(1) })), text, features, rules);
    expect(unlisted.signals.some((s) => s.type === 'intent.quotation')).toBe(true);
  });

  it('never vetoes a delivery term that rests on a named Incoterm', () => {
    const text = 'Need 2x40HQ, best FOB price?';
    const { rules, features } = featuresOf(text);
    expect(rules.signals.find((s) => s.type === 'commitment.delivery_terms')?.evidence[0]?.rule).toBe('entity.incoterm');
    const model = loadModel(
      toyModel({ signals: [{ type: 'commitment.delivery_terms', add: 0.6, veto: 0.99 }], bias: [-9, 0, 0, 0, 0, 0, 0], weights: {} }),
    );
    expect(applyModel(model, text, features, rules).signals.some((s) => s.type === 'commitment.delivery_terms')).toBe(true);
  });

  it('reads a model file and names the file when it is not one', () => {
    const dir = testDir('model');
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(toyModel()));
    expect(readModelFile(good).file.signals).toHaveLength(3);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version":2}');
    expect(() => readModelFile(bad)).toThrow(`${bad}: not a learned layer file`);
    expect(() => readModelFile(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read the model file/);
  });

  it('changes the mode only at the override probability, with its own evidence', () => {
    const text = 'We love the samples';
    const { rules, features } = featuresOf(text);
    const changed = applyModel(loadModel(toyModel()), text, features, rules);
    expect(rules.sentiment?.mode).toBe('highly_engaged');
    expect(changed.sentiment?.mode).toBe('skeptical');
    expect(changed.sentiment?.evidence?.[0]).toMatchObject({ text: 'love', rule: 'learned.mode.skeptical' });
    const kept = applyModel(loadModel(toyModel({ modeOverride: { fromNeutral: 0.999, fromOther: 0.999 } })), text, features, rules);
    expect(kept.sentiment).toEqual(rules.sentiment);
  });

  it('keeps weak praise from turning skeptical', () => {
    const text = 'We love the samples';
    const { rules, features } = featuresOf(text);
    const key = modeRuleKey('highly_engaged', 'en', rules.sentiment?.evidence?.[0]?.rule);
    expect(key).toMatch(/^highly_engaged\|en:/);
    const modeOverride = { fromNeutral: 0.999, fromOther: 0.999, fromWeak: 0.01 };
    // Praise shows no resistance, so the weak rule's mode stays against the model's skeptical.
    const weak = applyModel(loadModel(toyModel({ modeOverride, weakModeRules: [key] })), text, features, rules);
    expect(weak.sentiment).toEqual(rules.sentiment);
    const firm = applyModel(loadModel(toyModel({ modeOverride, weakModeRules: ['highly_engaged|en:some.other_rule'] })), text, features, rules);
    expect(firm.sentiment).toEqual(rules.sentiment);
  });

  it('turns weak modes resistant only with resisting words', () => {
    const override = { fromNeutral: 0.999, fromOther: 0.999, fromWeak: 0.4 };
    const skeptical = SENTIMENT_MODES.map((mode) => (mode === 'skeptical' ? 0.5 : 0.1));
    const neutral = SENTIMENT_MODES.map((mode) => (mode === 'neutral' ? 0.5 : 0.1));
    const calm = { resists: false, praises: false };
    expect(chooseMode('constructive', SENTIMENT_MODES, skeptical, override, false, false, true, { ...calm, resists: true })).toBe('skeptical');
    expect(chooseMode('constructive', SENTIMENT_MODES, skeptical, override, false, false, true, calm)).toBe('constructive');
    expect(chooseMode('constructive', SENTIMENT_MODES, neutral, override, false, false, true, calm)).toBe('neutral');
    expect(chooseMode('constructive', SENTIMENT_MODES, skeptical, override, false, false, false, { ...calm, resists: true })).toBe('constructive');
  });

  it('keeps weak praise from turning neutral', () => {
    const override = { fromNeutral: 0.999, fromOther: 0.999, fromWeak: 0.4 };
    const neutral = SENTIMENT_MODES.map((mode) => (mode === 'neutral' ? 0.5 : 0.1));
    const praise = { resists: false, praises: true };
    expect(chooseMode('constructive', SENTIMENT_MODES, neutral, override, false, false, true, praise)).toBe('constructive');
    expect(chooseMode('hesitant', SENTIMENT_MODES, neutral, override, false, false, true, praise)).toBe('neutral');
  });

  it('leaves outbound messages to the rules', () => {
    const model = loadModel(toyModel());
    const text = 'The handles wobble and the hinges squeak';
    const outbound = analyzeMessage({ id: 'o', text, direction: 'outbound', sentAt: '2026-03-10T09:00:00Z' }, { learned: model });
    const inbound = analyzeMessage({ id: 'i', text, direction: 'inbound', sentAt: '2026-03-10T09:00:00Z' }, { learned: model });
    expect(outbound.signals.some((s) => s.type === 'intent.evaluation')).toBe(false);
    expect(inbound.signals.some((s) => s.type === 'intent.evaluation')).toBe(true);
  });
});

describe('resistance read once per message', () => {
  it('reads the same with the final mode added later', () => {
    const names = ['tn:objection.price', 'topic:objection.price', 'w:price'];
    for (const finalMode of [null, 'frustrated', 'constructive', 'hesitant'] as const) {
      expect(withFinalMode(showsResistance(names, 'neutral', null), finalMode)).toEqual(showsResistance(names, 'neutral', finalMode));
      expect(withFinalMode(showsResistance(['w:ok'], 'neutral', null), finalMode)).toEqual(showsResistance(['w:ok'], 'neutral', finalMode));
    }
  });
});

describe('the shipped model', () => {
  it('loads and names only labeled signal types and the six modes', () => {
    const model = shippedModel();
    expect(model).not.toBeNull();
    expect(model!.file.modes).toHaveLength(6);
    expect(model!.file.signals.length).toBe(20);
    expect(model!.rows.size).toBeGreaterThan(1000);
  });
});

describe('deal progress and the mode', () => {
  const override = { fromNeutral: 0.35, fromOther: 0.9 };
  // The model is unsure: no mode reaches the override, so the rule mode stays.
  const unsure = SENTIMENT_MODES.map(() => 1 / SENTIMENT_MODES.length);

  it('reads a payment or confirmed order as progress', () => {
    expect(showsProgress(new Set(['commitment.payment']))).toBe(true);
    expect(showsProgress(new Set(['commitment.order_confirmation', 'relationship.tone']))).toBe(true);
    expect(showsProgress(new Set(['intent.quotation']))).toBe(false);
  });

  it('turns a neutral mode constructive on progress', () => {
    expect(chooseMode('neutral', SENTIMENT_MODES, unsure, override, false, true)).toBe('constructive');
    expect(chooseMode('neutral', SENTIMENT_MODES, unsure, override, false, false)).toBe('neutral');
  });

  it('keeps a resistance mode on progress', () => {
    expect(chooseMode('frustrated', SENTIMENT_MODES, unsure, override, false, true)).toBe('frustrated');
  });

  it('reads a plain payment message as constructive', () => {
    const analysis = analyzeMessage({ id: 'p', text: 'Balance paid, swift copy attached.', direction: 'inbound' });
    expect(analysis.signals.map((s) => s.type)).toContain('commitment.payment');
    expect(analysis.sentiment?.mode).toBe('constructive');
  });
});

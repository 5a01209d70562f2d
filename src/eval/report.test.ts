import { describe, expect, it } from 'vitest';
import type { Entity, MessageAnalysis, SentimentMode, SignalType } from '../core/types.js';
import { compareAnalysis, evaluateEntry, isWrong } from './evaluate.js';
import type { LabeledEntry } from './labeled-read.js';
import type { LabeledMessage } from './labeled-schema.js';
import { renderMistake, renderSetReport } from './render.js';
import { groupReport, setReport } from './report.js';

/** An entity without its span. */
type EntityFields = Entity extends infer E ? (E extends Entity ? Omit<E, 'start' | 'end' | 'text'> : never) : never;

function entry(message: Partial<LabeledMessage> & Pick<LabeledMessage, 'id'>): LabeledEntry {
  return {
    file: 'dev/en.jsonl',
    line: 1,
    message: {
      language: 'en',
      direction: 'inbound',
      sentAt: '2026-03-10T09:15:00+04:00',
      text: 'placeholder',
      signals: [],
      mode: 'neutral',
      entities: [],
      tags: [],
      ...message,
    },
  };
}

/** Builds a Parley result by hand, so the comparison is checked on known input. */
function analysis(
  language: string,
  signals: SignalType[],
  mode: SentimentMode,
  entities: EntityFields[] = [],
): MessageAnalysis {
  return {
    id: 'x',
    language,
    sentiment: { mode, polarity: 0 },
    signals: signals.map((type) => ({ type, strength: 0.8, evidence: [] })),
    entities: entities.map((fields) => ({ start: 0, end: 1, text: 'x', ...fields }) as Entity),
    scores: { intent: 0, urgency: 0, sentiment: 50, friction: 0 },
  };
}

describe('compareAnalysis', () => {
  it('ignores signal and entity types the sets do not label', () => {
    const outcome = compareAnalysis(
      entry({ id: 'a', signals: ['intent.quotation'] }),
      analysis('en', ['intent.quotation', 'context.language', 'context.timezone', 'relationship.clarification'], 'neutral', [
        { type: 'product', value: 'LED panel' },
      ]),
    );
    expect([...outcome.returnedSignals]).toEqual(['intent.quotation']);
    expect(outcome.returnedEntities).toEqual([]);
    expect(isWrong(outcome)).toBe(false);
  });

  it('lists missing and extra signals', () => {
    const outcome = compareAnalysis(
      entry({ id: 'a', signals: ['intent.quotation', 'objection.price'] }),
      analysis('en', ['intent.quotation', 'relationship.tone'], 'neutral'),
    );
    expect(outcome.missingSignals).toEqual(['objection.price']);
    expect(outcome.extraSignals).toEqual(['relationship.tone']);
    expect(isWrong(outcome)).toBe(true);
  });

  it('counts a wrong detected language as a mistake', () => {
    const outcome = compareAnalysis(entry({ id: 'a', language: 'pt' }), analysis('es', [], 'neutral'));
    expect(isWrong(outcome)).toBe(true);
    expect(renderMistake(outcome)).toContain('language: expected pt, detected es');
  });
});

describe('groupReport', () => {
  // Three messages, worked out by hand:
  //   a: expected {quotation, price}, returned {quotation}         → quotation tp, price fn
  //   b: expected {quotation},        returned {quotation, tone}   → quotation tp, tone fp
  //   c: expected {},                 returned {price}             → price fp
  // So quotation has P 1 and R 1, price P 0 and R 0, tone P 0, and the micro sums are tp 2, fp 2, fn 1.
  const outcomes = [
    compareAnalysis(
      entry({
        id: 'a',
        signals: ['intent.quotation', 'objection.price'],
        mode: 'frustrated',
        entities: [
          { type: 'quantity', value: 5000, unit: 'pcs' },
          { type: 'incoterm', code: 'FOB', place: 'Ningbo' },
        ],
      }),
      analysis('en', ['intent.quotation'], 'frustrated', [
        { type: 'quantity', value: 5000, unit: 'pcs' },
        { type: 'incoterm', code: 'FOB' },
      ]),
    ),
    compareAnalysis(
      entry({ id: 'b', signals: ['intent.quotation'], mode: 'neutral', entities: [{ type: 'quantity', value: 2, unit: 'containers_40hq' }] }),
      analysis('en', ['intent.quotation', 'relationship.tone'], 'constructive', [
        { type: 'quantity', value: 2, unit: 'containers_40hq' },
        { type: 'money', amount: 2.35, currency: 'USD' },
      ]),
    ),
    compareAnalysis(entry({ id: 'c', language: 'fr', mode: 'hesitant' }), analysis('en', ['objection.price'], 'hesitant')),
  ];
  const report = groupReport('all', outcomes);

  it('scores each signal type', () => {
    expect(report.signals.perType['intent.quotation']).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, support: 2 });
    expect(report.signals.perType['objection.price']).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(report.signals.perType['relationship.tone']).toMatchObject({ tp: 0, fp: 1, fn: 0, recall: null, support: 0 });
    expect(report.signals.perType['intent.purchase']).toMatchObject({ precision: null, recall: null, f1: null });
  });

  it('micro-averages over signal types', () => {
    expect(report.signals.micro).toMatchObject({ tp: 2, fp: 2, fn: 1, precision: 0.5 });
    expect(report.signals.micro.f1).toBeCloseTo(4 / 7, 12);
    // Mean of quotation 1, price 0 and tone 0. Types without data have no F1.
    expect(report.signals.macroF1).toBeCloseTo(1 / 3, 12);
  });

  it('builds the mode confusion matrix', () => {
    expect(report.mode.correct).toBe(2);
    expect(report.mode.accuracy).toBeCloseTo(2 / 3, 12);
    const { labels, cells } = report.mode.confusion;
    const cell = (expected: string, returned: string): number =>
      cells[labels.indexOf(expected)]?.[labels.indexOf(returned)] ?? Number.NaN;
    expect(cell('frustrated', 'frustrated')).toBe(1);
    expect(cell('neutral', 'constructive')).toBe(1);
    expect(cell('hesitant', 'hesitant')).toBe(1);
    expect(cells.flat().reduce((sum, count) => sum + count, 0)).toBe(3);
  });

  it('scores entities per type', () => {
    // Two quantities labeled and both found, two returned and both matched.
    expect(report.entities.perType.quantity).toMatchObject({ expected: 2, found: 2, accuracy: 1, returned: 2, precision: 1 });
    // The returned incoterm lacks its labeled place, and the returned money has no label.
    expect(report.entities.perType.incoterm).toMatchObject({ expected: 1, found: 0, accuracy: 0, returned: 1, precision: 0 });
    expect(report.entities.perType.money).toMatchObject({ expected: 0, accuracy: null, returned: 1, precision: 0 });
    expect(report.entities.all).toMatchObject({ expected: 3, found: 2, returned: 4, matched: 2, precision: 0.5 });
    expect(report.entities.all.accuracy).toBeCloseTo(2 / 3, 12);
  });

  it('measures language detection', () => {
    expect(report.languageDetection).toMatchObject({ correct: 2, detected: { en: 3 } });
  });

  it('groups a set by labeled language', () => {
    const set = setReport('dev', outcomes);
    expect(set.languages.map((group) => [group.group, group.messages])).toEqual([
      ['en', 2],
      ['fr', 1],
    ]);
    expect(set.overall.messages).toBe(3);
    expect(set.languages[1]?.languageDetection.accuracy).toBe(0);
    const text = renderSetReport(set);
    expect(text).toContain('=== dev set: 3 messages ===');
    expect(text).toContain('--- fr: 1 message ---');
  });
});

describe('evaluateEntry', () => {
  it('detects the language instead of taking the label', () => {
    // Labeled French on purpose: Parley must not receive the label, so it detects English.
    const outcome = evaluateEntry(
      entry({
        id: 'a',
        language: 'fr',
        text: 'Hello, could you please send us your best price for 5,000 pcs and the lead time? Thanks.',
      }),
    );
    expect(outcome.analysis.language).toBe('en');
    expect(isWrong(outcome)).toBe(true);
  });

  it('scores a port inside an Incoterm only when labeled', () => {
    const text = 'Please quote CIF Nhava Sheva for 500 pcs.';
    const placeOnly = evaluateEntry(
      entry({ id: 'a', text, entities: [{ type: 'incoterm', code: 'CIF', place: 'Nhava Sheva' }, { type: 'quantity', value: 500, unit: 'pcs' }] }),
    );
    expect(placeOnly.analysis.entities.map((entity) => entity.type)).toContain('port');
    expect(placeOnly.returnedEntities.map((entity) => entity.type)).not.toContain('port');
    expect(placeOnly.returnedMatched).toEqual([true, true]);
    const portToo = evaluateEntry(
      entry({ id: 'b', text, entities: [{ type: 'incoterm', code: 'CIF', place: 'Nhava Sheva' }, { type: 'port', value: 'Nhava Sheva' }] }),
    );
    expect(portToo.expectedFound).toEqual([true, true]);
  });

  it('still scores a port outside an Incoterm', () => {
    const outcome = evaluateEntry(entry({ id: 'a', text: 'Please quote CIF, delivery to Nhava Sheva port.', entities: [{ type: 'incoterm', code: 'CIF' }] }));
    expect(outcome.returnedEntities.map((entity) => entity.type)).toContain('port');
    expect(outcome.returnedMatched.includes(false)).toBe(true);
  });
});

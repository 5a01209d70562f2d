import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../../core/errors.js';
import { TEST_DATA_DIR, testDataPath } from '../../ingest/test-paths.js';
import { aucInterval } from './auc-interval.js';
import { fitBaseRate, fitLength, fitStageRates, STAGE_PRIOR_WEIGHT } from './baselines.js';
import { loadCraigslist } from './craigslist.js';
import { constantFeatures, evaluateDataset, scoreCases } from './evaluate.js';
import { analyzeFirstHalf, FIRST_TURN_AT, firstHalf, toMessages, type ForecastCase } from './first-half.js';
import { crossValidate, stratifiedFolds } from './folds.js';
import { fitLogistic, predictLogistic } from './logistic.js';
import { PARLEY_FITTED, summarizeFit, toWinExample } from './parley-fitted.js';
import { renderForecastSection, replaceSection, SECTION_END, SECTION_START, type ForecastResults } from './render.js';
import type { NegotiationTurn } from './types.js';

const TURNS: NegotiationTurn[] = [
  { side: 'buyer', text: 'Hi, I saw the bike ad.' },
  { side: 'seller', text: 'Yes, it is.' },
  { side: 'buyer', text: 'Great, we confirm the order. Purchase order attached, payment sent today.' },
  { side: 'seller', text: 'Thanks, received.' },
];

describe('first half', () => {
  it('keeps half the turns, rounded down, and at least one', () => {
    expect(firstHalf([])).toEqual([]);
    expect(firstHalf(['a'])).toEqual(['a']);
    expect(firstHalf(['a', 'b'])).toEqual(['a']);
    expect(firstHalf(['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'b']);
  });

  it('builds buyer turns inbound and seller turns outbound, a minute apart', () => {
    const messages = toMessages('n1', TURNS.slice(0, 2), 'marketplace');
    expect(messages.map((m) => [m.id, m.direction, m.sentAt])).toEqual([
      ['n1-t1', 'inbound', new Date(FIRST_TURN_AT).toISOString()],
      ['n1-t2', 'outbound', new Date(FIRST_TURN_AT + 60_000).toISOString()],
    ]);
    expect(messages.every((m) => m.conversationId === 'n1' && m.channel === 'marketplace')).toBe(true);
  });

  it('never lets the second half reach the forecast', () => {
    const half = analyzeFirstHalf({ id: 'n1', turns: TURNS, won: true }, 'marketplace');
    expect(half).toMatchObject({ turns: 2, words: 9, signals: 0, stageReached: 'discovery' });
    expect(half.winProbability).toBeLessThan(0.5);
    // The same order and payment inside the first half move the stage and the probability.
    const filler = TURNS.map((turn) => ({ ...turn, text: 'ok' }));
    const whole = analyzeFirstHalf({ id: 'n2', turns: [...TURNS, ...filler], won: true }, 'marketplace');
    expect(whole.turns).toBe(4);
    expect(whole.stageReached).not.toBe('discovery');
    expect(whole.winProbability).toBeGreaterThan(half.winProbability);
  });

  it('refuses a negotiation without turns', () => {
    expect(() => analyzeFirstHalf({ id: 'empty', turns: [], won: false }, 'marketplace')).toThrow(InputError);
  });
});

describe('cross-validation', () => {
  const labels = Array.from({ length: 53 }, (_, i) => i % 5 === 0);

  it('stratifies folds reproducibly', () => {
    const folds = stratifiedFolds(labels, 5, 42);
    expect(stratifiedFolds(labels, 5, 42)).toEqual(folds);
    expect(stratifiedFolds(labels, 5, 7)).not.toEqual(folds);
    for (let fold = 0; fold < 5; fold += 1) {
      const wins = labels.filter((label, i) => label && folds[i] === fold).length;
      expect(wins === 2 || wins === 3).toBe(true);
    }
    expect(() => stratifiedFolds(labels, 1, 42)).toThrow(ConfigError);
  });

  it('scores each case with a model that never saw it', () => {
    const items = labels.map((_, i) => i);
    const folds = stratifiedFolds(labels, 5, 42);
    const predictions = crossValidate(items, labels, folds, (train) => {
      const seen = new Set(train);
      return (item) => (seen.has(item) ? 1 : 0);
    });
    expect(predictions).toEqual(items.map(() => 0));
  });
});

describe('baselines', () => {
  it('fits a logistic model whose weight follows the outcome', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [i / 10]);
    const labels = rows.map(([x], i) => x! > 2 || i % 7 === 0);
    const model = fitLogistic(rows, labels);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(predictLogistic(model, [3.5])).toBeGreaterThan(predictLogistic(model, [0.5]));
    expect(() => fitLogistic([[1], [1, 2]], [true, false])).toThrow(ConfigError);
  });

  it('gives a stage its win rate pulled toward the base rate', () => {
    const train = [{ stageReached: 'negotiation' as const }, { stageReached: 'negotiation' as const }, { stageReached: 'discovery' as const }, { stageReached: 'discovery' as const }];
    const predict = fitStageRates(train, [true, true, false, true]);
    const base = 3 / 4;
    expect(predict({ stageReached: 'negotiation' })).toBeCloseTo((2 + STAGE_PRIOR_WEIGHT * base) / (2 + STAGE_PRIOR_WEIGHT), 10);
    expect(predict({ stageReached: 'discovery' })).toBeCloseTo((1 + STAGE_PRIOR_WEIGHT * base) / (2 + STAGE_PRIOR_WEIGHT), 10);
    expect(predict({ stageReached: 'commitment' })).toBeCloseTo(base, 10);
    expect(fitBaseRate([1, 2, 3, 4], [true, false, false, false])(9)).toBe(0.25);
  });

  it('ranks longer dialogues by the direction the training data shows', () => {
    const train = Array.from({ length: 30 }, (_, i) => ({ turns: 1 + (i % 10), words: 5 * (1 + (i % 10)) }));
    const predict = fitLength(train, train.map((item) => item.turns <= 4));
    expect(predict({ turns: 2, words: 10 })).toBeGreaterThan(predict({ turns: 9, words: 45 }));
  });
});

describe('scores', () => {
  it('gives the Hanley–McNeil interval of an AUC', () => {
    const interval = aucInterval(0.8, 50, 50);
    expect(interval?.low).toBeCloseTo(0.7128, 3);
    expect(interval?.high).toBeCloseTo(0.8872, 3);
    expect(aucInterval(null, 5, 5)).toBeNull();
    expect(aucInterval(0.7, 0, 5)).toBeNull();
  });

  it('scores Parley and every baseline on the same cases', () => {
    const cases: ForecastCase[] = Array.from({ length: 40 }, (_, i) => ({
      id: `c${i}`,
      won: i % 4 !== 0,
      winProbability: i % 4 !== 0 ? 0.6 + i / 1000 : 0.2,
      stageReached: i % 2 === 0 ? 'discovery' : 'negotiation',
      winFeatures: {},
      turns: 2 + (i % 3),
      words: 10 + i,
      signals: 0,
    }));
    const systems = scoreCases(cases, {});
    expect(systems.map((s) => s.system)).toEqual([
      'Parley default win probability',
      'stage only: win rate per stage reached (CV)',
      'length only: logistic on turns and words (CV)',
      'base rate of the training folds (CV)',
    ]);
    expect(systems[0]?.auc).toBe(1);
    expect(systems[3]?.auc).toBe(0.5);
    for (const system of systems) expect(system.brier).toBeGreaterThanOrEqual(0);
  });
});

describe('Parley win model fitted per fold', () => {
  /** Cases whose outcome follows sentiment, which the default model weighs only lightly. */
  function sentimentCases(count: number): ForecastCase[] {
    return Array.from({ length: count }, (_, i) => {
      const sentiment = ((i * 37) % 100) / 50 - 1;
      return {
        id: `s${i}`,
        won: sentiment > -0.2 ? i % 9 !== 0 : i % 9 === 0,
        winProbability: 0.3,
        stageReached: 'discovery',
        winFeatures: { stage: 0, commitments: 0, openObjections: 0, replySpeed: 0.5, sentiment, urgency: 0, unanswered: 0, engagement: 0.7, stalled: 0 },
        turns: 2,
        words: 12,
        signals: 0,
      };
    });
  }

  it('learns the data set\'s own pattern and scores it on held-out folds', () => {
    const cases = sentimentCases(80);
    const predict = PARLEY_FITTED.fit(cases, cases.map((item) => item.won));
    const [low, high] = [cases.find((item) => item.winFeatures.sentiment! < -0.8)!, cases.find((item) => item.winFeatures.sentiment! > 0.8)!];
    expect(predict(high) - predict(low)).toBeGreaterThan(0.3);
    expect(constantFeatures(cases)).toEqual(['stage', 'commitments', 'openObjections', 'replySpeed', 'urgency', 'unanswered', 'engagement', 'stalled']);
    const systems = scoreCases(cases, { fitted: [PARLEY_FITTED] });
    expect(systems[1]?.system).toBe(PARLEY_FITTED.name);
    expect(systems[1]?.auc).toBeGreaterThan(0.8);
    expect(systems[0]?.auc).toBe(0.5);
    const summary = summarizeFit(cases);
    expect(Object.keys(summary.weights)).toEqual(Object.keys(cases[0]!.winFeatures));
    expect(summary.weights.sentiment).toBeGreaterThan(1);
  });

  it('names the case whose win features are incomplete', () => {
    const [item] = sentimentCases(1);
    expect(() => toWinExample({ ...item!, winFeatures: { stage: 0 } })).toThrow(/^s0: win feature "commitments" is missing/);
  });
});

describe('docs section', () => {
  const results: ForecastResults = {
    date: '2026-12-05',
    command: 'npm run eval:forecast',
    machine: '2 cores, Node.js v20.20.2',
    seconds: 4.2,
    reference: { system: 'default', intercept: -2, weights: { stage: 2.2, sentiment: 0.9 } },
    datasets: [
      {
        name: 'Toy',
        files: ['toy.json'],
        cases: 10,
        won: 7,
        skipped: { 'unknown outcome': 2 },
        folds: 5,
        stages: { discovery: { cases: 6, wins: 4 }, negotiation: { cases: 4, wins: 3 } },
        withSignals: 3,
        turnsAuc: 0.3,
        meanProbability: 0.25,
        meanTurns: 2.5,
        constantFeatures: ['engagement', 'stalled'],
        systems: [{ system: 'Parley default win probability', auc: 0.61, aucLow: 0.4, aucHigh: 0.82, brier: 0.3 }],
        fits: [{ system: 'fitted', intercept: -1, weights: { stage: 0.5, sentiment: 1.25 } }],
      },
    ],
  };

  it('writes the table, the counts and the reading between the markers', () => {
    const section = renderForecastSection(results);
    expect(section.startsWith(SECTION_START)).toBe(true);
    expect(section.endsWith(SECTION_END)).toBe(true);
    expect(section).toContain('| Toy | Parley default win probability | 10 | 7 | 0.610 | 0.400–0.820 | 0.300 |');
    expect(section).toContain('| Toy | 10 | 7 | 3 | 2 (unknown outcome) | 2.5 | 3 | 0.250 |');
    expect(section).toContain('| data set | discovery (won) | negotiation (won) |');
    expect(section).toContain('| Toy | 6 (4) | 4 (3) |');
    expect(section).toContain('| default | -2.00 | 2.20 | 0.90 |');
    expect(section).toContain('| fitted to all of Toy | -1.00 | 0.50 | 1.25 |');
    expect(section).toContain('- Toy: `toy.json`');
    expect(section).toContain('fired in 30% of the first halves and 60% stayed in discovery');
    expect(section).toContain('Longer dialogues end more often in no deal (AUC of the turn count alone: 0.300)');
    expect(section).toContain('(Parley default win probability), and its interval includes 0.5, so no system beats chance;');
    expect(section).toContain('Features with one value in every dialogue, whose fitted weights therefore mean nothing: engagement, stalled.');
  });

  it('replaces its own section and keeps the rest of the document', () => {
    const document = `# Benchmarks\n\nintro\n\n${SECTION_START}\nold\n${SECTION_END}\n\n## After\n`;
    const once = replaceSection(document, renderForecastSection(results));
    expect(once).not.toContain('\nold\n');
    expect(once.startsWith('# Benchmarks\n\nintro\n\n')).toBe(true);
    expect(once.endsWith('\n\n## After\n')).toBe(true);
    expect(replaceSection(once, renderForecastSection(results))).toBe(once);
    expect(replaceSection('# Other\n', 'X')).toBe('# Other\n\nX\n');
  });
});

describe.skipIf(!existsSync(testDataPath('craigslist_bargains-via-agreemate')))('forecast on the shared data files', () => {
  it('runs Parley and the baselines on the CraigslistBargain first halves', () => {
    const result = evaluateDataset(loadCraigslist(TEST_DATA_DIR), { channel: 'marketplace' });
    expect(result.cases).toBeGreaterThan(400);
    expect(result.won).toBeGreaterThan(result.cases - result.won);
    expect(result.systems).toHaveLength(4);
    for (const system of result.systems) {
      expect(system.auc).not.toBeNull();
      expect(system.brier).toBeGreaterThan(0);
      expect(system.brier).toBeLessThan(1);
    }
    expect(Object.values(result.stages).reduce((sum, count) => sum + count.cases, 0)).toBe(result.cases);
  });
});

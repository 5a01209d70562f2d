import { describe, expect, it } from 'vitest';
import {
  addMultiLabelCounts,
  binaryCounts,
  confusionMatrix,
  macroF1,
  matrixAccuracy,
  microAverage,
  perLabelScores,
  scoreCounts,
  type Counts,
} from './metrics.js';

describe('scoreCounts', () => {
  it('computes precision, recall and F1', () => {
    // 3 right, 1 raised wrongly, 2 missed: P = 3/4, R = 3/5, F1 = 2·3 / (2·3 + 1 + 2) = 6/9.
    const score = scoreCounts({ tp: 3, fp: 1, fn: 2 });
    expect(score.precision).toBe(0.75);
    expect(score.recall).toBe(0.6);
    expect(score.f1).toBeCloseTo(2 / 3, 12);
    expect(score.support).toBe(5);
  });

  it('matches the harmonic mean of precision and recall', () => {
    const score = scoreCounts({ tp: 7, fp: 4, fn: 9 });
    const harmonic = (2 * score.precision! * score.recall!) / (score.precision! + score.recall!);
    expect(score.f1).toBeCloseTo(harmonic, 12);
  });

  it('returns null for empty denominators', () => {
    const none = scoreCounts({ tp: 0, fp: 0, fn: 0 });
    expect(none.precision).toBeNull();
    expect(none.recall).toBeNull();
    expect(none.f1).toBeNull();
  });

  it('gives F1 0 when nothing is right', () => {
    const onlyFalsePositives = scoreCounts({ tp: 0, fp: 3, fn: 0 });
    expect(onlyFalsePositives.precision).toBe(0);
    expect(onlyFalsePositives.recall).toBeNull();
    expect(onlyFalsePositives.f1).toBe(0);
  });
});

describe('multi-label counts', () => {
  it('counts each label per item', () => {
    const counts = new Map<string, Counts>();
    addMultiLabelCounts(counts, new Set(['a', 'b']), new Set(['a']));
    addMultiLabelCounts(counts, new Set(['b']), new Set(['b', 'c']));
    addMultiLabelCounts(counts, new Set([]), new Set(['a']));
    expect(counts.get('a')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.get('b')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts.get('c')).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('micro-averages by summing counts', () => {
    // Sum: tp 2, fp 2, fn 1 → P 0.5, R 2/3, F1 4/7.
    const micro = microAverage([
      { tp: 1, fp: 1, fn: 0 },
      { tp: 1, fp: 0, fn: 1 },
      { tp: 0, fp: 1, fn: 0 },
    ]);
    expect(micro.precision).toBe(0.5);
    expect(micro.recall).toBeCloseTo(2 / 3, 12);
    expect(micro.f1).toBeCloseTo(4 / 7, 12);
  });

  it('macro-averages F1 over labels that have one', () => {
    const scores = [scoreCounts({ tp: 1, fp: 0, fn: 0 }), scoreCounts({ tp: 0, fp: 1, fn: 1 }), scoreCounts({ tp: 0, fp: 0, fn: 0 })];
    expect(macroF1(scores)).toBe(0.5);
    expect(macroF1([])).toBeNull();
  });
});

describe('confusionMatrix', () => {
  const pairs = [
    ['neutral', 'neutral'],
    ['neutral', 'hesitant'],
    ['hesitant', 'hesitant'],
    ['frustrated', 'neutral'],
    ['frustrated', 'frustrated'],
  ] as const;

  it('puts expected labels in rows and returned labels in columns', () => {
    const matrix = confusionMatrix(pairs, ['neutral', 'hesitant', 'frustrated']);
    expect(matrix.labels).toEqual(['neutral', 'hesitant', 'frustrated']);
    expect(matrix.cells).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ]);
    expect(matrixAccuracy(matrix)).toBe(0.6);
  });

  it('appends labels missing from the list', () => {
    const matrix = confusionMatrix([['neutral', 'none']], ['neutral']);
    expect(matrix.labels).toEqual(['neutral', 'none']);
    expect(matrix.cells).toEqual([
      [0, 1],
      [0, 0],
    ]);
  });

  it('scores each label against the rest', () => {
    const scores = perLabelScores(confusionMatrix(pairs, ['neutral', 'hesitant', 'frustrated']));
    expect(scores.get('neutral')).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(scores.get('hesitant')).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(scores.get('frustrated')).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('has no accuracy when empty', () => {
    expect(matrixAccuracy(confusionMatrix([], ['a']))).toBeNull();
  });
});

describe('binaryCounts', () => {
  it('counts yes/no decisions', () => {
    const counts = binaryCounts([
      { expected: true, predicted: true },
      { expected: true, predicted: false },
      { expected: false, predicted: true },
      { expected: false, predicted: false },
      { expected: true, predicted: true },
    ]);
    expect(counts).toEqual({ tp: 2, fp: 1, fn: 1 });
  });
});

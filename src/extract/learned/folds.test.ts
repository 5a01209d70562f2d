import { describe, expect, it } from 'vitest';
import { assignFolds } from './folds.js';

describe('assignFolds', () => {
  const sets = [...Array(300).fill('a'), ...Array(200).fill('b'), ...Array(150).fill('c'), ...Array(100).fill('d'), ...Array(60).fill('dev')];

  it('keeps each set in one fold', () => {
    const fold = assignFolds(sets, 3, 7, 'set');
    const foldOfSet = new Map<string, Set<number>>();
    sets.forEach((set, i) => foldOfSet.set(set, (foldOfSet.get(set) ?? new Set()).add(fold[i]!)));
    for (const folds of foldOfSet.values()) expect(folds.size).toBe(1);
    expect(new Set(fold)).toEqual(new Set([0, 1, 2]));
  });

  it('balances folds by message count', () => {
    const fold = assignFolds(sets, 3, 7, 'set');
    const load = [0, 1, 2].map((k) => fold.filter((f) => f === k).length).sort((x, y) => x - y);
    // a (300) fills one fold. c (150) and then d (100) share the lightest, and dev (60) joins b (200).
    expect(load).toEqual([250, 260, 300]);
  });

  it('spreads one set by message', () => {
    const fold = assignFolds(sets, 5, 7, 'message');
    expect(new Set(fold.slice(0, 300)).size).toBe(5);
  });

  it('repeats folds for one seed', () => {
    expect(assignFolds(sets, 4, 11, 'set')).toEqual(assignFolds(sets, 4, 11, 'set'));
  });
});

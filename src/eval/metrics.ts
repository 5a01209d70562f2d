/**
 * Classification metrics: precision, recall and F1 from counts, multi-label
 * counts per label, micro and macro averages, and confusion matrices.
 * A ratio whose denominator is 0 is null ("undefined"), never 0 or 1, so a
 * report can tell "no data" from "all wrong".
 */

/** True positives, false positives and false negatives of one label. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of one label, with the counts behind them. */
export interface PrfScore extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Expected positives: tp + fn. */
  support: number;
}

/** Returns `numerator / denominator`, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Computes precision tp/(tp+fp), recall tp/(tp+fn) and F1 2tp/(2tp+fp+fn).
 * F1 in that form equals the harmonic mean of precision and recall where both
 * exist, and is 0 when there are errors but no true positive.
 */
export function scoreCounts(counts: Counts): PrfScore {
  const { tp, fp, fn } = counts;
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    support: tp + fn,
  };
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds the counts of one item's expected and returned label sets to `counts`, one entry per label. */
export function addMultiLabelCounts(
  counts: Map<string, Counts>,
  expected: ReadonlySet<string>,
  returned: ReadonlySet<string>,
): void {
  for (const label of new Set([...expected, ...returned])) {
    const entry = counts.get(label) ?? emptyCounts();
    if (expected.has(label) && returned.has(label)) entry.tp += 1;
    else if (returned.has(label)) entry.fp += 1;
    else entry.fn += 1;
    counts.set(label, entry);
  }
}

/** Sums the counts of every label and scores the sum (micro average). */
export function microAverage(counts: Iterable<Counts>): PrfScore {
  const total = emptyCounts();
  for (const entry of counts) {
    total.tp += entry.tp;
    total.fp += entry.fp;
    total.fn += entry.fn;
  }
  return scoreCounts(total);
}

/** Mean F1 over the scores that have one; null when none has. */
export function macroF1(scores: Iterable<PrfScore>): number | null {
  const values = [...scores].map((score) => score.f1).filter((f1): f1 is number => f1 !== null);
  return values.length === 0 ? null : values.reduce((sum, f1) => sum + f1, 0) / values.length;
}

/** Counts of (expected, returned) label pairs: `cells[i][j]` counts items expected `labels[i]` and returned `labels[j]`. */
export interface ConfusionMatrix {
  labels: string[];
  cells: number[][];
}

/**
 * Builds a confusion matrix over `labels` in their order. A label that occurs
 * in the pairs but not in `labels` is appended, so no pair is lost.
 */
export function confusionMatrix(pairs: Iterable<readonly [string, string]>, labels: readonly string[]): ConfusionMatrix {
  const list = [...pairs];
  const allLabels = [...labels];
  for (const [expected, returned] of list) {
    if (!allLabels.includes(expected)) allLabels.push(expected);
    if (!allLabels.includes(returned)) allLabels.push(returned);
  }
  const cells = allLabels.map(() => allLabels.map(() => 0));
  for (const [expected, returned] of list) {
    const row = cells[allLabels.indexOf(expected)];
    const column = allLabels.indexOf(returned);
    if (row !== undefined) row[column] = (row[column] ?? 0) + 1;
  }
  return { labels: allLabels, cells };
}

/** Share of the matrix on its diagonal; null for an empty matrix. */
export function matrixAccuracy(matrix: ConfusionMatrix): number | null {
  let correct = 0;
  let total = 0;
  matrix.cells.forEach((row, i) => {
    row.forEach((count, j) => {
      total += count;
      if (i === j) correct += count;
    });
  });
  return ratio(correct, total);
}

/** Precision, recall and F1 of each label of a confusion matrix, treating that label as the positive class. */
export function perLabelScores(matrix: ConfusionMatrix): Map<string, PrfScore> {
  const scores = new Map<string, PrfScore>();
  matrix.labels.forEach((label, k) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    matrix.cells.forEach((row, i) => {
      row.forEach((count, j) => {
        if (i === k && j === k) tp += count;
        else if (j === k) fp += count;
        else if (i === k) fn += count;
      });
    });
    scores.set(label, scoreCounts({ tp, fp, fn }));
  });
  return scores;
}

/** One item of a yes/no task: its label and a system's decision. */
export interface BinaryDecision {
  expected: boolean;
  predicted: boolean;
}

/** Counts the true positives, false positives and false negatives of yes/no decisions. */
export function binaryCounts(items: Iterable<BinaryDecision>): Counts {
  const counts = emptyCounts();
  for (const { expected, predicted } of items) {
    if (expected && predicted) counts.tp += 1;
    else if (predicted) counts.fp += 1;
    else if (expected) counts.fn += 1;
  }
  return counts;
}

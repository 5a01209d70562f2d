/**
 * Ridge-penalized logistic regression fitted by Newton's method, for the
 * length-only baseline. Small and dense: a handful of features, a few
 * thousand rows.
 */
import { ConfigError } from '../../core/errors.js';

/** A fitted model: p = 1 / (1 + e^−(intercept + Σ weights·x)). */
export interface LogisticModel {
  intercept: number;
  weights: number[];
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the intercept); default 1. */
  l2?: number;
  /** Newton steps at most; default 50. */
  maxIterations?: number;
}

/** Probability of the positive class for one row. */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  const z = model.weights.reduce((sum, weight, index) => sum + weight * (row[index] ?? 0), model.intercept);
  return 1 / (1 + Math.exp(-z));
}

/** Solves A x = b by Gaussian elimination with partial pivoting; A is small and positive definite here. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index]!]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = col + 1; row < n; row += 1) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k += 1) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row -= 1) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k += 1) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

/**
 * Fits the model to rows of features and their outcomes. The penalty keeps
 * the weights finite when one feature separates the classes. Throws a
 * ConfigError when there are no rows or the rows differ in width.
 */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], options: LogisticOptions = {}): LogisticModel {
  const width = rows[0]?.length;
  if (width === undefined || rows.length !== labels.length || rows.some((row) => row.length !== width)) {
    throw new ConfigError(`fitLogistic: needs rows of one width, one label each; got ${rows.length} rows and ${labels.length} labels`);
  }
  const l2 = options.l2 ?? 1;
  const size = width + 1;
  let beta = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < (options.maxIterations ?? 50); iteration += 1) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    rows.forEach((row, index) => {
      const x = [1, ...row];
      const p = predictLogistic({ intercept: beta[0]!, weights: beta.slice(1) }, row);
      const residual = (labels[index] ? 1 : 0) - p;
      const curvature = Math.max(p * (1 - p), 1e-12);
      for (let i = 0; i < size; i += 1) {
        gradient[i]! += residual * x[i]!;
        for (let j = 0; j < size; j += 1) hessian[i]![j]! += curvature * x[i]! * x[j]!;
      }
    });
    for (let i = 1; i < size; i += 1) {
      gradient[i]! -= l2 * beta[i]!;
      hessian[i]![i]! += l2;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((value, index) => value + step[index]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { intercept: beta[0]!, weights: beta.slice(1) };
}

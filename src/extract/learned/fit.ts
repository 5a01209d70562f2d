/**
 * Fits the learned layer's weights: one logistic model per signal type and
 * one softmax over the modes, sharing sparse binary features, by AdaGrad with
 * L2 regularization. Training is deterministic: the same examples and
 * settings give the same weights.
 */

/** One training message: indices of its features, its labeled signal outputs and its mode index. */
export interface Example {
  features: readonly number[];
  signals: readonly boolean[];
  mode: number;
}

export interface FitSettings {
  signalCount: number;
  modeCount: number;
  featureCount: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty per update on each touched weight. */
  l2: number;
  seed: number;
  /**
   * Per feature, a bit mask of the outputs its weight must stay 0 for (bit o
   * for output o): a structural prior, such as "a topic word alone is no
   * objection". Absent means every output may use every feature.
   */
  blocked?: Uint32Array;
}

/** Fitted weights: `weights[feature * outputs + output]`. */
export interface Fitted {
  outputs: number;
  bias: Float64Array;
  weights: Float64Array;
}

const EPSILON = 1e-8;

/** A small seeded generator (mulberry32), so the shuffle order is repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Raw output scores of one example. */
export function outputScores(fitted: Fitted, features: readonly number[]): Float64Array {
  const scores = Float64Array.from(fitted.bias);
  for (const f of features) {
    const base = f * fitted.outputs;
    for (let o = 0; o < fitted.outputs; o += 1) scores[o]! += fitted.weights[base + o]!;
  }
  return scores;
}

/** Fits all outputs together on the examples. */
export function fit(examples: readonly Example[], settings: FitSettings): Fitted {
  const outputs = settings.signalCount + settings.modeCount;
  const fitted: Fitted = {
    outputs,
    bias: new Float64Array(outputs),
    weights: new Float64Array(settings.featureCount * outputs),
  };
  const biasSquares = new Float64Array(outputs);
  const squares = new Float64Array(settings.featureCount * outputs);
  const random = seededRandom(settings.seed);
  const order = examples.map((_, i) => i);
  const gradient = new Float64Array(outputs);
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const example = examples[index]!;
      const scores = outputScores(fitted, example.features);
      for (let s = 0; s < settings.signalCount; s += 1) {
        gradient[s] = 1 / (1 + Math.exp(-scores[s]!)) - (example.signals[s] === true ? 1 : 0);
      }
      const modeLogits = Array.from(scores.subarray(settings.signalCount));
      const top = Math.max(...modeLogits);
      const exps = modeLogits.map((z) => Math.exp(z - top));
      const sum = exps.reduce((a, b) => a + b, 0);
      for (let m = 0; m < settings.modeCount; m += 1) {
        gradient[settings.signalCount + m] = exps[m]! / sum - (m === example.mode ? 1 : 0);
      }
      for (let o = 0; o < outputs; o += 1) {
        const g = gradient[o]!;
        biasSquares[o]! += g * g;
        fitted.bias[o]! -= (settings.learningRate * g) / (Math.sqrt(biasSquares[o]!) + EPSILON);
        const bit = 1 << o;
        for (const f of example.features) {
          if (settings.blocked !== undefined && (settings.blocked[f]! & bit) !== 0) continue;
          const at = f * outputs + o;
          const step = g + settings.l2 * fitted.weights[at]!;
          squares[at]! += step * step;
          fitted.weights[at]! -= (settings.learningRate * step) / (Math.sqrt(squares[at]!) + EPSILON);
        }
      }
    }
  }
  return fitted;
}

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

/** Settings of the full-batch fit. */
export interface BatchFitSettings {
  signalCount: number;
  modeCount: number;
  featureCount: number;
  /** L2 penalty: `l2 / 2` times the sum of squared weights (biases are not penalized). */
  l2: number;
  /** Maximum L-BFGS iterations. */
  iterations: number;
  /** Per feature, a bit mask of outputs whose weight stays 0 (see `FitSettings.blocked`). */
  blocked?: Uint32Array;
}

/** Gradient pairs L-BFGS keeps. */
const MEMORY = 10;
/** Stop when one iteration lowers the loss by less than this share of it. */
const TOLERANCE = 1e-7;

/**
 * Loss and gradient of every output over all examples, with the L2 penalty.
 * Parameters are the biases followed by the weights, `weights[feature * outputs + output]`.
 */
function lossAndGradient(examples: readonly Example[], settings: BatchFitSettings, params: Float64Array, gradient: Float64Array): number {
  const outputs = settings.signalCount + settings.modeCount;
  gradient.fill(0);
  const scores = new Float64Array(outputs);
  const g = new Float64Array(outputs);
  let loss = 0;
  for (const example of examples) {
    for (let o = 0; o < outputs; o += 1) scores[o] = params[o]!;
    for (const f of example.features) {
      const base = outputs + f * outputs;
      for (let o = 0; o < outputs; o += 1) scores[o]! += params[base + o]!;
    }
    for (let s = 0; s < settings.signalCount; s += 1) {
      const z = scores[s]!;
      const y = example.signals[s] === true ? 1 : 0;
      // log(1 + e^z) - y z, written to stay finite for large |z|.
      loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
      g[s] = 1 / (1 + Math.exp(-z)) - y;
    }
    let top = -Infinity;
    for (let m = 0; m < settings.modeCount; m += 1) top = Math.max(top, scores[settings.signalCount + m]!);
    let sum = 0;
    for (let m = 0; m < settings.modeCount; m += 1) sum += Math.exp(scores[settings.signalCount + m]! - top);
    loss += top + Math.log(sum) - scores[settings.signalCount + example.mode]!;
    for (let m = 0; m < settings.modeCount; m += 1) {
      g[settings.signalCount + m] = Math.exp(scores[settings.signalCount + m]! - top) / sum - (m === example.mode ? 1 : 0);
    }
    for (let o = 0; o < outputs; o += 1) gradient[o]! += g[o]!;
    for (const f of example.features) {
      const base = outputs + f * outputs;
      const mask = settings.blocked?.[f] ?? 0;
      for (let o = 0; o < outputs; o += 1) if ((mask & (1 << o)) === 0) gradient[base + o]! += g[o]!;
    }
  }
  for (let i = outputs; i < params.length; i += 1) {
    const w = params[i]!;
    if (w === 0 && gradient[i] === 0) continue;
    loss += (settings.l2 / 2) * w * w;
    gradient[i]! += settings.l2 * w;
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * Fits all outputs together by minimizing the regularized log loss over the
 * whole set with L-BFGS. Unlike the AdaGrad fit, the penalty applies to
 * every weight at every step, so a feature seen in a few messages gets a
 * small weight rather than one large enough to memorize them. Deterministic.
 */
export function fitBatch(examples: readonly Example[], settings: BatchFitSettings): Fitted {
  const outputs = settings.signalCount + settings.modeCount;
  const size = outputs + settings.featureCount * outputs;
  let params = new Float64Array(size);
  let gradient = new Float64Array(size);
  let loss = lossAndGradient(examples, settings, params, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const alphas = new Array<number>(MEMORY).fill(0);
  const nextParams = new Float64Array(size);
  let nextGradient = new Float64Array(size);

  for (let iteration = 0; iteration < settings.iterations; iteration += 1) {
    // Two-loop recursion: direction = -H * gradient.
    const direction = Float64Array.from(gradient);
    for (let k = steps.length - 1; k >= 0; k -= 1) {
      alphas[k] = rhos[k]! * dot(steps[k]!, direction);
      const change = changes[k]!;
      for (let i = 0; i < size; i += 1) direction[i]! -= alphas[k]! * change[i]!;
    }
    const scale = steps.length > 0 ? dot(steps.at(-1)!, changes.at(-1)!) / dot(changes.at(-1)!, changes.at(-1)!) : 1 / Math.sqrt(dot(gradient, gradient));
    for (let i = 0; i < size; i += 1) direction[i]! *= scale;
    for (let k = 0; k < steps.length; k += 1) {
      const beta = rhos[k]! * dot(changes[k]!, direction);
      const step = steps[k]!;
      for (let i = 0; i < size; i += 1) direction[i]! += (alphas[k]! - beta) * step[i]!;
    }
    for (let i = 0; i < size; i += 1) direction[i] = -direction[i]!;

    const slope = dot(gradient, direction);
    if (slope >= 0) break;
    // Backtracking line search with the Armijo condition.
    let t = 1;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries += 1) {
      for (let i = 0; i < size; i += 1) nextParams[i] = params[i]! + t * direction[i]!;
      nextLoss = lossAndGradient(examples, settings, nextParams, nextGradient);
      if (nextLoss <= loss + 1e-4 * t * slope) break;
      t /= 2;
    }
    if (!(nextLoss < loss)) break;

    const step = new Float64Array(size);
    const change = new Float64Array(size);
    for (let i = 0; i < size; i += 1) {
      step[i] = nextParams[i]! - params[i]!;
      change[i] = nextGradient[i]! - gradient[i]!;
    }
    const curvature = dot(step, change);
    if (curvature > 1e-10) {
      if (steps.length === MEMORY) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(step);
      changes.push(change);
      rhos.push(1 / curvature);
    }

    const improvement = (loss - nextLoss) / Math.max(loss, 1);
    params = Float64Array.from(nextParams);
    [gradient, nextGradient] = [nextGradient, gradient];
    loss = nextLoss;
    if (improvement < TOLERANCE) break;
  }
  return { outputs, bias: params.slice(0, outputs), weights: params.slice(outputs) };
}

import { levenbergMarquardt } from "ml-levenberg-marquardt";
import { CholeskyDecomposition, Matrix, solve } from "ml-matrix";

/**
 * Holt-Winters with additive trend and additive seasonality (ETS A,A,A), in the form
 * statsmodels' ExponentialSmoothing uses:
 *
 *   e_t = y_t - (l_{t-1} + b_{t-1} + s_{t-m})
 *   l_t = a (y_t - s_{t-m}) + (1 - a)(l_{t-1} + b_{t-1})
 *   b_t = b (l_t - l_{t-1}) + (1 - b) b_{t-1}
 *   s_t = s_{t-m} + g e_t
 *
 * The parameters minimise the sum of squared one-step errors. For fixed smoothing
 * parameters the errors are affine in the initial states, so the best initial level,
 * trend and seasons are a linear least-squares solution (ml-matrix); the three smoothing
 * parameters, bounded to [0, 1], are found by Levenberg-Marquardt
 * (ml-levenberg-marquardt) on those concentrated errors ("variable projection"), from a
 * few starting points. A missing day (NaN) gets no correction: its states run on.
 */

export interface HoltWintersFit {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  /** Season length; 1 when there is no seasonality (Holt's linear trend). */
  readonly period: number;
  readonly initialLevel: number;
  readonly initialTrend: number;
  /** The season used at t = 0 .. m - 1 (empty without seasonality). */
  readonly initialSeasons: readonly number[];
  /** Sum of squared one-step errors over the days that have a value. */
  readonly sse: number;
  /** Days with a value. */
  readonly observed: number;
  /** One-step-ahead forecast of every day. */
  readonly fitted: readonly number[];
  /** The states after the last day: level, trend and the next m seasons in order. */
  readonly level: number;
  readonly trend: number;
  readonly seasons: readonly number[];
}

interface Run {
  readonly errors: Float64Array;
  readonly level: number;
  readonly trend: number;
  readonly seasons: number[];
}

/** The recursion from an initial state; NaN in y is a missing day. */
function run(y: ArrayLike<number>, m: number, a: number, b: number, g: number, x0: ArrayLike<number>): Run {
  let l = x0[0];
  let t = x0[1];
  const s: number[] = [];
  if (m > 1) {
    let sum = 0;
    for (let i = 0; i < m - 1; i++) {
      s.push(x0[2 + i]);
      sum += x0[2 + i];
    }
    s.push(-sum); // seasons sum to 0: level and seasons are otherwise not identified
  }
  const errors = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const season = m > 1 ? s[i] : 0;
    const v = y[i];
    const e = Number.isNaN(v) ? 0 : v - (l + t + season);
    errors[i] = e;
    const level = l + t + a * e;
    t = t + b * (level - l - t);
    l = level;
    if (m > 1) s.push(season + g * e);
  }
  return { errors, level: l, trend: t, seasons: m > 1 ? s.slice(y.length, y.length + m) : [] };
}

function stateSize(m: number): number {
  return m > 1 ? m + 1 : 2;
}

/** The initial states that minimise the squared one-step errors for given smoothing parameters. */
function bestStart(y: ArrayLike<number>, m: number, a: number, b: number, g: number): number[] {
  const k = stateSize(m);
  const zero = new Float64Array(k);
  const free = run(y, m, a, b, g, zero).errors;
  const quiet = Float64Array.from(y, (v) => (Number.isNaN(v) ? Number.NaN : 0));
  const columns: Float64Array[] = [];
  for (let j = 0; j < k; j++) {
    const unit = new Float64Array(k);
    unit[j] = 1;
    columns.push(run(quiet, m, a, b, g, unit).errors);
  }
  // Normal equations (k x k): J'J x = -J'e, solved by Cholesky; SVD when J'J is singular.
  const jtj = Matrix.zeros(k, k);
  const jte = Matrix.zeros(k, 1);
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i])) continue;
    for (let p = 0; p < k; p++) {
      const cp = columns[p][i];
      jte.set(p, 0, jte.get(p, 0) - cp * free[i]);
      for (let q = p; q < k; q++) jtj.set(p, q, jtj.get(p, q) + cp * columns[q][i]);
    }
  }
  for (let p = 0; p < k; p++) for (let q = 0; q < p; q++) jtj.set(p, q, jtj.get(q, p));
  const cholesky = new CholeskyDecomposition(jtj);
  const x = cholesky.isPositiveDefinite() ? cholesky.solve(jte) : solve(jtj, jte, true);
  return x.getColumn(0);
}

function sumSquares(errors: Float64Array): number {
  let s = 0;
  for (const e of errors) s += e * e;
  return s;
}

const STARTS: readonly (readonly [number, number, number])[] = [
  [0.3, 0.05, 0.1],
  [0.1, 0.01, 0.05],
  [0.6, 0.1, 0.3],
  [0.9, 0.3, 0.05],
  [0.2, 0.5, 0.6],
];

/** Fits the model to the values (NaN for a missing day). Needs more observed days than states. */
export function fitHoltWinters(values: readonly number[], period: number): HoltWintersFit {
  const m = period > 1 ? Math.round(period) : 1;
  const seen = values.filter((v) => !Number.isNaN(v));
  const mean = seen.reduce((s, v) => s + v, 0) / seen.length;
  const spread = Math.sqrt(seen.reduce((s, v) => s + (v - mean) ** 2, 0) / seen.length) || 1;
  // Scaled to unit spread so the optimiser's damping means the same on any series.
  const y = Float64Array.from(values, (v) => (Number.isNaN(v) ? Number.NaN : (v - mean) / spread));
  const observedAt = Array.from(y.keys()).filter((i) => !Number.isNaN(y[i]));
  const target = observedAt.map((i) => y[i]);
  const cache = new Map<string, Float64Array>();
  const fittedAt = (p: readonly number[]): Float64Array => {
    const key = p.join(",");
    let out = cache.get(key);
    if (!out) {
      const [a, b, g] = clampAll(p);
      const errors = run(y, m, a, b, g, bestStart(y, m, a, b, g)).errors;
      out = Float64Array.from(observedAt, (i) => y[i] - errors[i]);
      if (cache.size > 64) cache.clear();
      cache.set(key, out);
    }
    return out;
  };
  let best: { p: number[]; sse: number } | undefined;
  for (const start of STARTS) {
    const result = levenbergMarquardt(
      { x: observedAt.map((_, j) => j), y: target },
      (p) => {
        const f = fittedAt(p);
        return (j) => f[j];
      },
      {
        initialValues: m > 1 ? [...start] : start.slice(0, 2),
        minValues: m > 1 ? [0, 0, 0] : [0, 0],
        maxValues: m > 1 ? [1, 1, 1] : [1, 1],
        gradientDifference: 1e-5,
        centralDifference: true,
        damping: 1e-2,
        maxIterations: 60,
        errorTolerance: 1e-12,
        improvementThreshold: 1e-3,
      },
    );
    const p = clampAll(result.parameterValues);
    const sse = sumSquares(fittedAt(p).map((f, j) => target[j] - f));
    if (!best || sse < best.sse) best = { p, sse };
  }
  const [a, b, g] = best ? best.p : [0.3, 0.05, 0.1];
  return finalFit(values, m, a, b, m > 1 ? g : 0, bestStart(y, m, a, b, g), mean, spread);
}

function clampAll(p: readonly number[]): [number, number, number] {
  const c = (v: number | undefined) => Math.min(1, Math.max(0, v ?? 0));
  return [c(p[0]), c(p[1]), c(p[2])];
}

/** The fit in the data's own units: initial states unscaled and the recursion run once more on the raw values. */
function finalFit(
  values: readonly number[],
  m: number,
  a: number,
  b: number,
  g: number,
  scaled: readonly number[],
  mean: number,
  spread: number,
): HoltWintersFit {
  const x0 = scaled.map((v, i) => (i === 0 ? v * spread + mean : v * spread));
  const seasons = m > 1 ? [...x0.slice(2, m + 1), -x0.slice(2, m + 1).reduce((s, v) => s + v, 0)] : [];
  return smoothWith(values, { alpha: a, beta: b, gamma: g, period: m }, { level: x0[0], trend: x0[1], seasons });
}

export interface Smoothing {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly period: number;
}

export interface StartStates {
  readonly level: number;
  readonly trend: number;
  /** m seasons (any sum), or none without seasonality. */
  readonly seasons: readonly number[];
}

/** Runs the recursion with given parameters and initial states (also how a fit from elsewhere is replayed). */
export function smoothWith(values: readonly number[], p: Smoothing, start: StartStates): HoltWintersFit {
  const m = p.period > 1 ? p.period : 1;
  let l = start.level;
  let t = start.trend;
  const s = m > 1 ? [...start.seasons] : [];
  const fitted: number[] = [];
  let sse = 0;
  let observed = 0;
  for (let i = 0; i < values.length; i++) {
    const season = m > 1 ? s[i] : 0;
    const forecast = l + t + season;
    fitted.push(forecast);
    const v = values[i];
    const e = Number.isNaN(v) ? 0 : v - forecast;
    if (!Number.isNaN(v)) {
      sse += e * e;
      observed++;
    }
    const level = l + t + p.alpha * e;
    t = t + p.beta * (level - l - t);
    l = level;
    if (m > 1) s.push(season + p.gamma * e);
  }
  return {
    alpha: p.alpha,
    beta: p.beta,
    gamma: m > 1 ? p.gamma : 0,
    period: m,
    initialLevel: start.level,
    initialTrend: start.trend,
    initialSeasons: m > 1 ? [...start.seasons] : [],
    sse,
    observed,
    fitted,
    level: l,
    trend: t,
    seasons: m > 1 ? s.slice(values.length, values.length + m) : [],
  };
}

/** The smallest number of observed days the fit accepts for a season length. */
export function minimumDays(period: number): number {
  return period > 1 ? 2 * period + 2 : 4;
}

import { CONVERSION, FIRST_STATE, NULL_STATE, START, type Chain } from "./markov-chain";

/** Up to this many transient states the system is solved directly (Gaussian elimination). */
export const DENSE_LIMIT = 64;

/**
 * The probability of reaching CONVERSION from START, with the states marked in
 * `removed` turned into dead ends (every transition into them goes to null instead).
 * Solves x = Q x + b exactly: directly for small chains, by symmetric Gauss-Seidel
 * (self-loops eliminated, sweeps in visiting order) to 1e-15 otherwise.
 */
export function conversionProbability(
  chain: Chain,
  removed: Uint8Array,
  denseLimit = DENSE_LIMIT,
  warm?: Float64Array,
): number {
  const transient = chain.stateCount - FIRST_STATE + 1;
  return transient <= denseLimit ? solveDense(chain, removed) : solveIterative(chain, removed, warm)[START];
}

/**
 * Every state's probability of conversion with nothing removed, by Gauss-Seidel: a
 * starting point above every removal's solution, from which those converge faster.
 */
export function absorptionProbabilities(chain: Chain): Float64Array {
  return solveIterative(chain, new Uint8Array(chain.stateCount));
}

function transientStates(chain: Chain, removed: Uint8Array): Int32Array {
  const kept: number[] = [START];
  for (let s = FIRST_STATE; s < chain.stateCount; s++) if (!removed[s]) kept.push(s);
  return Int32Array.from(kept);
}

function solveDense(chain: Chain, removed: Uint8Array): number {
  const states = transientStates(chain, removed);
  const m = states.length;
  const index = new Int32Array(chain.stateCount).fill(-1);
  states.forEach((s, i) => (index[s] = i));
  // Augmented matrix [I - Q | b], row-major, m x (m + 1).
  const w = m + 1;
  const a = new Float64Array(m * w);
  for (let i = 0; i < m; i++) {
    const s = states[i];
    a[i * w + i] = 1;
    for (let k = chain.rowStart[s]; k < chain.rowStart[s + 1]; k++) {
      const t = chain.target[k];
      if (t === CONVERSION) a[i * w + m] += chain.probability[k];
      else if (t !== NULL_STATE && index[t] >= 0) a[i * w + index[t]] -= chain.probability[k];
    }
  }
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(a[r * w + col]) > Math.abs(a[pivot * w + col])) pivot = r;
    if (pivot !== col) {
      for (let c = col; c < w; c++) {
        const tmp = a[col * w + c];
        a[col * w + c] = a[pivot * w + c];
        a[pivot * w + c] = tmp;
      }
    }
    const d = a[col * w + col];
    if (d === 0) continue; // unreachable in an absorbing chain; keeps the solve total
    for (let r = col + 1; r < m; r++) {
      const f = a[r * w + col] / d;
      if (f === 0) continue;
      for (let c = col; c < w; c++) a[r * w + c] -= f * a[col * w + c];
    }
  }
  const x = new Float64Array(m);
  for (let r = m - 1; r >= 0; r--) {
    let v = a[r * w + m];
    for (let c = r + 1; c < m; c++) v -= a[r * w + c] * x[c];
    const d = a[r * w + r];
    x[r] = d === 0 ? 0 : v / d;
  }
  return x[index[START]];
}

/** States in breadth-first order from START, so a sweep mostly follows the journeys. */
function visitOrder(chain: Chain, removed: Uint8Array): Int32Array {
  const seen = new Uint8Array(chain.stateCount);
  const queue = new Int32Array(chain.stateCount);
  let head = 0;
  let tail = 0;
  queue[tail++] = START;
  seen[START] = 1;
  while (head < tail) {
    const s = queue[head++];
    for (let k = chain.rowStart[s]; k < chain.rowStart[s + 1]; k++) {
      const t = chain.target[k];
      if (t < FIRST_STATE || seen[t] || removed[t]) continue;
      seen[t] = 1;
      queue[tail++] = t;
    }
  }
  return queue.subarray(0, tail);
}

function solveIterative(chain: Chain, removed: Uint8Array, warm?: Float64Array): Float64Array {
  const order = visitOrder(chain, removed);
  const { rowStart, target, probability } = chain;
  const x = new Float64Array(chain.stateCount);
  if (warm) x.set(warm);
  x[CONVERSION] = 1;
  x[NULL_STATE] = 0;
  // Removed states hold 0, so terms into them vanish without a test in the inner loop.
  for (let s = FIRST_STATE; s < chain.stateCount; s++) if (removed[s]) x[s] = 0;
  // Self-loop probability per state, eliminated: x_s = (sum over t != s of P x_t) / (1 - P_ss).
  const scale = new Float64Array(chain.stateCount);
  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    let stay = 0;
    for (let k = rowStart[s]; k < rowStart[s + 1]; k++) if (target[k] === s) stay += probability[k];
    scale[s] = stay < 1 ? 1 / (1 - stay) : 0;
  }
  const n = order.length;
  for (let iteration = 0; iteration < 100_000; iteration++) {
    let change = 0;
    const backward = iteration % 2 === 0;
    for (let step = 0; step < n; step++) {
      const s = order[backward ? n - 1 - step : step];
      let v = 0;
      const end = rowStart[s + 1];
      for (let k = rowStart[s]; k < end; k++) {
        const t = target[k];
        if (t !== s) v += probability[k] * x[t];
      }
      v *= scale[s];
      const d = v > x[s] ? v - x[s] : x[s] - v;
      if (d > change) change = d;
      x[s] = v;
    }
    if (change <= 1e-15) break;
  }
  return x;
}
